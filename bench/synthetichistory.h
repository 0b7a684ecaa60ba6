// SPDX-License-Identifier: MIT
// A synthetic git history for benchmarks, made with `git fast-import` and packed with `git gc`: squash and merge
// style pull requests, direct commits, renames and removals over 1,500 files; optionally a busy week and PRs with
// known outcomes (reverts by title, bugfix PRs changing earlier PRs' lines).
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace SyntheticHistory {

using namespace Qt::StringLiterals;

struct Options {
    qint64 stepSecs = 3600; ///< time between first-parent commits
    bool busyWeek = true; ///< 1,500 commits 400 s apart from the Monday after the middle of the history
    bool outcomes = false; ///< every 53rd PR reverts the one 11 steps back; every 7th is a [Bugfix]
};

inline QByteArray runGit(const QString &dir, const QStringList &args, const QString &stdinFile = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(stdinFile);
    p.start(u"git"_s, args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "git %s failed: %s\n", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        std::exit(2);
    }
    return p.readAllStandardOutput();
}

// Writes a fast-import stream for a synthetic history and imports it into a new repository at @p dir.
inline void make(const QString &dir, int commits, const Options &options = {})
{
    runGit(QDir::tempPath(), {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s, dir});
    std::mt19937 rng(20260330);
    auto pick = [&rng](int n) {
        return int(rng() % unsigned(n));
    };
    struct File {
        std::string path;
        std::vector<std::string> lines;
        bool alive = true;
    };
    std::vector<File> files;
    for (int i = 0; i < 1500; ++i) {
        File f;
        f.path = "src/module" + std::to_string(i % 40) + "/file" + std::to_string(i) + ".cpp";
        for (int l = 0, n = 20 + pick(60); l < n; ++l)
            f.lines.push_back("int value" + std::to_string(l) + " = compute(" + std::to_string(pick(1000)) + ");");
        files.push_back(f);
    }
    std::string out;
    out.reserve(64 << 20);
    int mark = 1;
    auto blob = [&](const File &f) {
        std::string content;
        for (const auto &l : f.lines)
            content += l + '\n';
        out += "blob\nmark :" + std::to_string(mark) + "\ndata " + std::to_string(content.size()) + '\n' + content
            + '\n';
        return mark++;
    };
    // Initial commit with every file.
    std::vector<std::pair<std::string, int>> mods;
    for (const auto &f : files)
        mods.emplace_back(f.path, blob(f));
    qint64 t = 1704067200; // 2024-01-01
    auto commitText
        = [&](const std::string &ref, const std::string &msg, const std::string &who, qint64 when, int from, int merge,
              const std::vector<std::pair<std::string, int>> &m, const std::vector<std::string> &dels,
              const std::vector<std::pair<std::string, std::string>> &renames) {
              const int cm = mark++;
              out += "commit " + ref + "\nmark :" + std::to_string(cm) + '\n';
              out += "author " + who + " <" + who + "@example.com> " + std::to_string(when) + " +0000\n";
              out += "committer " + who + " <" + who + "@example.com> " + std::to_string(when) + " +0000\n";
              out += "data " + std::to_string(msg.size()) + '\n' + msg + '\n';
              if (from)
                  out += "from :" + std::to_string(from) + '\n';
              if (merge)
                  out += "merge :" + std::to_string(merge) + '\n';
              for (const auto &[from_, to] : renames)
                  out += "R " + from_ + ' ' + to + '\n';
              for (const auto &d : dels)
                  out += "D " + d + '\n';
              for (const auto &[path, b] : m)
                  out += "M 100644 :" + std::to_string(b) + ' ' + path + '\n';
              out += '\n';
              return cm;
          };
    int tip = commitText("refs/heads/main", "Initial import\n", "root", t, 0, 0, mods, {}, {});
    const int busyStart = options.busyWeek ? commits / 2 : commits + 1;
    const int busyCount = 1500;
    std::vector<std::string> titles(size_t(commits) + 1);
    // The busy week starts on the Monday after the history reaches it.
    const char *authors[] = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
    for (int i = 1; i < commits; ++i) {
        if (i == busyStart)
            t = (t / 604800 + 1) * 604800 + 4 * 86400; // epoch day 0 is a Thursday: +4 days = Monday
        t += (i >= busyStart && i < busyStart + busyCount) ? 400 : options.stepSecs;
        std::vector<std::pair<std::string, int>> m;
        std::vector<std::string> dels;
        std::vector<std::pair<std::string, std::string>> renames;
        const int nfiles = 1 + pick(6);
        for (int k = 0; k < nfiles; ++k) {
            File &f = files[size_t(pick(int(files.size())))];
            if (!f.alive)
                continue;
            const int edits = 1 + pick(5);
            for (int e = 0; e < edits; ++e) {
                const size_t at = size_t(pick(int(f.lines.size()) + 1));
                if (at < f.lines.size() && pick(2))
                    f.lines[at] = "double changed" + std::to_string(i) + "_" + std::to_string(e) + " = 1.5;";
                else
                    f.lines.insert(f.lines.begin() + std::ptrdiff_t(std::min(at, f.lines.size())),
                        "auto added" + std::to_string(i) + " = next();");
            }
            m.emplace_back(f.path, blob(f));
        }
        if (i % 97 == 0) { // a rename
            File &f = files[size_t(pick(int(files.size())))];
            if (f.alive) {
                const std::string to = f.path + ".moved.cpp";
                renames.emplace_back(f.path, to);
                m.erase(std::remove_if(m.begin(), m.end(), [&](const auto &x) { return x.first == f.path; }), m.end());
                f.path = to;
            }
        }
        if (i % 251 == 0) { // a removal
            File &f = files[size_t(pick(int(files.size())))];
            if (f.alive) {
                f.alive = false;
                m.erase(std::remove_if(m.begin(), m.end(), [&](const auto &x) { return x.first == f.path; }), m.end());
                dels.push_back(f.path);
            }
        }
        const std::string who = authors[pick(8)];
        std::string title = "[Module" + std::to_string(pick(40)) + "] Improve step " + std::to_string(i);
        if (options.outcomes && i % 10 != 0 && i % 10 != 5 && i > 20) {
            // Known outcomes, drawn without touching the random sequence: a revert of a PR a few steps back
            // (by its title), and bugfix PRs whose edits change lines earlier PRs added.
            if (i % 53 == 1 && !titles[size_t(i - 11)].empty())
                title = "Revert \"" + titles[size_t(i - 11)] + " (#" + std::to_string(i - 11) + ")\"";
            else if (i % 7 == 3)
                title = "[Bugfix] Correct step " + std::to_string(i);
        }
        if (i % 10 != 0 && i % 10 != 5)
            titles[size_t(i)] = title;
        if (i % 10 == 0) { // direct commit
            tip = commitText(
                "refs/heads/main", "Update notes " + std::to_string(i) + "\n", who, t, tip, 0, m, dels, renames);
        } else if (i % 10 == 5) { // merge-style pull request: a topic commit merged with --no-ff
            const int side = commitText("refs/heads/topic", title + "\n", who, t - 60, tip, 0, m, dels, renames);
            tip = commitText("refs/heads/main",
                "Merge pull request #" + std::to_string(i) + " from " + who + "/topic" + std::to_string(i) + "\n\n"
                    + title + "\n",
                "merger", t, tip, side, m, dels, renames);
        } else { // squash-style pull request
            tip = commitText("refs/heads/main", title + " (#" + std::to_string(i) + ")\n\nDetails of step.\n", who, t,
                tip, 0, m, dels, renames);
        }
    }
    const QString streamPath = dir + u"/../fast-import.stream"_s;
    QFile stream(streamPath);
    if (!stream.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(streamPath));
        std::exit(2);
    }
    stream.write(out.data(), qint64(out.size()));
    stream.close();
    runGit(dir, {u"fast-import"_s, u"--quiet"_s}, streamPath);
    QFile::remove(streamPath);
    runGit(dir, {u"checkout"_s, u"-q"_s, u"main"_s});
    // Pack like a real clone (deltas, commit-graph) so that neither side pays for fast-import's loose packing.
    runGit(dir, {u"gc"_s, u"--quiet"_s});
}

