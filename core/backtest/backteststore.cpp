// SPDX-License-Identifier: MIT
#include "backteststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

/// Repository keys hold '/' and ':', which QSettings would read as groups: the key is hex-encoded.
QString settingsKey(const QString &repoKey)
{
    return u"backtests/"_s + QString::fromLatin1(repoKey.toUtf8().toHex());
}

} // namespace

int BacktestSummary::weeks() const
{
    if (!first.isValid() || !last.isValid() || last < first)
        return 0;
    return int(first.monday().daysTo(last.monday()) / 7) + 1;
}

const RuleBacktest *BacktestSummary::rule(const QString &id) const
{
    return RuleBacktest::find(rules, id);
}

QHash<QString, double> BacktestSummary::lifts() const
{
    QHash<QString, double> out;
    for (const RuleBacktest &r : rules)
        if (r.hasLift())
            out.insert(r.id, r.ratio.lift);
    return out;
}

BacktestSummary BacktestSummary::of(const BacktestResult &result)
{
    BacktestSummary s;
    s.repoKey = result.repo.key();
    s.first = result.first;
    s.last = result.last;
    s.horizonWeeks = result.options.horizonWeeks;
    s.measuredAt = QDateTime::currentDateTimeUtc();
    for (RuleBacktest r : result.rules) {
        r.flaggedBadPrs.clear();
        s.rules.append(r);
    }
    return s;
}

void BacktestStore::save(QSettings &settings, const BacktestSummary &s)
{
    QJsonArray rules;
    for (const RuleBacktest &r : s.rules)
        rules.append(QJsonObject {{u"id"_s, r.id}, {u"flagged"_s, r.flagged}, {u"flaggedBad"_s, r.flaggedBad},
            {u"unflagged"_s, r.unflagged}, {u"unflaggedBad"_s, r.unflaggedBad}, {u"notEvaluated"_s, r.notEvaluated},
            {u"enoughData"_s, r.enoughData}, {u"lift"_s, r.ratio.lift}, {u"liftLow"_s, r.ratio.low},
            {u"liftHigh"_s, r.ratio.high}, {u"defined"_s, r.ratio.defined}});
    const QJsonObject o {{u"repo"_s, s.repoKey}, {u"from"_s, s.first.toString()}, {u"to"_s, s.last.toString()},
        {u"horizonWeeks"_s, s.horizonWeeks}, {u"measuredAt"_s, s.measuredAt.toString(Qt::ISODate)},
        {u"rules"_s, rules}};
    settings.setValue(settingsKey(s.repoKey), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

std::optional<BacktestSummary> BacktestStore::load(QSettings &settings, const QString &repoKey)
{
    const QJsonObject o = QJsonDocument::fromJson(settings.value(settingsKey(repoKey)).toString().toUtf8()).object();
    if (o.value(u"repo"_s).toString() != repoKey)
        return std::nullopt;
    BacktestSummary s;
    s.repoKey = repoKey;
    s.first = IsoWeek::parse(o.value(u"from"_s).toString()).value_or(IsoWeek());
    s.last = IsoWeek::parse(o.value(u"to"_s).toString()).value_or(IsoWeek());
    s.horizonWeeks = o.value(u"horizonWeeks"_s).toInt(4);
    s.measuredAt = QDateTime::fromString(o.value(u"measuredAt"_s).toString(), Qt::ISODate);
    for (const QJsonValue &v : o.value(u"rules"_s).toArray()) {
        const QJsonObject r = v.toObject();
        RuleBacktest rb;
        rb.id = r.value(u"id"_s).toString();
        rb.flagged = r.value(u"flagged"_s).toInt();
        rb.flaggedBad = r.value(u"flaggedBad"_s).toInt();
        rb.unflagged = r.value(u"unflagged"_s).toInt();
        rb.unflaggedBad = r.value(u"unflaggedBad"_s).toInt();
        rb.notEvaluated = r.value(u"notEvaluated"_s).toInt();
        rb.enoughData = r.value(u"enoughData"_s).toBool();
        rb.ratio.defined = r.value(u"defined"_s).toBool();
        rb.ratio.lift = r.value(u"lift"_s).toDouble();
        rb.ratio.low = r.value(u"liftLow"_s).toDouble();
        rb.ratio.high = r.value(u"liftHigh"_s).toDouble();
        s.rules.append(rb);
    }
    return s;
}

} // namespace PrLens
