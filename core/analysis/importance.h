// SPDX-License-Identifier: MIT
#pragma once

#include "sizebucket.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace PrLens {

struct PullRequest;
class PathClassifier;

/// One contribution to a PR's importance.
struct ImportanceReason {
    enum class Factor { Size, Breadth, CorePath, Review, Tag };
    Factor factor = Factor::Size;
    int points = 0; ///< may be negative (docs/CI-only)
    QString value; ///< bucket name, tag key, core file …
    int count = 0; ///< lines, modules, core files, review items

    QString describe() const; ///< translated
    friend bool operator==(const ImportanceReason &, const ImportanceReason &) = default;
};

/// Importance 1–5 from points: size (M +1, L +2, XL/XXL +3), breadth (≥3 modules +1, ≥6 +2), core files
/// touched (+1), review activity (≥5 reviews + thread comments, +1), tags (feature/breaking/security/
/// optimization/revert +1; only docs/ci/test tags −1). Points 0 → 1, 1 → 2, 2–3 → 3, 4–5 → 4, ≥6 → 5.
struct Importance {
    int score = 1;
    QList<ImportanceReason> reasons;

    static Importance of(const PullRequest &pr, const QStringList &tags, const PathClassifier &paths,
        const QSet<QString> &coreFiles, int moduleDepth);
    static int scoreForPoints(int points);
};

} // namespace PrLens
