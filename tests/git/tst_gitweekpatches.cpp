// SPDX-License-Identifier: MIT
// A week's patches read from a clone in the same pass as its file list (`git log -p --raw`), and the same
// patch-rule findings as GitHub for a repository built from PRs of the shared vLLM week.
#include "analysisconfig.h"
#include "datasetreader.h"
#include "fakegithubserver.h"
#include "githubsource.h"
#include "gitpatchsplitter.h"
#include "gitsource.h"
#include "gittestrepo.h"
#include "weekanalysis.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;
using namespace GitTestFixture;

namespace {

const QStringList kPatchRules {
    u"new-env-var"_s, u"debug-leftovers"_s, u"hard-coded-literal"_s, u"dependency-manifest"_s};
const QString kVllmWeek = QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/vllm-project__vllm/2026-03-23_2026-03-29"_s;
const UtcOffset kZone8(8 * 3600);

WeekData loadWeek(WeekSource &source, const RepoRef &ref, IsoWeek week, UtcOffset zone)
{
    QSignalSpy finished(&source, &WeekSource::finished);
    QSignalSpy failed(&source, &WeekSource::failed);
    source.load(ref, week, zone);
    if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 60000) || finished.isEmpty())
        return {};
    return finished.first().first().value<WeekData>();
}

WeekData loadWeekPatches(WeekSource &source, WeekData week, QList<LedgerEntry> *ledger = nullptr)
{
    QSignalSpy loaded(&source, &WeekSource::weekPatchesLoaded);
    QSignalSpy finished(&source, &WeekSource::weekPatchesFinished);
    source.loadWeekPatches(week.repo, week.pulls);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 120000))
        return {};
    for (const QList<QVariant> &args : std::as_const(loaded))
        week.applyPatches(args.first().value<PullPatches>());
    if (ledger)
        *ledger = finished.first().first().value<QList<LedgerEntry>>();
    return week;
}

/// "rule #N file:line text" for every patch-rule finding of the PRs in @p numbers.
QStringList patchFindings(const WeekAnalysis &a, const QSet<int> &numbers)
{
    QStringList out;
    for (const PrAnalysis &p : a.pulls) {
        for (const RiskFinding &f : p.findings) {
            if (!kPatchRules.contains(f.ruleId) || !numbers.contains(f.prNumber))
                continue;
            for (const Evidence &e : f.evidence)
                out << u"%1 #%2 %3:%4 %5"_s.arg(f.ruleId).arg(f.prNumber).arg(e.file).arg(e.line).arg(e.text);
        }
    }
    out.sort();
    return out;
}

/// A file's content before and after a PR, rebuilt from its patch: the hunks' lines at their line numbers and
/// numbered filler lines in between (the same on both sides), so that `git diff` gives the same hunks again.
struct Images {
    QByteArray before;
    QByteArray after;
};

std::optional<Images> imagesOf(const QString &patch)
{
    static const QRegularExpression header(u"^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@"_s);
    QStringList before;
    QStringList after;
    bool beforeEndsWithNewline = true;
    bool afterEndsWithNewline = true;
    char last = ' ';
    int filler = 0;
    const QStringList lines = patch.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"@@"_s)) {
            const QRegularExpressionMatch m = header.match(line);
            if (!m.hasMatch())
                return std::nullopt;
            const int oldStart = m.captured(1).toInt();
            if (before.size() > oldStart - 1 && oldStart > 0)
                return std::nullopt;
            while (before.size() < oldStart - 1) {
                const QString fill = u"filler line %1"_s.arg(++filler);
                before << fill;
                after << fill;
            }
            continue;
        }
        if (line.startsWith(u"\\"_s)) {
            if (last != '+')
                beforeEndsWithNewline = false;
            if (last != '-')
                afterEndsWithNewline = false;
            continue;
        }
        last = line.isEmpty() ? ' ' : char(line.at(0).unicode());
        const QString text = line.mid(1);
        if (last == ' ' || last == '-')
            before << text;
        if (last == ' ' || last == '+')
            after << text;
    }
    const auto join = [](const QStringList &l, bool newline) {
        QByteArray out = l.join(u'\n').toUtf8();
        if (!l.isEmpty() && newline)
            out += '\n';
        return out;
    };
    return Images {join(before, beforeEndsWithNewline), join(after, afterEndsWithNewline)};
}

