// SPDX-License-Identifier: MIT
#include "riskrule.h"

#include "pullrequest.h"

namespace PrLens {

RuleResult RiskRule::fired(const PullRequest &pr, const RuleContext &ctx, QList<Evidence> evidence,
    QList<std::pair<QString, QString>> facts) const
{
    RuleResult r;
    r.outcome = RuleResult::Outcome::Fired;
    r.finding.ruleId = id();
    r.finding.severity = ctx.severity;
    r.finding.prNumber = pr.number;
    r.finding.evidence = std::move(evidence);
    r.finding.facts = std::move(facts);
    return r;
}

RuleResult RiskRule::notEvaluated(const PullRequest &pr, NotEvaluated::Reason reason, QStringList files) const
{
    RuleResult r;
    r.outcome = RuleResult::Outcome::NotEvaluated;
    r.notEvaluated = {id(), pr.number, reason, std::move(files)};
    return r;
}

} // namespace PrLens
