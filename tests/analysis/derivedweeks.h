// SPDX-License-Identifier: MIT
// The weeks the report golden tests analyse, kept in the repository (tests/data/weeks/NAME.week: the week and the
// weeks before it as the cache stores them, zlib-compressed), so a fresh clone runs those tests without
// ../shared. `ninja regenerate-test-weeks` (PRLENS_REGENERATE_TEST_WEEKS=1) derives them again from the shared
// datasets; review the golden diffs after it.
#pragma once

#include "analysistesthelpers.h"
#include "jsonwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace PrLens::Test {

struct DerivedWeek {
    WeekData week;
    QList<WeekData> history; ///< the weeks before, newest first
};

inline QString derivedWeekPath(const QString &name)
{
    return QStringLiteral(PRLENS_TESTS_SOURCE_DIR "/data/weeks/") + name + QStringLiteral(".week");
}

/// The four weeks before @p week from the year-scale vLLM dataset (file lists, no patches); empty without it.
inline QList<WeekData> vllmYearHistory(IsoWeek week)
{
    QList<PullRequest> pulls;
    if (!readVllmYear(&pulls))
        return {};
    QList<WeekData> weeks;
    for (int back = 1; back <= 4; ++back) {
        WeekData w;
        w.repo = RepoRef::parseGitHub(QStringLiteral("vllm-project/vllm"));
        w.week = week.addWeeks(-back);
        w.zone = UtcOffset(8 * 3600);
        weeks.append(w);
    }
    for (const PullRequest &pr : std::as_const(pulls)) {
        const IsoWeek w = IsoWeek::containing(pr.mergedAt, UtcOffset(8 * 3600));
        for (WeekData &h : weeks)
            if (h.week == w)
                h.pulls.append(pr);
    }
    return weeks;
}

/// Derives a named week from the shared datasets: "fastdeploy-2026-W14" (on its own) and "vllm-2026-W13" (with
/// its four previous weeks).
inline std::optional<DerivedWeek> deriveWeek(const QString &name)
{
    DerivedWeek d;
    if (name == QStringLiteral("fastdeploy-2026-W14")) {
        if (!loadDatasetWeek(QStringLiteral("PaddlePaddle__FastDeploy"), QStringLiteral("2026-03-30_2026-04-05"),
                IsoWeek(2026, 14), &d.week))
            return std::nullopt;
        return d;
    }
    if (name == QStringLiteral("vllm-2026-W13")) {
        if (!loadDatasetWeek(QStringLiteral("vllm-project__vllm"), QStringLiteral("2026-03-23_2026-03-29"),
                IsoWeek(2026, 13), &d.week))
            return std::nullopt;
        d.history = vllmYearHistory(d.week.week);
        if (d.history.isEmpty())
            return std::nullopt;
        return d;
    }
    return std::nullopt;
}

inline bool writeDerivedWeek(const QString &name, const DerivedWeek &d)
{
    JsonWriter json;
    json.beginObject();
    json.key(QLatin1StringView("week"));
    d.week.writeJson(json);
    json.key(QLatin1StringView("history"));
    json.array(d.history, [&json](const WeekData &w) { w.writeJson(json); });
    json.endObject();
    QFile f(derivedWeekPath(name));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(qCompress(json.bytes(), 9)) > 0;
}

/// The named week from tests/data/weeks (derived again first under PRLENS_REGENERATE_TEST_WEEKS=1).
inline std::optional<DerivedWeek> derivedWeek(const QString &name)
{
    if (qEnvironmentVariableIntValue("PRLENS_REGENERATE_TEST_WEEKS") == 1) {
        const std::optional<DerivedWeek> fresh = deriveWeek(name);
        if (!fresh || !writeDerivedWeek(name, *fresh))
            return std::nullopt;
    }
    QFile f(derivedWeekPath(name));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(qUncompress(f.readAll())).object();
    if (o.isEmpty())
        return std::nullopt;
    DerivedWeek d;
    d.week = WeekData::fromJson(o.value(QStringLiteral("week")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("history")).toArray())
        d.history.append(WeekData::fromJson(v.toObject()));
    return d;
}

} // namespace PrLens::Test