/// PRs of the dataset whose text files all have their whole patch (no rename, no binary), none sharing a path
/// with another, with the rebuilt images of their files.
QList<std::pair<PullRequest, QList<Images>>> rebuildablePulls(const QList<PullRequest> &pulls)
{
    QList<std::pair<PullRequest, QList<Images>>> out;
    QSet<QString> paths;
    for (const PullRequest &pr : pulls) {
        bool usable = !pr.files.isEmpty() && pr.files.size() == pr.changedFiles;
        QList<Images> images;
        for (const FileChange &f : pr.files) {
            usable = usable && !f.binary && f.hasPatch && !f.patchTruncated && !paths.contains(f.path)
                && (f.status == FileChange::Status::Added || f.status == FileChange::Status::Modified
                    || f.status == FileChange::Status::Removed);
            if (!usable)
                break;
            const std::optional<Images> i = imagesOf(f.patch);
            usable = i.has_value();
            if (usable)
                images.append(*i);
        }
        if (!usable)
            continue;
        for (const FileChange &f : pr.files)
            paths.insert(f.path);
        out.append({pr, images});
    }
    return out;
}

} // namespace

class TestGitWeekPatches : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<WeekData>();
        qRegisterMetaType<LoadError>();
        qRegisterMetaType<PullPatches>();
        qRegisterMetaType<QList<LedgerEntry>>();
        QVERIFY(m_dir.isValid());
        m_fixture = m_dir.filePath(u"fixture"_s);
        buildFixture(m_fixture);
        // A mode change beside an edit, in the same week.
        GitTestRepo r(m_fixture);
        r.write(u"run.sh"_s, "#!/bin/sh\necho hi\n");
        r.commit(u"Add script (#13)"_s, u"2026-04-03T01:00:00Z"_s, kBob);
        QFile::setPermissions(QDir(m_fixture).filePath(u"run.sh"_s),
            QFile::permissions(QDir(m_fixture).filePath(u"run.sh"_s)) | QFileDevice::ExeOwner);
        r.write(u"src/a.cpp"_s, "A1\nA2\n" + GitTestRepo::lines(u"a"_s, 3, 11));
        r.commit(u"Make it executable (#14)"_s, u"2026-04-03T02:00:00Z"_s, kBob);
    }

    void inPassEqualsOnDemand_data()
    {
        QTest::addColumn<int>("parallel");
        QTest::addRow("one git log") << 1;
        QTest::addRow("parts") << 4;
    }

    void inPassEqualsOnDemand()
    {
        // Renames, a path with a space, a UTF-8 path, a merge commit, a removal, a binary file, a mode change:
        // the patches read with the week are those a PR's own `git diff` gives.
        QFETCH(int, parallel);
        const RepoRef ref = RepoRef::localGit(m_fixture);
        GitSource withPatches;
        withPatches.setMaxParallelLogs(parallel);
        withPatches.setPatchesWithWeek(true);
        const WeekData week = loadWeek(withPatches, ref, IsoWeek(2026, 14), kZone8);
        GitSource plain;
        const WeekData bare = loadWeek(plain, ref, IsoWeek(2026, 14), kZone8);
        QCOMPARE(week.pulls.size(), bare.pulls.size());
        QVERIFY(week.pulls.size() >= 5);
        QCOMPARE(week.pullsWithoutPatches(), 0);
        QCOMPARE(bare.pullsWithoutPatches(), int(bare.pulls.size()));
        for (const PullRequest &pr : bare.pulls) {
            QSignalSpy loaded(&plain, &WeekSource::patchesLoaded);
            plain.loadPatches(ref, pr);
            QVERIFY(loaded.wait(30000));
            const auto expected = loaded.first().at(1).value<QList<FileChange>>();
            QCOMPARE(week.find(pr.number)->files, expected);
        }
        const PullRequest *mode = week.find(14);
        QVERIFY(mode);
        QCOMPARE(mode->files.size(), 2);
        for (const FileChange &f : mode->files) {
            if (f.path == u"run.sh")
                QVERIFY(!f.hasPatch); // a mode change alone has no hunk
            else
                QVERIFY(f.patch.contains(u"+A2"_s));
        }
        // Phase two has nothing left to read.
        QList<LedgerEntry> ledger {{}};
        const WeekData after = loadWeekPatches(withPatches, week, &ledger);
        QCOMPARE(after.pulls, week.pulls);
        QVERIFY(ledger.isEmpty());
    }

    void secondPhaseReadsWhatTheWeekLacks()
    {
        const RepoRef ref = RepoRef::localGit(m_fixture);
        GitSource source;
        const WeekData week = loadWeek(source, ref, IsoWeek(2026, 14), kZone8);
        QCOMPARE(week.pullsWithoutPatches(), int(week.pulls.size()));
        QSignalSpy progress(&source, &WeekSource::progress);
        const WeekData full = loadWeekPatches(source, week);
        QCOMPARE(full.pullsWithoutPatches(), 0);
        GitSource inPass;
        inPass.setPatchesWithWeek(true);
        QCOMPARE(full.pulls, loadWeek(inPass, ref, IsoWeek(2026, 14), kZone8).pulls);
        QVERIFY(!progress.isEmpty());
    }

    void weekPatchesAreWrittenToAPrivateFile()
    {
        // git writes the week's patches to a file in a private folder (no pipe), gone once they are read.
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const TemporaryFolderOverride tmpdir(temp.path());
        const QString log = m_dir.filePath(u"git-args.log"_s);
        const QString wrapper = m_dir.filePath(u"git-recording"_s);
        QFile f(wrapper);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + log.toUtf8() + "'\nexec '"
            + QStandardPaths::findExecutable(u"git"_s).toUtf8() + "' \"$@\"\n");
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);

        const RepoRef ref = RepoRef::localGit(m_fixture);
        GitSource source;
        source.setGitProgram(wrapper);
        const WeekData week = loadWeek(source, ref, IsoWeek(2026, 14), kZone8);
        QVERIFY(!week.pulls.isEmpty());
        QList<LedgerEntry> ledger;
        const WeekData full = loadWeekPatches(source, week, &ledger);
        QCOMPARE(full.pullsWithoutPatches(), 0);
        QCOMPARE(ledger, QList<LedgerEntry>());

        QFile args(log);
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QByteArray recorded = args.readAll();
        const QRegularExpression output(u"--output=(\\S+/prlens-git-[^/\\s]+/week-patches) "_s);
        const QRegularExpressionMatch m = output.match(QString::fromUtf8(recorded));
        QVERIFY2(m.hasMatch(), recorded.constData());
        QVERIFY(m.captured(1).startsWith(temp.path()));
        QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void capsPerFile()
    {
        GitTestRepo r(m_dir.filePath(u"large"_s));
        r.init();
        r.write(u"seed.txt"_s, "seed\n");
        r.commit(u"Seed"_s, u"2026-03-30T08:00:00Z"_s, kBob);
        r.write(u"big.txt"_s, GitTestRepo::lines(u"line "_s, 1, 20005));
        r.write(u"wide.txt"_s, QByteArray(600 * 1024, 'x') + '\n');
        r.write(u"small.txt"_s, "small\n");
        r.commit(u"Big files (#20)"_s, u"2026-03-31T08:00:00Z"_s, kBob);
        GitSource source;
        source.setPatchesWithWeek(true);
        const WeekData data = loadWeek(source, RepoRef::localGit(r.path()), IsoWeek(2026, 14), UtcOffset(0));
        const PullRequest *pr = data.find(20);
        QVERIFY(pr);
        QVERIFY(pr->patchesLoaded);
        QCOMPARE(pr->additions, 20007); // figures count the whole diff, not the cut patch
        for (const FileChange &f : pr->files) {
            QVERIFY(f.hasPatch);
            QCOMPARE(f.patchTruncated, f.path != u"small.txt");
            QVERIFY(f.patch.size() <= GitPatchSplitter::kMaxPatchBytes);
        }
    }

    void sameFindingsAsGitHub()
    {
        // A clone rebuilt from the week's PRs (their files' lines around the hunks are filler): each PR's squash
        // commit gets the dataset's patch again, so git and GitHub must agree on every patch-rule finding of them.
        if (!QFileInfo::exists(kVllmWeek + u"/pulls.json"_s))
            QSKIP("the shared vLLM dataset is not present next to the repository");
        QList<PullRequest> all;
        QString error;
        QVERIFY2(DatasetReader::read(kVllmWeek + u"/pulls.json"_s, &all, &error), qPrintable(error));
        const WeekRange range = WeekRange::of(IsoWeek(2026, 13), kZone8);
        all.erase(
            std::remove_if(all.begin(), all.end(), [&](const PullRequest &pr) { return !range.contains(pr.mergedAt); }),
            all.end());
        std::sort(
            all.begin(), all.end(), [](const PullRequest &a, const PullRequest &b) { return a.mergedAt < b.mergedAt; });
        const auto chosen = rebuildablePulls(all);
        QVERIFY2(chosen.size() >= 50, qPrintable(QString::number(chosen.size())));
        GitTestRepo r(m_dir.filePath(u"vllm"_s));
        r.init();
        r.write(u".seed"_s, "seed\n");
        for (const auto &[pr, images] : chosen) {
            for (qsizetype i = 0; i < pr.files.size(); ++i)
                if (pr.files.at(i).status != FileChange::Status::Added)
                    r.write(pr.files.at(i).path, images.at(i).before);
        }
        r.commit(u"Base"_s, u"2026-03-01T00:00:00Z"_s, kBob);
        QSet<int> numbers;
        for (const auto &[pr, images] : chosen) {
            for (qsizetype i = 0; i < pr.files.size(); ++i) {
                if (pr.files.at(i).status == FileChange::Status::Removed)
                    QFile::remove(QDir(r.path()).filePath(pr.files.at(i).path));
                else
                    r.write(pr.files.at(i).path, images.at(i).after);
            }
            r.commit(u"%1 (#%2)"_s.arg(pr.title).arg(pr.number), pr.mergedAt.toUTC().toString(Qt::ISODate),
                u"%1 <%1@users.noreply.github.com>"_s.arg(pr.author));
            numbers.insert(pr.number);
        }
        GitSource git;
        git.setPatchesWithWeek(true);
        const WeekData fromGit = loadWeek(git, RepoRef::localGit(r.path()), IsoWeek(2026, 13), kZone8);
        QCOMPARE(fromGit.pulls.size(), chosen.size());
        QCOMPARE(fromGit.pullsWithoutPatches(), 0);

        FakeGitHubServer server;
        QVERIFY2(server.addDataset(kVllmWeek, &error), qPrintable(error));
        QVERIFY(server.listen() != 0);
        GitHubSource github;
        github.setApiUrl(server.baseUrl());
        github.setToken(u"test-token"_s); // GitHub's GraphQL API answers only signed-in requests
        const WeekData week = loadWeek(github, RepoRef::parseGitHub(u"vllm-project/vllm"_s), IsoWeek(2026, 13), kZone8);
        QVERIFY(!week.pulls.isEmpty());
        const WeekData fromGitHub = loadWeekPatches(github, week);
        QCOMPARE(fromGitHub.pullsWithoutPatches(), 0);

        const WeekAnalysis a = analyzeWeek(fromGit, {}, AnalysisConfig());
        const WeekAnalysis b = analyzeWeek(fromGitHub, {}, AnalysisConfig());
        const QStringList gitFindings = patchFindings(a, numbers);
        QCOMPARE(gitFindings, patchFindings(b, numbers));
        QVERIFY(!gitFindings.isEmpty());
        for (const QString &rule : kPatchRules)
            QVERIFY2(a.risk(rule)->notEvaluatedPrs.isEmpty(), qPrintable(rule));
    }
};

QTEST_GUILESS_MAIN(TestGitWeekPatches)
#include "tst_gitweekpatches.moc"
