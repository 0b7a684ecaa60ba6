// SPDX-License-Identifier: MIT
#include "fakesearchquery.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QDateTime parseBound(QStringView text, bool isEnd, bool *ok)
{
    *ok = true;
    if (text == u"*")
        return {};
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (dateOnly.matchView(text).hasMatch()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        *ok = d.isValid();
        // A plain date is a whole UTC day; as an upper bound it includes that day.
        return isEnd ? QDateTime(d, QTime(23, 59, 59, 999), QTimeZone::UTC) : QDateTime(d, QTime(0, 0), QTimeZone::UTC);
    }
    QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::UTC); // no offset given: UTC
    *ok = t.isValid();
    return t.toUTC();
}

} // namespace

FakeSearchQuery FakeSearchQuery::parse(QStringView q)
{
    FakeSearchQuery s;
    const QList<QStringView> words = q.split(u' ', Qt::SkipEmptyParts);
    // Qualifiers of GitHub's issue and pull request search; PR Lens sends repo:, is:, merged:. Any other word with a
    // colon would be searched as text on GitHub and quietly find nothing: the fake server refuses it instead.
    static const QStringList known {u"repo"_s, u"is"_s, u"merged"_s, u"type"_s, u"state"_s, u"in"_s, u"author"_s,
        u"assignee"_s, u"label"_s, u"base"_s, u"head"_s, u"created"_s, u"updated"_s, u"closed"_s, u"org"_s, u"user"_s,
        u"draft"_s, u"review"_s, u"reviewed-by"_s, u"review-requested"_s, u"no"_s, u"archived"_s, u"sort"_s,
        u"linked"_s, u"milestone"_s, u"status"_s, u"mentions"_s, u"commenter"_s, u"involves"_s};
    static const QStringList isValues {u"pr"_s, u"issue"_s, u"merged"_s, u"unmerged"_s, u"open"_s, u"closed"_s,
        u"draft"_s, u"public"_s, u"private"_s, u"locked"_s, u"unlocked"_s, u"archived"_s};
    for (const QStringView w : words) {
        const qsizetype colon = w.indexOf(u':');
        if (colon > 0 && !w.startsWith(u'"')) {
            const QString qualifier = w.left(colon).toString().toLower();
            if (!known.contains(qualifier.startsWith(u'-') ? qualifier.mid(1) : qualifier)) {
                s.error = u"The search qualifier '%1' is not supported."_s.arg(qualifier);
                return s;
            }
            if (qualifier == u"is"_s && !isValues.contains(w.mid(colon + 1).toString().toLower())) {
                s.error = u"The value '%1' is not valid for the 'is' qualifier."_s.arg(w.mid(colon + 1).toString());
                return s;
            }
        }
        if (w.startsWith(u"repo:")) {
            const QStringView full = w.mid(5);
            const qsizetype slash = full.indexOf(u'/');
            if (slash <= 0) {
                s.error = u"Invalid repository qualifier: %1"_s.arg(w.toString());
                return s;
            }
            s.owner = full.left(slash).toString();
            s.name = full.mid(slash + 1).toString();
        } else if (w.startsWith(u"merged:")) {
            QStringView range = w.mid(7);
            bool ok1 = true, ok2 = true;
            if (const qsizetype dots = range.indexOf(u".."); dots >= 0) {
                s.from = parseBound(range.left(dots), false, &ok1);
                s.to = parseBound(range.mid(dots + 2), true, &ok2);
            } else if (range.startsWith(u">=")) {
                s.from = parseBound(range.mid(2), false, &ok1);
            } else if (range.startsWith(u"<=")) {
                s.to = parseBound(range.mid(2), true, &ok1);
            } else if (range.startsWith(u'>')) {
                s.from = parseBound(range.mid(1), true, &ok1).addMSecs(1);
            } else if (range.startsWith(u'<')) {
                s.to = parseBound(range.mid(1), false, &ok1).addMSecs(-1);
            } else {
                s.from = parseBound(range, false, &ok1);
                s.to = parseBound(range, true, &ok2);
            }
            if (!ok1 || !ok2) {
                s.error = u"Invalid merged qualifier: %1"_s.arg(w.toString());
                return s;
            }
        }
    }
    if (s.owner.isEmpty())
        s.error = u"This fake server only searches one repository: add repo:OWNER/NAME."_s;
    return s;
}

bool FakeSearchQuery::matches(const QDateTime &mergedAtUtc) const
{
    if (!mergedAtUtc.isValid())
        return false;
    if (from.isValid() && mergedAtUtc < from)
        return false;
    if (to.isValid() && mergedAtUtc > to)
        return false;
    return true;
}

} // namespace PrLens
