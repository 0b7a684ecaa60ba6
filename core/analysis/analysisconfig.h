// SPDX-License-Identifier: MIT
#pragma once

#include "pathclassifier.h"
#include "riskengine.h"
#include "tagnormalizer.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace PrLens {

/// Everything the analysis can be told, with defaults; readable from a per-repository JSON file:
/// {"moduleDepth": 2, "highlightCount": 5, "relatedWeeks": 4, "coreTopFiles": 20, "coreMinPrs": 3,
///  "coreGlobs": ["src/core/*"], "bots": ["ci-bot"], "exclude": ["*.snap"], "tags": {…TagNormalizer…}, "rules":
///  {…RiskEngine…}}
struct AnalysisConfig {
    /// Two levels by default: most repositories keep their code under one top-level package
    /// ("vllm/", "fastdeploy/"), so depth 1 would put almost everything in one module.
    int moduleDepth = 2;
    int highlightCount = 5;
    int relatedWeeks = 4; ///< how far back related PRs and follow-ups are looked for
    int coreTopFiles = 20; ///< core files = the N files touched by the most PRs over the history …
    int coreMinPrs = 3; ///< … each by at least this many PRs
    int trendModules = 8; ///< rows of the module trend
    QStringList coreGlobs; ///< configured core paths (added to the computed ones)
    /// Logins of apps GitHub does not type as Bot (besides logins ending in "[bot]"): their reviews and PRs are
    /// counted apart from people's in the review flow. "bots" in the JSON adds to the list.
    QStringList bots;
    PathClassifier paths;
    TagNormalizer tags;
    RiskEngine rules;

    /// Applies a JSON object over the defaults; false with *error (one line) when malformed.
    bool apply(const QJsonObject &o, QString *error);
    /// Reads a JSON file; false with *error when unreadable or malformed.
    bool load(const QString &path, QString *error);
};

} // namespace PrLens
