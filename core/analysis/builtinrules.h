// SPDX-License-Identifier: MIT
// Internal: the built-in risk rules. Use RiskEngine::builtIn(id) from outside.
#pragma once

#include "riskrule.h"

#include <QCoreApplication>

namespace PrLens {

/// What a built-in rule is, as data. The texts are source strings of the rule's translation context (marked with
/// QT_TRANSLATE_NOOP where the rule is defined), translated when asked for.
struct RuleDescriptor {
    QStringView id;
    Severity severity = Severity::Warning;
    const char *context = nullptr; ///< the rule's translation context, "PrLens::<class name>"
    const char *title = nullptr;
    const char *shortTitle = nullptr; ///< nullptr: the title is short enough
    const char *explanation = nullptr;
    const char *recommendation = nullptr;
};

/// A built-in rule: its id, severity and texts come from its descriptor; the rule itself describes a finding and
/// evaluates a pull request.
class BuiltInRule : public RiskRule {
public:
    explicit BuiltInRule(const RuleDescriptor &descriptor);
    QString id() const final;
    Severity defaultSeverity() const final;
    QString title() const final;
    QString shortTitle() const final;
    QString explanation() const final;
    QString recommendation() const final;

protected:
    /// What a scan of added lines found: Fired with @p evidence and @p facts; else NotEvaluated when a relevant
    /// file's patch was @p missing or @p truncated, or the file list was cut; else Passed.
    RuleResult scanResult(const PullRequest &pr, const RuleContext &ctx, const QList<Evidence> &evidence,
        const QStringList &missing, const QStringList &truncated, QList<std::pair<QString, QString>> facts) const;

private:
    RuleDescriptor m_descriptor;
};

// Rules on file lists and PR metadata (prrules.cpp)
class MissingTestsRule final : public BuiltInRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::MissingTestsRule)
public:
    MissingTestsRule();
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class CorePathRule final : public BuiltInRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::CorePathRule)
public:
    CorePathRule();
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class LargeChangeRule final : public BuiltInRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::LargeChangeRule)
public:
    LargeChangeRule();
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class UnresolvedThreadsRule final : public BuiltInRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::UnresolvedThreadsRule)
public:
    UnresolvedThreadsRule();
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class NoApprovalRule final : public BuiltInRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::NoApprovalRule)
public:
    NoApprovalRule();
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class RevertFollowUpRule final : public BuiltInRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::RevertFollowUpRule)
public:
    RevertFollowUpRule();
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

// Rules reading diff text (patchrules.cpp)
class NewEnvVarRule final : public BuiltInRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::NewEnvVarRule)
public:
    NewEnvVarRule();
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class DependencyManifestRule final : public BuiltInRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::DependencyManifestRule)
public:
    DependencyManifestRule();
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class DebugLeftoversRule final : public BuiltInRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::DebugLeftoversRule)
public:
    DebugLeftoversRule();
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

class HardCodedLiteralRule final : public BuiltInRule {
    Q_DECLARE_TR_FUNCTIONS(PrLens::HardCodedLiteralRule)
public:
    HardCodedLiteralRule();
    QString describe(const RiskFinding &finding) const override;
    RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;
};

} // namespace PrLens
