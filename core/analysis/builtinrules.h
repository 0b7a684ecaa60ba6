// SPDX-License-Identifier: MIT
// Internal: the built-in risk rules. Use RiskEngine::builtIn(id) from outside.
#pragma once

#include "riskrule.h"

#include <QCoreApplication>

namespace PrLens {

// Rules on file lists and PR metadata (prrules.cpp)
class MissingTestsRule final : public RiskRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::MissingTestsRule)
public:
    QString id() const override;
    Severity defaultSeverity() const override;
    QString title() const override;
    QString explanation() const override;
    QString recommendation() const override;
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class CorePathRule final : public RiskRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::CorePathRule)
public:
    QString id() const override;
    Severity defaultSeverity() const override;
    QString title() const override;
    QString shortTitle() const override;
    QString explanation() const override;
    QString recommendation() const override;
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class LargeChangeRule final : public RiskRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::LargeChangeRule)
public:
    QString id() const override;
    Severity defaultSeverity() const override;
    QString title() const override;
    QString explanation() const override;
    QString recommendation() const override;
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class UnresolvedThreadsRule final : public RiskRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::UnresolvedThreadsRule)
public:
    QString id() const override;
    Severity defaultSeverity() const override;
    QString title() const override;
    QString shortTitle() const override;
    QString explanation() const override;
    QString recommendation() const override;
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class NoApprovalRule final : public RiskRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::NoApprovalRule)
public:
    QString id() const override;
    Severity defaultSeverity() const override;
    QString title() const override;
    QString shortTitle() const override;
    QString explanation() const override;
    QString recommendation() const override;
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class RevertFollowUpRule final : public RiskRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::RevertFollowUpRule)
public:
    QString id() const override;
    Severity defaultSeverity() const override;
    QString title() const override;
    QString shortTitle() const override;
    QString explanation() const override;
    QString recommendation() const override;
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

// Rules reading diff text (patchrules.cpp)
class NewEnvVarRule final : public RiskRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::NewEnvVarRule)
public:
    QString id() const override;
    Severity defaultSeverity() const override;
    QString title() const override;
    QString shortTitle() const override;
    QString explanation() const override;
    QString recommendation() const override;
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class DependencyManifestRule final : public RiskRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::DependencyManifestRule)
public:
    QString id() const override;
    Severity defaultSeverity() const override;
    QString title() const override;
    QString shortTitle() const override;
    QString explanation() const override;
    QString recommendation() const override;
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class DebugLeftoversRule final : public RiskRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::DebugLeftoversRule)
public:
    QString id() const override;
    Severity defaultSeverity() const override;
    QString title() const override;
    QString shortTitle() const override;
    QString explanation() const override;
    QString recommendation() const override;
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class HardCodedLiteralRule final : public RiskRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::HardCodedLiteralRule)
public:
    QString id() const override;
    Severity defaultSeverity() const override;
    QString title() const override;
    QString shortTitle() const override;
    QString explanation() const override;
    QString recommendation() const override;
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

} // namespace PrLens
