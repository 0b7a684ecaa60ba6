<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PrLens::AccountsPage</name>
    <message numerus="yes">
        <source>Rate limit: %n request(s) left of %1; resets at %2.</source>
        <translation>
            <numerusform>Rate limit: %n request left of %1; resets at %2.</numerusform>
            <numerusform>Rate limit: %n requests left of %1; resets at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::AnalysisPage</name>
    <message numerus="yes">
        <source>Lift: how many times as often the PRs a rule flagged were reverted or fixed within %n week(s) as the PRs it did not flag, measured over %1 – %2 with a 95 % interval. A rule whose interval reaches 1× measures no better than chance: you may switch it off.</source>
        <translation>
            <numerusform>Lift: how many times as often the PRs a rule flagged were reverted or fixed within %n week as the PRs it did not flag, measured over %1 – %2 with a 95 % interval. A rule whose interval reaches 1× measures no better than chance: you may switch it off.</numerusform>
            <numerusform>Lift: how many times as often the PRs a rule flagged were reverted or fixed within %n weeks as the PRs it did not flag, measured over %1 – %2 with a 95 % interval. A rule whose interval reaches 1× measures no better than chance: you may switch it off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::BacktestText</name>
    <message numerus="yes">
        <source>In this repository over the last %n week(s), too few PRs were flagged “%1” to measure how often they went wrong (%2 flagged).</source>
        <translation>
            <numerusform>In this repository over the last %n week, too few PRs were flagged “%1” to measure how often they went wrong (%2 flagged).</numerusform>
            <numerusform>In this repository over the last %n weeks, too few PRs were flagged “%1” to measure how often they went wrong (%2 flagged).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In this repository over the last %n week(s), PRs flagged “%1” were reverted or fixed %2 as often — %3 of %4 vs %5 of %6.</source>
        <extracomment>%1 = rule title, %2 = lift (&quot;2.1×&quot;), %3 of %4 flagged PRs vs %5 of %6 unflagged PRs were reverted or fixed</extracomment>
        <translation>
            <numerusform>In this repository over the last %n week, PRs flagged “%1” were reverted or fixed %2 as often — %3 of %4 vs %5 of %6.</numerusform>
            <numerusform>In this repository over the last %n weeks, PRs flagged “%1” were reverted or fixed %2 as often — %3 of %4 vs %5 of %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PR(s); reverted or fixed within %1 week(s): %2</source>
        <translation>
            <numerusform>%n PR; reverted or fixed within %1 week(s): %2</numerusform>
            <numerusform>%n PRs; reverted or fixed within %1 week(s): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PR(s) were merged less than the horizon before the end of the history read; what happened to them later is not known yet.</source>
        <translation>
            <numerusform>%n PR was merged less than the horizon before the end of the history read; what happened to it later is not known yet.</numerusform>
            <numerusform>%n PRs were merged less than the horizon before the end of the history read; what happened to them later is not known yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::CompletenessLedger</name>
    <message numerus="yes">
        <source>Comments cut in %n review thread(s): %1.</source>
        <translation>
            <numerusform>Comments cut in %n review thread: %1.</numerusform>
            <numerusform>Comments cut in %n review threads: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) retried after errors.</source>
        <translation>
            <numerusform>%n request retried after errors.</numerusform>
            <numerusform>%n requests retried after errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waited %n second(s) after GitHub asked to slow down (until %1).</source>
        <translation>
            <numerusform>Waited %n second after GitHub asked to slow down (until %1).</numerusform>
            <numerusform>Waited %n seconds after GitHub asked to slow down (until %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waited %n second(s) for the rate limit (until %1).</source>
        <translation>
            <numerusform>Waited %n second for the rate limit (until %1).</numerusform>
            <numerusform>Waited %n seconds for the rate limit (until %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::CorePathRule</name>
    <message numerus="yes">
        <source>Touches %n core file(s).</source>
        <translation>
            <numerusform>Touches %n core file.</numerusform>
            <numerusform>Touches %n core files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::CountBarChart</name>
    <message numerus="yes">
        <source>%1: %n PR(s)</source>
        <translation>
            <numerusform>%1: %n PR</numerusform>
            <numerusform>%1: %n PRs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::DebugLeftoversRule</name>
    <message numerus="yes">
        <source>%n debugging line(s) added.</source>
        <translation>
            <numerusform>%n debugging line added.</numerusform>
            <numerusform>%n debugging lines added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::DependencyManifestRule</name>
    <message numerus="yes">
        <source>%n dependency line(s) added; lock file not updated (%1).</source>
        <translation>
            <numerusform>%n dependency line added; lock file not updated (%1).</numerusform>
            <numerusform>%n dependency lines added; lock file not updated (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency line(s) added.</source>
        <translation>
            <numerusform>%n dependency line added.</numerusform>
            <numerusform>%n dependency lines added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::DiffDelegate</name>
    <message numerus="yes">
        <source>… (line cut, %n character(s))</source>
        <translation>
            <numerusform>… (line cut, %n character)</numerusform>
            <numerusform>… (line cut, %n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::GitHubRequester</name>
    <message numerus="yes">
        <source>Could not reach %1 (%2), %n attempt(s). Check the network connection and try again.</source>
        <translation>
            <numerusform>Could not reach %1 (%2), %n attempt. Check the network connection and try again.</numerusform>
            <numerusform>Could not reach %1 (%2), %n attempts. Check the network connection and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer in time, %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>%1 did not answer in time, %n attempt. Try again later.</numerusform>
            <numerusform>%1 did not answer in time, %n attempts. Try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept failing with HTTP %2, %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>%1 kept failing with HTTP %2, %n attempt. Try again later.</numerusform>
            <numerusform>%1 kept failing with HTTP %2, %n attempts. Try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent incomplete or unreadable data, %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>%1 sent incomplete or unreadable data, %n attempt. Try again later.</numerusform>
            <numerusform>%1 sent incomplete or unreadable data, %n attempts. Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::GitHubSource</name>
    <message numerus="yes">
        <source>Loaded %n pull request(s).</source>
        <translation>
            <numerusform>Loaded %n pull request.</numerusform>
            <numerusform>Loaded %n pull requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading pull requests of %1: %2 of %n…</source>
        <translation>
            <numerusform>Reading pull requests of %1: %2 of %n…</numerusform>
            <numerusform>Reading pull requests of %1: %2 of %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GitHub asked to slow down; resuming at %1 (in %n second(s)).</source>
        <translation>
            <numerusform>GitHub asked to slow down; resuming at %1 (in %n second).</numerusform>
            <numerusform>GitHub asked to slow down; resuming at %1 (in %n seconds).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GitHub rate limit reached; resuming at %1 (in %n second(s)).</source>
        <translation>
            <numerusform>GitHub rate limit reached; resuming at %1 (in %n second).</numerusform>
            <numerusform>GitHub rate limit reached; resuming at %1 (in %n seconds).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::GitSource</name>
    <message numerus="yes">
        <source>Read %n commit(s) of the week.</source>
        <translation>
            <numerusform>Read %n commit of the week.</numerusform>
            <numerusform>Read %n commits of the week.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::HardCodedLiteralRule</name>
    <message numerus="yes">
        <source>%n hard-coded address(es) or URL(s) added in core files.</source>
        <translation>
            <numerusform>%n hard-coded address or URL added in core files.</numerusform>
            <numerusform>%n hard-coded addresses or URLs added in core files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::Importance</name>
    <message numerus="yes">
        <source>Size %1: %n changed line(s)</source>
        <translation>
            <numerusform>Size %1: %n changed line</numerusform>
            <numerusform>Size %1: %n changed lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Touches %n module(s)</source>
        <translation>
            <numerusform>Touches %n module</numerusform>
            <numerusform>Touches %n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Touches %n core file(s)</source>
        <translation>
            <numerusform>Touches %n core file</numerusform>
            <numerusform>Touches %n core files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active review: %n review(s) and thread comment(s)</source>
        <translation>
            <numerusform>Active review: %n review and thread comment</numerusform>
            <numerusform>Active review: %n reviews and thread comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::LargeChangeRule</name>
    <message numerus="yes">
        <source>%n changed line(s), size %1.</source>
        <translation>
            <numerusform>%n changed line, size %1.</numerusform>
            <numerusform>%n changed lines, size %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::MainWindow</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PR(s)</source>
        <translation>
            <numerusform>%n PR</numerusform>
            <numerusform>%n PRs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n PR(s)</source>
        <translation>
            <numerusform>%1 of %n PR</numerusform>
            <numerusform>%1 of %n PRs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the patches was cancelled: the diff rules did not run on %n pull request(s); the completeness ledger lists them.</source>
        <translation>
            <numerusform>Reading the patches was cancelled: the diff rules did not run on %n pull request; the completeness ledger lists it.</numerusform>
            <numerusform>Reading the patches was cancelled: the diff rules did not run on %n pull requests; the completeness ledger lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The patches of %n pull request(s) could not be read, so the diff rules did not run on them; the completeness ledger lists them.</source>
        <translation>
            <numerusform>The patches of %n pull request could not be read, so the diff rules did not run on it; the completeness ledger lists it.</numerusform>
            <numerusform>The patches of %n pull requests could not be read, so the diff rules did not run on them; the completeness ledger lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::MissingTestsRule</name>
    <message numerus="yes">
        <source>%n source file(s) changed without a test change.</source>
        <translation>
            <numerusform>%n source file changed without a test change.</numerusform>
            <numerusform>%n source files changed without a test change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::ModuleTrendChart</name>
    <message numerus="yes">
        <source>%1: %n PR(s)</source>
        <translation>
            <numerusform>%1: %n PR</numerusform>
            <numerusform>%1: %n PRs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Modules over the last %n week(s)</source>
        <translation>
            <numerusform>Modules over the last %n week</numerusform>
            <numerusform>Modules over the last %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::NewEnvVarRule</name>
    <message numerus="yes">
        <source>Reads %n new environment variable(s): %1.</source>
        <translation>
            <numerusform>Reads %n new environment variable: %1.</numerusform>
            <numerusform>Reads %n new environment variables: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::NoApprovalRule</name>
    <message numerus="yes">
        <source>Merged with %n review(s), none approving.</source>
        <translation>
            <numerusform>Merged with %n review, none approving.</numerusform>
            <numerusform>Merged with %n reviews, none approving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::NotEvaluated</name>
    <message numerus="yes">
        <source>Not evaluated: the diff text of %n file(s) is not loaded.</source>
        <translation>
            <numerusform>Not evaluated: the diff text of %n file is not loaded.</numerusform>
            <numerusform>Not evaluated: the diff text of %n files is not loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not evaluated: the diff text of %n file(s) was cut by the source.</source>
        <translation>
            <numerusform>Not evaluated: the diff text of %n file was cut by the source.</numerusform>
            <numerusform>Not evaluated: the diff text of %n files was cut by the source.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::PrDetailPane</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::PrReport</name>
    <message numerus="yes">
        <source>%1 in %n file(s), size %2, importance %3 of 5.</source>
        <translation>
            <numerusform>%1 in %n file, size %2, importance %3 of 5.</numerusform>
            <numerusform>%1 in %n files, size %2, importance %3 of 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The source listed %1 of %n changed file(s).</source>
        <translation>
            <numerusform>The source listed %1 of %n changed file.</numerusform>
            <numerusform>The source listed %1 of %n changed files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), %1; %2.</source>
        <translation>
            <numerusform>%n review, %1; %2.</numerusform>
            <numerusform>%n reviews, %1; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n approval</numerusform>
            <numerusform>%n approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) unresolved at merge</source>
        <translation>
            <numerusform>%n thread unresolved at merge</numerusform>
            <numerusform>%n threads unresolved at merge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n review(s) could be read from the source.</source>
        <translation>
            <numerusform>Only %1 of %n review could be read from the source.</numerusform>
            <numerusform>Only %1 of %n reviews could be read from the source.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n review thread(s) could be read from the source.</source>
        <translation>
            <numerusform>Only %1 of %n review thread could be read from the source.</numerusform>
            <numerusform>Only %1 of %n review threads could be read from the source.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::PrTableModel</name>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n line added</numerusform>
            <numerusform>%n lines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n line removed</numerusform>
            <numerusform>%n lines removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::RelatedPr</name>
    <message numerus="yes">
        <source>#%1 touched %n of the same file(s)</source>
        <translation>
            <numerusform>#%1 touched %n of the same file</numerusform>
            <numerusform>#%1 touched %n of the same files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::ReviewFlowReport</name>
    <message numerus="yes">
        <source>Review flow: median %1 to a first review and %2 to merge; %n PR(s) merged without a review by another person.</source>
        <translation>
            <numerusform>Review flow: median %1 to a first review and %2 to merge; %n PR merged without a review by another person.</numerusform>
            <numerusform>Review flow: median %1 to a first review and %2 to merge; %n PRs merged without a review by another person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Times run from when a PR was ready for review (when it left draft, else when it was opened) to the first review by a person other than its author (%1 of %n PR(s)) and to the merge (%2). Bots and the authors&apos; own reviews are not counted as reviews.</source>
        <translation>
            <numerusform>Times run from when a PR was ready for review (when it left draft, else when it was opened) to the first review by a person other than its author (%1 of %n PR) and to the merge (%2). Bots and the authors&apos; own reviews are not counted as reviews.</numerusform>
            <numerusform>Times run from when a PR was ready for review (when it left draft, else when it was opened) to the first review by a person other than its author (%1 of %n PRs) and to the merge (%2). Bots and the authors&apos; own reviews are not counted as reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged without a review by another person: %n PR(s).</source>
        <translation>
            <numerusform>Merged without a review by another person: %n PR.</numerusform>
            <numerusform>Merged without a review by another person: %n PRs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewer load (people only; %n reviewer(s) in all):</source>
        <translation>
            <numerusform>Reviewer load (people only; %n reviewer in all):</numerusform>
            <numerusform>Reviewer load (people only; %n reviewers in all):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PR(s)</source>
        <translation>
            <numerusform>%n PR</numerusform>
            <numerusform>%n PRs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged without review: %n PR(s): %1</source>
        <translation>
            <numerusform>Merged without review: %n PR: %1</numerusform>
            <numerusform>Merged without review: %n PRs: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review round(s)</source>
        <translation>
            <numerusform>%n review round</numerusform>
            <numerusform>%n review rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::ReviewView</name>
    <message numerus="yes">
        <source>%n review thread(s)</source>
        <translation>
            <numerusform>%n review thread</numerusform>
            <numerusform>%n review threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved at merge</source>
        <translation>
            <numerusform>%n unresolved at merge</numerusform>
            <numerusform>%n unresolved at merge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n review(s) could be read from the source.</source>
        <translation>
            <numerusform>Only %1 of %n review could be read from the source.</numerusform>
            <numerusform>Only %1 of %n reviews could be read from the source.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n review thread(s) could be read from the source.</source>
        <translation>
            <numerusform>Only %1 of %n review thread could be read from the source.</numerusform>
            <numerusform>Only %1 of %n review threads could be read from the source.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::UnresolvedThreadsRule</name>
    <message numerus="yes">
        <source>%n review thread(s) unresolved at merge.</source>
        <translation>
            <numerusform>%n review thread unresolved at merge.</numerusform>
            <numerusform>%n review threads unresolved at merge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review thread(s) unresolved at merge among those read; %1 more could not be read.</source>
        <translation>
            <numerusform>%n review thread unresolved at merge among those read; %1 more could not be read.</numerusform>
            <numerusform>%n review threads unresolved at merge among those read; %1 more could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::WeekReportView</name>
    <message numerus="yes">
        <source>Reading patches: %1 of %n pull request(s) still to come. Until they arrive, the diff rules&apos; checks on them count as not run; the findings fill in as they come.</source>
        <translation>
            <numerusform>Reading patches: %1 of %n pull request still to come. Until they arrive, the diff rules&apos; checks on them count as not run; the findings fill in as they come.</numerusform>
            <numerusform>Reading patches: %1 of %n pull requests still to come. Until they arrive, the diff rules&apos; checks on them count as not run; the findings fill in as they come.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::WeekView</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::WeeklyReport</name>
    <message numerus="yes">
        <source>%1 to %2 (%3) · %n merged pull request(s)</source>
        <translation>
            <numerusform>%1 to %2 (%3) · %n merged pull request</numerusform>
            <numerusform>%1 to %2 (%3) · %n merged pull requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pull request(s) merged, by %1.</source>
        <translation>
            <numerusform>%n pull request merged, by %1.</numerusform>
            <numerusform>%n pull requests merged, by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n author</numerusform>
            <numerusform>%n authors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lines added and %2 deleted in %n file(s).</source>
        <translation>
            <numerusform>%1 lines added and %2 deleted in %n file.</numerusform>
            <numerusform>%1 lines added and %2 deleted in %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted PR(s); average importance %1 of 5.</source>
        <translation>
            <numerusform>%n highlighted PR; average importance %1 of 5.</numerusform>
            <numerusform>%n highlighted PRs; average importance %1 of 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n PR(s))</source>
        <translation>
            <numerusform>%1 (%n PR)</numerusform>
            <numerusform>%1 (%n PRs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Risk rules fired on %n PR(s); most often: %1.</source>
        <translation>
            <numerusform>Risk rules fired on %n PR; most often: %1.</numerusform>
            <numerusform>Risk rules fired on %n PRs; most often: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revert(s) or follow-up fix(es): %1.</source>
        <translation>
            <numerusform>%n revert or follow-up fix: %1.</numerusform>
            <numerusform>%n reverts or follow-up fixes: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule check(s) could not be run; see Completeness.</source>
        <translation>
            <numerusform>%n rule check could not be run; see Completeness.</numerusform>
            <numerusform>%n rule checks could not be run; see Completeness.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Size %1: %2 in %n file(s)</source>
        <translation>
            <numerusform>Size %1: %2 in %n file</numerusform>
            <numerusform>Size %1: %2 in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Modules are the first %n directory level(s) of each path. The busiest modules:</source>
        <translation>
            <numerusform>Modules are the first %n directory level of each path. The busiest modules:</numerusform>
            <numerusform>Modules are the first %n directory levels of each path. The busiest modules:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PRs per module over the last %n week(s):</source>
        <translation>
            <numerusform>PRs per module over the last %n week:</numerusform>
            <numerusform>PRs per module over the last %n weeks:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out as generated, lock or vendored (filter: %1).</source>
        <translation>
            <numerusform>%n file left out as generated, lock or vendored (filter: %1).</numerusform>
            <numerusform>%n files left out as generated, lock or vendored (filter: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) fired. Each observation lists every PR it fired on, the first ones with their evidence.</source>
        <translation>
            <numerusform>%n rule fired. Each observation lists every PR it fired on, the first ones with their evidence.</numerusform>
            <numerusform>%n rules fired. Each observation lists every PR it fired on, the first ones with their evidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not evaluated on any of the %n PR(s)</source>
        <translation>
            <numerusform>%1: not evaluated on any of the %n PR</numerusform>
            <numerusform>%1: not evaluated on any of the %n PRs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not evaluated on %n PR(s) (%2)</source>
        <translation>
            <numerusform>%1: not evaluated on %n PR (%2)</numerusform>
            <numerusform>%1: not evaluated on %n PRs (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n PR(s)</source>
        <translation>
            <numerusform>%1: %n PR</numerusform>
            <numerusform>%1: %n PRs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n most important PR(s) by size, breadth, core files, review activity and tags, grouped by theme.</source>
        <translation>
            <numerusform>The %n most important PR by size, breadth, core files, review activity and tags, grouped by theme.</numerusform>
            <numerusform>The %n most important PRs by size, breadth, core files, review activity and tags, grouped by theme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n PR(s): %2</source>
        <translation>
            <numerusform>%1: %n PR: %2</numerusform>
            <numerusform>%1: %n PRs: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n PR(s)</source>
        <translation>
            <numerusform>%1: all %n PR</numerusform>
            <numerusform>%1: all %n PRs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n PR(s) (%2)</source>
        <translation>
            <numerusform>%1: %n PR (%2)</numerusform>
            <numerusform>%1: %n PRs (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::WeeklyReportPdf</name>
    <message numerus="yes">
        <source>Appendix: every merged pull request (%n)</source>
        <translation>
            <numerusform>Appendix: the merged pull request (%n)</numerusform>
            <numerusform>Appendix: every merged pull request (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completeness note(s): see the appendix.</source>
        <translation>
            <numerusform>%n completeness note: see the appendix.</numerusform>
            <numerusform>%n completeness notes: see the appendix.</numerusform>
        </translation>
    </message>
</context>
</TS>
