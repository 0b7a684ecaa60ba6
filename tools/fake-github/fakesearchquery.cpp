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
    for (const QStringView w : words) {
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
