// SPDX-License-Identifier: MIT
#include "weeksummary.h"

#include "weekdata.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace PrLens {

WeekSummary WeekSummary::of(const WeekData &week)
{
    WeekSummary s;
    QHash<QString, QSet<int>> byAuthor;
    QSet<QString> files;
    for (const PullRequest &pr : week.pulls) {
        s.prs.append(pr.number);
        s.additions += pr.additions;
        s.deletions += pr.deletions;
        byAuthor[pr.author].insert(pr.number);
        for (const FileChange &f : pr.files)
            files.insert(f.path);
    }
    std::sort(s.prs.begin(), s.prs.end());
    s.mergedPrs = int(week.pulls.size());
    s.authors = int(byAuthor.size());
    s.files = int(files.size());
    for (auto it = byAuthor.begin(); it != byAuthor.end(); ++it)
        s.byAuthor.append({it.key(), it.key(), QList<int>(it.value().begin(), it.value().end())});
    sortByCount(s.byAuthor);
    return s;
}

WeekDelta WeekDelta::between(const WeekSummary &current, const WeekSummary &previous)
{
    WeekDelta d;
    d.mergedPrs = current.mergedPrs - previous.mergedPrs;
    d.highlighted = current.highlighted - previous.highlighted;
    d.authors = current.authors - previous.authors;
    d.additions = current.additions - previous.additions;
    d.deletions = current.deletions - previous.deletions;
    d.files = current.files - previous.files;
    d.averageImportance = current.averageImportance - previous.averageImportance;
    return d;
}

} // namespace PrLens
