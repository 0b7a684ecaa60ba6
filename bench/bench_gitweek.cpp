// SPDX-License-Identifier: MIT
// Loading the busiest and a typical week of a large history with GitSource versus plain
// `git log --first-parent --numstat` over the same range, and with every PR's patch versus plain
// `git log --first-parent -p`, in the same run (median of several repetitions).
// Usage: bench_gitweek [REPO_PATH] [--reps N] [--prlens PATH]. With the prlens executable (by default the one
// built beside this benchmark, when present) `prlens report --git` is timed as well, end to end (report as JSON,
// --refresh so that the source is read every time, with a scratch cache). Without a path, or with the path of a folder
// that does not exist yet, a synthetic history of 20,000 first-parent commits (squash and merge style pull requests,
// direct commits, renames, removals) is made with `git fast-import` and packed with `git gc` (in a temporary folder, or
// at the path given, to reuse it in later runs). Prints figures; never fails on timing.
#include "gitsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

QByteArray runGit(const QString &dir, const QStringList &args, const QString &stdinFile = {})
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
void makeSyntheticRepo(const QString &dir, int commits)
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
    const int busyStart = commits / 2;
    const int busyCount = 1500;
    // The busy week starts on the Monday after the history reaches it.
    const char *authors[] = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
    for (int i = 1; i < commits; ++i) {
        if (i == busyStart)
            t = (t / 604800 + 1) * 604800 + 4 * 86400; // epoch day 0 is a Thursday: +4 days = Monday
        t += (i >= busyStart && i < busyStart + busyCount) ? 400 : 3600;
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
        const std::string title = "[Module" + std::to_string(pick(40)) + "] Improve step " + std::to_string(i);
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

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Loads @p week with GitSource once; returns the time in ms, or a negative value (and @p error) on failure.
double timeSource(
    const QString &repo, IsoWeek week, int maxParallelLogs, bool patches, WeekData *data, QString *error)
{
    GitSource source;
    source.setPatchesWithWeek(patches);
    if (maxParallelLogs > 0)
        source.setMaxParallelLogs(maxParallelLogs);
    QEventLoop loop;
    QObject::connect(&source, &WeekSource::finished, &loop, [&](const WeekData &d) {
        *data = d;
        loop.quit();
    });
    QObject::connect(&source, &WeekSource::failed, &loop, [&](const LoadError &e) {
        *error = e.message;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    source.load(RepoRef::localGit(repo), week, UtcOffset());
    loop.exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    return error->isEmpty() ? ms : -1;
}

// Times GitSource (as configured, and with a single git log run) and the plain git log baseline on one week;
// returns false when GitSource fails.
bool measure(const QString &repo, const QString &gitProgram, const QString &prlens, IsoWeek week, int reps)
{
    const WeekRange range = WeekRange::of(week, UtcOffset());
    const QStringList baselineArgs {u"log"_s, u"--first-parent"_s, u"--numstat"_s,
        u"--since=@%1"_s.arg(range.start.toSecsSinceEpoch()), u"--until=@%1"_s.arg(range.end.toSecsSinceEpoch() - 1)};
    // Plain -p, without --numstat (which would make git produce every diff a second time).
    QStringList patchBaselineArgs = baselineArgs;
    patchBaselineArgs.replace(2, u"-p"_s);
    std::vector<double> sourceMs;
    std::vector<double> singleMs;
    std::vector<double> baselineMs;
    std::vector<double> patchSourceMs;
    std::vector<double> patchBaselineMs;
    std::vector<double> reportMs;
    std::vector<double> metadataReportMs;
    QTemporaryDir scratch;
    const QStringList reportArgs {u"report"_s, u"--git"_s, repo, u"--week"_s, week.toString(), u"--tz"_s, u"+00:00"_s,
        u"--format"_s, u"json"_s, u"--refresh"_s, u"--cache"_s, scratch.filePath(u"cache.sqlite"_s), u"-o"_s,
        scratch.filePath(u"report.json"_s)};
    qsizetype pulls = 0;
    qsizetype direct = 0;
    qsizetype fileEntries = 0;
    qsizetype baselineBytes = 0;
    for (int r = 0; r < reps; ++r) {
        // Rotate the order so that no side always runs on a warmer cache.
        for (int step = 0; step < 5; ++step) {
            const int side = (step + r) % 5;
            if (side == 3) {
                QProcess p;
                p.setWorkingDirectory(repo);
                QElapsedTimer timer;
                timer.start();
                p.start(gitProgram, patchBaselineArgs);
                p.waitForFinished(-1);
                p.readAllStandardOutput();
                patchBaselineMs.push_back(timer.nsecsElapsed() / 1e6);
            } else if (side != 2) {
                WeekData data;
                QString error;
                const double ms = timeSource(repo, week, side == 1 ? 1 : 0, side == 4, &data, &error);
                if (ms < 0) {
                    std::fprintf(stderr, "GitSource failed: %s\n", qPrintable(error));
                    return false;
                }
                (side == 0 ? sourceMs : side == 1 ? singleMs : patchSourceMs).push_back(ms);
                pulls = data.pulls.size();
                direct = data.direct.size();
                fileEntries = 0;
                for (const auto *list : {&data.pulls, &data.direct})
                    for (const PullRequest &pr : *list)
                        fileEntries += pr.files.size();
            } else {
                QProcess p;
                p.setWorkingDirectory(repo);
                QElapsedTimer timer;
                timer.start();
                p.start(gitProgram, baselineArgs);
                p.waitForFinished(-1);
                baselineBytes = p.readAllStandardOutput().size();
                baselineMs.push_back(timer.nsecsElapsed() / 1e6);
            }
        }
    }
    if (!prlens.isEmpty()) {
        for (int r = 0; r < reps * 2; ++r) {
            const bool metadataOnly = r % 2 == 1;
            QProcess p;
            QElapsedTimer timer;
            timer.start();
            p.start(prlens, metadataOnly ? reportArgs + QStringList {u"--no-patches"_s} : reportArgs);
            p.waitForFinished(-1);
            if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                std::printf("prlens report --git could not be timed (exit %d): %s\n", p.exitCode(),
                    p.readAllStandardError().trimmed().constData());
                reportMs.clear();
                metadataReportMs.clear();
                break;
            }
            (metadataOnly ? metadataReportMs : reportMs).push_back(timer.nsecsElapsed() / 1e6);
        }
    }
    const double s = median(sourceMs);
    const double b = median(baselineMs);
    std::printf("GitSource: %lld pull requests + %lld direct commits, %lld file entries\n", qlonglong(pulls),
        qlonglong(direct), qlonglong(fileEntries));
    std::printf("baseline : git log --first-parent --numstat over the same range, %lld bytes of output\n",
        qlonglong(baselineBytes));
    const auto ratio = [b](double x) {
        return b > 0 ? x / b : 0.0;
    };
    std::printf("median of %d runs (target <= 1.5x git log):\n", reps);
    std::printf("  git log --first-parent --numstat   %9.1f ms   1.00x (baseline)\n", b);
    std::printf("  GitSource load (up to %d git logs)  %9.1f ms   %.2fx\n", GitSource().maxParallelLogs(), s, ratio(s));
    std::printf("  GitSource load, one git log run     %9.1f ms   %.2fx\n", median(singleMs), ratio(median(singleMs)));
    if (!metadataReportMs.empty()) {
        const double p = median(metadataReportMs);
        std::printf("  prlens report --git --no-patches    %9.1f ms   %.2fx\n", p, ratio(p));
    }
    const double bp = median(patchBaselineMs);
    const auto ratioP = [bp](double x) {
        return bp > 0 ? x / bp : 0.0;
    };
    std::printf("with every patch (target: full report <= 1.3x git log -p):\n");
    std::printf("  git log --first-parent -p          %9.1f ms   1.00x (baseline)\n", bp);
    std::printf("  GitSource load with patches        %9.1f ms   %.2fx\n", median(patchSourceMs),
        ratioP(median(patchSourceMs)));
    if (!reportMs.empty()) {
        const double p = median(reportMs);
        std::printf("  prlens report --git (JSON, process) %9.1f ms   %.2fx\n", p, ratioP(p));
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString repo;
    int reps = 7;
#ifdef PRLENS_APP_PATH
    QString prlens = QFileInfo::exists(QStringLiteral(PRLENS_APP_PATH)) ? QStringLiteral(PRLENS_APP_PATH) : QString();
#else
    QString prlens;
#endif
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--reps" && i + 1 < args.size())
            reps = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--prlens" && i + 1 < args.size())
            prlens = args.at(++i);
        else
            repo = args.at(i);
    }
    QTemporaryDir tmp;
    if (repo.isEmpty() || !QFileInfo::exists(repo)) {
        if (repo.isEmpty())
            repo = tmp.filePath(u"synthetic"_s);
        QElapsedTimer made;
        made.start();
        makeSyntheticRepo(repo, 20000);
        std::printf("synthetic history: 20000 commits made with git fast-import in %.1f s\n", made.elapsed() / 1000.0);
    }
    const QString gitProgram = QStandardPaths::findExecutable(u"git"_s);

    // The busiest ISO week (UTC) of the first-parent history.
    QHash<QString, int> perWeek;
    const QList<QByteArray> times = runGit(repo, {u"log"_s, u"--first-parent"_s, u"--format=%ct"_s}).split('\n');
    for (const QByteArray &t : times) {
        if (!t.isEmpty())
            ++perWeek[IsoWeek::containing(QDateTime::fromSecsSinceEpoch(t.toLongLong(), QTimeZone::UTC), UtcOffset())
                          .toString()];
    }
    if (perWeek.isEmpty()) {
        std::fprintf(stderr, "no commits in %s\n", qPrintable(repo));
        return 2;
    }
    std::printf("repository: %s (%lld first-parent commits)\n", qPrintable(repo), qlonglong(times.size() - 1));
    // The busiest week, and a typical one (the median number of commits per week with commits).
    QList<std::pair<int, QString>> counts;
    for (auto it = perWeek.cbegin(); it != perWeek.cend(); ++it)
        counts.append({it.value(), it.key()});
    std::sort(counts.begin(), counts.end());
    const std::pair<int, QString> typical = counts.at(counts.size() / 2);
    for (const auto &[label, entry] : {std::pair {"busiest", counts.last()}, std::pair {"typical", typical}}) {
        std::printf("\n%s week: %s with %d commits\n", label, qPrintable(entry.second), entry.first);
        if (!measure(repo, gitProgram, prlens, *IsoWeek::parse(entry.second), reps))
            return 2;
    }
    return 0;
}
