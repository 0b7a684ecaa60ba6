// SPDX-License-Identifier: MIT
#pragma once

#include "riskrule.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace PrLens {

/// Per-repository adjustments of one rule.
struct RuleOverride {
    bool enabled = true;
    std::optional<Severity> severity; ///< re-weighting
    QStringList globs; ///< extra path globs (core-path: core globs; missing-tests: test globs …)
};

/// The built-in rules plus per-repository overrides: evaluates every enabled rule on a PR.
///
/// Override JSON: {"rules": {"missing-tests": {"enabled": false}, "core-path": {"severity": "high",
/// "globs": ["fastdeploy/engine/*"]}}}.
class RiskEngine {
public:
    RiskEngine(); ///< all built-in rules, enabled, default severities

    /// Ids of the built-in rules, in report order.
    static QStringList builtInIds();
    /// A built-in rule by id (for titles and descriptions), or nullptr.
    static const RiskRule *builtIn(const QString &id);

    bool applyOverrides(const QJsonObject &config, QString *error);
    void setOverride(const QString &ruleId, const RuleOverride &o);
    RuleOverride override(const QString &ruleId) const { return m_overrides.value(ruleId); }

    bool isEnabled(const QString &ruleId) const;
    Severity severity(const QString &ruleId) const;
    /// Enabled rules, in report order.
    QList<const RiskRule *> rules() const;

    /// Evaluates every enabled rule; ctx.severity and ctx.globs are set per rule from the overrides.
    QList<RuleResult> evaluate(const PullRequest &pr, RuleContext ctx) const;

private:
    QHash<QString, RuleOverride> m_overrides;
};

} // namespace PrLens
