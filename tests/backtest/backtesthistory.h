// SPDX-License-Identifier: MIT
// A git history with known reverts and fixes, shared by the back-test's library and command-line tests.
#pragma once

#include "../git/gittestrepo.h"

namespace BacktestHistory {
using namespace Qt::StringLiterals;

inline const QString kDev = u"Dev <dev@example.com>"_s;

/// Weeks 2026-W10 … W13 are back-tested; W14 and W15 hold later PRs. By hand (horizon 2 weeks):
///  #1  W10 adds src/cache.py, no test            missing-tests   reverted by #4 (Revert "<title>")
///  #2  W10 parser with a test
///  #3  W10 adds src/log.py lines, no test        missing-tests   (fixed by #14, 34 days later: beyond the horizon)
///  #4  W11 Revert "[Feature] Add cache layer (#1)" (removes a file: no source changed)     revert-follow-up
///  #5  W11 adds src/sched.py, no test            missing-tests   fixed by #7 (changes a line #5 added)
///  #6  W11 docs only
///  #7  W12 [Bugfix] changes #5's line, with a test
///  #8  W12 speeds up the parser, with a test                     reverted by #9 ("This reverts commit <sha>")
///  #9  W12 "Revert parser speed-up" (git revert of #8)                                     revert-follow-up
///  #10 W13 adds src/metrics.py, no test          missing-tests   fixed by #11 ("Fixes #10")
///  #11 W13 [Bugfix] appends to metrics.py, with a test                                     revert-follow-up
///  #12 W13 adds src/config.py, no test           missing-tests   reverted by #13 ("Reverts acme/widgets#12")
///  #13 W14 Revert exporter config;  #14 W15 [Bugfix] changes #3's line.
inline void build(const QString &path)
{
    GitTestRepo r(path);
    r.init();
    r.git({u"remote"_s, u"add"_s, u"origin"_s, u"https://github.com/acme/widgets.git"_s});
    r.write(u"README.md"_s, "# Widgets\n");
    r.write(u"src/log.py"_s, "import logging\n");
    r.write(u"src/parser.py"_s, "def parse(text):\n    return text.split()\n");
    r.write(u"tests/test_parser.py"_s, "def test_parse():\n    assert parse('a b') == ['a', 'b']\n");
    r.commit(u"Initial commit"_s, u"2026-02-16T10:00:00Z"_s, kDev);

    r.write(u"src/cache.py"_s, "class Cache:\n    def lookup(self, key):\n        return self.entries.get(key)\n");
    r.commit(u"[Feature] Add cache layer (#1)"_s, u"2026-03-02T10:00:00Z"_s, kDev);
    r.write(u"src/tokens.py"_s, "def tokenize(text):\n    return list(text.split())\n");
    r.write(u"tests/test_tokens.py"_s, "def test_tokenize():\n    assert tokenize('a') == ['a']\n");
    r.commit(u"[Feature] Add tokenizer with tests (#2)"_s, u"2026-03-03T10:00:00Z"_s, kDev);
    r.write(u"src/log.py"_s, "import logging\nLOG_FORMAT = '%(asctime)s %(message)s'\n");
    r.commit(u"Tune logging (#3)"_s, u"2026-03-04T10:00:00Z"_s, kDev);

    r.git({u"rm"_s, u"-q"_s, u"src/cache.py"_s});
    r.commit(u"Revert \"[Feature] Add cache layer (#1)\" (#4)"_s, u"2026-03-09T10:00:00Z"_s, kDev);
    r.write(u"src/sched.py"_s, "def run(task):\n    priority = compute_priority(task)\n    return priority\n");
    r.commit(u"[Feature] Add scheduler (#5)"_s, u"2026-03-10T10:00:00Z"_s, kDev);
    r.write(u"README.md"_s, "# Widgets\n\nA scheduler and a parser.\n");
    r.commit(u"[Docs] Update readme (#6)"_s, u"2026-03-11T10:00:00Z"_s, kDev);

    r.write(u"src/sched.py"_s, "def run(task):\n    priority = compute_priority(task, now())\n    return priority\n");
    r.write(u"tests/test_sched.py"_s, "def test_run():\n    assert run(task_a()) == 1\n");
    r.commit(u"[Bugfix] Correct scheduler priority (#7)"_s, u"2026-03-17T10:00:00Z"_s, kDev);
    r.write(u"src/parser.py"_s, "def parse(text):\n    return text.split(maxsplit=100)\n");
    r.write(u"tests/test_parser.py"_s, "def test_parse():\n    assert parse('a b') == ['a', 'b']\n# fast\n");
    r.commit(u"Speed up parser (#8)"_s, u"2026-03-18T10:00:00Z"_s, kDev);
    const QString sha8 = QString::fromLatin1(r.git({u"rev-parse"_s, u"HEAD"_s}).trimmed());
    r.git({u"revert"_s, u"--no-edit"_s, u"--no-commit"_s, sha8}, u"2026-03-19T10:00:00Z"_s, kDev);
    r.commit(u"Revert parser speed-up (#9)\n\nThis reverts commit %1.\n"_s.arg(sha8), u"2026-03-19T10:00:00Z"_s, kDev);

    r.write(u"src/metrics.py"_s, "def export(values):\n    return sum(values) / len(values)\n");
    r.commit(u"[Feature] Add metrics exporter (#10)"_s, u"2026-03-23T10:00:00Z"_s, kDev);
    r.write(u"src/metrics.py"_s,
        "def export(values):\n    return sum(values) / len(values)\n\n\ndef export_or_zero(values):\n    return "
        "export(values) if values else 0\n");
    r.write(u"tests/test_metrics.py"_s, "def test_empty():\n    assert export_or_zero([]) == 0\n");
    r.commit(u"[Bugfix] Handle empty metrics (#11)\n\nFixes #10 when the list is empty.\n"_s, u"2026-03-25T10:00:00Z"_s,
        kDev);
    r.write(u"src/config.py"_s, "EXPORT_INTERVAL_SECONDS = 30\nEXPORT_TARGET = 'stdout'\n");
    r.commit(u"[Feature] Add exporter config (#12)"_s, u"2026-03-26T10:00:00Z"_s, kDev);

    r.git({u"rm"_s, u"-q"_s, u"src/config.py"_s});
    r.commit(u"Revert exporter config (#13)\n\nReverts acme/widgets#12\n"_s, u"2026-03-31T10:00:00Z"_s, kDev);
    r.write(u"src/log.py"_s, "import logging\nLOG_FORMAT = '%(levelname)s %(message)s'\n");
    r.commit(u"[Bugfix] Fix log format (#14)"_s, u"2026-04-07T10:00:00Z"_s, kDev);
}

} // namespace BacktestHistory
