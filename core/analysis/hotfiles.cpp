// SPDX-License-Identifier: MIT
#include "hotfiles.h"

#include "pathclassifier.h"
#include "weekdata.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace PrLens {

namespace {

QList<CountedItem> toItems(const QHash<QString, QSet<int>> &map, const QHash<QString, QString> &display = {})
{
    QList<CountedItem> out;
    out.reserve(map.size());
    for (auto it = map.begin(); it != map.end(); ++it) {
        CountedItem item {
            it.key(), display.value(it.key(), it.key()), QList<int>(it.value().begin(), it.value().end())};
        out.append(item);
    }
    sortByCount(out);
    return out;
}

} // namespace

HotFiles HotFiles::compute(const QList<PullRequest> &pulls, const PathClassifier &paths, int moduleDepth)
{
    QHash<QString, QSet<int>> files;
    QHash<QString, QSet<int>> modules;
    QHash<QString, QSet<int>> excluded;
    QHash<QString, QString> excludedBy;
    for (const PullRequest &pr : pulls) {
        for (const FileChange &f : pr.files) {
            const QString pattern = paths.exclusionFor(f.path);
            if (!pattern.isEmpty()) {
                excluded[f.path].insert(pr.number);
                excludedBy.insert(f.path, pattern);
                continue;
            }
            files[f.path].insert(pr.number);
            modules[PathClassifier::moduleOf(f.path, moduleDepth)].insert(pr.number);
        }
    }
    HotFiles hot;
    hot.files = toItems(files);
    hot.modules = toItems(modules);
    hot.excluded = toItems(excluded, excludedBy);
    hot.excludedPatterns = paths.exclusions();
    hot.moduleDepth = moduleDepth;
    return hot;
}

int ModuleTrend::Row::total() const
{
    QSet<int> all;
    for (const QList<int> &w : prsPerWeek)
        all.unite(QSet<int>(w.begin(), w.end()));
    return int(all.size());
}

ModuleTrend ModuleTrend::compute(
    const QList<const WeekData *> &weeks, const PathClassifier &paths, int moduleDepth, int topModules)
{
    QList<const WeekData *> sorted = weeks;
    std::sort(sorted.begin(), sorted.end(), [](const WeekData *a, const WeekData *b) { return a->week < b->week; });
    ModuleTrend trend;
    QList<HotFiles> perWeek;
    QHash<QString, int> totals;
    for (const WeekData *w : sorted) {
        trend.weeks.append(w->week);
        perWeek.append(HotFiles::compute(w->pulls, paths, moduleDepth));
        for (const CountedItem &m : perWeek.constLast().modules)
            totals[m.key] += m.count();
    }
    QStringList modules = totals.keys();
    std::sort(modules.begin(), modules.end(), [&](const QString &a, const QString &b) {
        const int ta = totals.value(a), tb = totals.value(b);
        return ta != tb ? ta > tb : a < b;
    });
    if (modules.size() > topModules)
        modules.resize(topModules);
    for (const QString &m : modules) {
        Row row;
        row.module = m;
        for (const HotFiles &h : perWeek) {
            const auto it
                = std::find_if(h.modules.begin(), h.modules.end(), [&](const CountedItem &c) { return c.key == m; });
            row.prsPerWeek.append(it == h.modules.end() ? QList<int>() : it->prs);
        }
        trend.rows.append(row);
    }
    return trend;
}

} // namespace PrLens
