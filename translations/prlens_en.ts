<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CorePathRule</name>
    <message numerus="yes">
        <source>Touches %n core file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebugLeftoversRule</name>
    <message numerus="yes">
        <source>%n debugging line(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependencyManifestRule</name>
    <message numerus="yes">
        <source>%n dependency line(s) added; lock file not updated (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency line(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HardCodedLiteralRule</name>
    <message numerus="yes">
        <source>%n hard-coded address(es) or URL(s) added in core files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LargeChangeRule</name>
    <message numerus="yes">
        <source>%n changed line(s), size %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingTestsRule</name>
    <message numerus="yes">
        <source>%n source file(s) changed without a test change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewEnvVarRule</name>
    <message numerus="yes">
        <source>Reads %n new environment variable(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoApprovalRule</name>
    <message numerus="yes">
        <source>Merged with %n review(s), none approving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
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
    <name>PrLens::Importance</name>
    <message numerus="yes">
        <source>Size %1: %n changed line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Touches %n module(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Touches %n core file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active review: %n review(s) and thread comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrLens::NotEvaluated</name>
    <message numerus="yes">
        <source>Not evaluated: the diff text of %n file(s) is not loaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not evaluated: the diff text of %n file(s) was cut by the source.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>PrLens::RelatedPr</name>
    <message numerus="yes">
        <source>#%1 touched %n of the same file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>UnresolvedThreadsRule</name>
    <message numerus="yes">
        <source>%n review thread(s) unresolved at merge.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
