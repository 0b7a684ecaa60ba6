// SPDX-License-Identifier: MIT
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>

namespace PrLens {

struct PrAnalysis;
struct PullRequest;
struct RepoRef;

/// Writes the report of one pull request in the current language: summary, Motivation, Implementation
/// breakdown (files by module with +/−), Key hunk, Review highlights, Risks and impact (with evidence), Related PRs.
class PrReport {
    Q_DECLARE_TR_FUNCTIONS(PrLens::PrReport)
public:
    static ReportDocument build(
        const PullRequest &pr, const PrAnalysis &analysis, const RepoRef &repo, int moduleDepth = 2);

    /// The hunk worth reading first: the one with the most changed lines in a source file (tests and excluded
    /// files only when nothing else has a patch), at most `maxLines` lines. Empty when no patch is loaded.
    static QString keyHunk(const PullRequest &pr, QString *path, int maxLines = 40);

private:
    static ReportSection summary(const PullRequest &pr, const PrAnalysis &a);
    static ReportSection motivation(const PullRequest &pr);
    static ReportSection implementation(const PullRequest &pr, int moduleDepth);
    static ReportSection keyHunkSection(const PullRequest &pr);
    static ReportSection reviewHighlights(const PullRequest &pr, const PrAnalysis &a);
    static QList<ReportItem> reviewItems(const PullRequest &pr); ///< threads with comments, then review bodies
    static ReportSection risksAndImpact(const PrAnalysis &a);
    static ReportSection relatedPrs(const PrAnalysis &a, const RepoRef &repo);
};

} // namespace PrLens
