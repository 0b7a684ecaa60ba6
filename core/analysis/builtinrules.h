// SPDX-License-Identifier: MIT
// Internal: the built-in risk rules. Use RiskEngine::builtIn(id) from outside.
#pragma once

#include "riskrule.h"

#include <QCoreApplication>

namespace PrLens {

#define PRLENS_DECLARE_RULE(Class)                                                                                     \
    class Class final : public RiskRule                                                                               \
    {                                                                                                                  \
        Q_DECLARE_TR_FUNCTIONS(PrLens::Class)                                                                          \
    public:                                                                                                            \
        QString id() const override;                                                                                   \
        Severity defaultSeverity() const override;                                                                     \
        QString title() const override;                                                                                \
        QString explanation() const override;                                                                          \
        QString recommendation() const override;                                                                       \
        QString describe(const RiskFinding &finding) const override;                                                   \
        RuleResult evaluate(const PullRequest &pr, const RuleContext &ctx) const override;                             \
    };

// Rules on file lists and PR metadata (prrules.cpp)
PRLENS_DECLARE_RULE(MissingTestsRule)
PRLENS_DECLARE_RULE(CorePathRule)
PRLENS_DECLARE_RULE(LargeChangeRule)
PRLENS_DECLARE_RULE(UnresolvedThreadsRule)
PRLENS_DECLARE_RULE(NoApprovalRule)
PRLENS_DECLARE_RULE(RevertFollowUpRule)
// Rules reading diff text (patchrules.cpp)
PRLENS_DECLARE_RULE(NewEnvVarRule)
PRLENS_DECLARE_RULE(DependencyManifestRule)
PRLENS_DECLARE_RULE(DebugLeftoversRule)
PRLENS_DECLARE_RULE(HardCodedLiteralRule)

#undef PRLENS_DECLARE_RULE

} // namespace PrLens
