// SPDX-License-Identifier: MIT
#pragma once

#include "relatedprs.h"
#include "riskfinding.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace PrLens {

struct PullRequest;
class PathClassifier;

/// What a rule may look at besides the PR itself.
struct RuleContext {
    const PathClassifier *paths = nullptr;
    /// Core files: the repository's most-changed files over recent weeks (see CorePaths).
    QSet<QString> coreFiles;
    /// Extra globs for this rule from the configuration (core-path globs, manifest names …).
    QStringList globs;
    /// Earlier and same-week PRs, for reverts and follow-ups (may be null: the rule then finds none).
    const PrIndex *index = nullptr;
    /// Module depth, for evidence grouped by module.
    int moduleDepth = 2;
    /// Severity after configuration (the rule's default unless re-weighted).
    Severity severity = Severity::Warning;
};

/// One explainable risk rule: an id, a severity, a title (and a shorter one) and an explanation in the current
/// language, and an evaluation that returns Fired (with evidence), Passed or NotEvaluated (with the reason).
class RiskRule {
public:
    virtual ~RiskRule() = default;
    virtual QString id() const = 0;
    virtual Severity defaultSeverity() const = 0;
    virtual QString title() const = 0; ///< translated, short ("Missing tests")
    /// Translated name for narrow places (PR list badges, chart bars): about 16 Latin characters at most. The
    /// title itself when it is that short.
    virtual QString shortTitle() const { return title(); }
    virtual QString explanation() const = 0; ///< translated, one or two sentences incl. thresholds
    virtual QString recommendation() const = 0; ///< translated advice for the weekly report
    /// The finding as one translated sentence, from its facts.
    virtual QString describe(const RiskFinding &finding) const = 0;
    virtual RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const = 0;

protected:
    RuleResult fired(const PullRequest &pr, const RuleContext &ctx, QList<Evidence> evidence,
        QList<std::pair<QString, QString>> facts = {}) const;
    RuleResult notEvaluated(const PullRequest &pr, NotEvaluated::Reason reason, QStringList files = {}) const;
};

} // namespace PrLens