/// The command line the history benchmarks share: `[REPO] [--reps N] [--prlens PATH]`.
struct BenchArgs {
    QString repo; ///< empty or absent: a synthetic history is made
    int reps = 3;
    QString prlens; ///< the prlens executable to time end to end; empty: not timed
};

/// The command line, and the history at its path made when it does not exist yet (in @p scratch when no path is
/// given). By default the prlens built beside the benchmark is timed, when it has been built.
inline BenchArgs prepare(
    const QStringList &args, int defaultReps, const QTemporaryDir &scratch, int commits, const Options &options = {})
{
    BenchArgs b;
    b.reps = defaultReps;
#ifdef PRLENS_APP_PATH
    if (QFileInfo::exists(QStringLiteral(PRLENS_APP_PATH)))
        b.prlens = QStringLiteral(PRLENS_APP_PATH);
#endif
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--reps" && i + 1 < args.size())
            b.reps = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--prlens" && i + 1 < args.size())
            b.prlens = args.at(++i);
        else if (!args.at(i).startsWith(u"--")) // other options are the benchmark's own
            b.repo = args.at(i);
    }
    if (!b.repo.isEmpty() && QFileInfo::exists(b.repo))
        return b;
    if (b.repo.isEmpty())
        b.repo = scratch.filePath(u"synthetic"_s);
    QElapsedTimer made;
    made.start();
    make(b.repo, commits, options);
    std::printf(
        "synthetic history: %d commits made with git fast-import in %.1f s\n", commits, made.elapsed() / 1000.0);
    return b;
}

} // namespace SyntheticHistory
