// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PrLens {

struct PullRequest;
class PathClassifier;

/// PR size buckets by changed lines (additions + deletions, excluded files not counted), the thresholds of
/// Kubernetes' size labels: XS < 10, S < 30, M < 100, L < 500, XL < 1000, XXL ≥ 1000.
enum class SizeBucket { XS, S, M, L, XL, XXL };

struct SizeBuckets {
    static SizeBucket of(int changedLines);
    /// Lower bound (inclusive) of a bucket in changed lines.
    static int lowerBound(SizeBucket b);
    static QString name(SizeBucket b); ///< "XS" … "XXL" (not translated: a unit, like "KB")
    /// Changed lines of a PR without excluded (generated, lock, vendored) files; the PR's own totals when it
    /// lists no files.
    static int effectiveLines(const PullRequest &pr, const PathClassifier &paths);
};

} // namespace PrLens
