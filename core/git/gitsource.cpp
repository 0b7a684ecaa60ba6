// SPDX-License-Identifier: MIT
#include "gitsource.h"

#include "gitcommitclassifier.h"
#include "gitprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace PrLens {

struct GitSource::LoadJob {
    RepoRef repo;
    IsoWeek week;
    UtcOffset zone;
    WeekRange range;
    bool isRange = false; ///< loadRange(): range spans several weeks, the result is rangeFinished()
    QString gitDir;
    QString commonDir;
    bool shallow = false;
    bool remoteRead = false; ///< the remote URL query (run beside the commits) is done
    bool finishAfterRemote = false;
    bool authorsRead = false; ///< the authors of merged second parents (read beside the commits) are in
    QList<QList<GitCommit>> parts; ///< the commits of each `git log` run, in the order of the listing
    std::unique_ptr<QTemporaryDir> scratch; ///< where the runs write the commits, or null (they use pipes)
    qsizetype partsPending = 0;
    bool branchGiven = false;
    QStringList candidates;
    qsizetype candidateIndex = 0;
    QString tip;
    bool patches = false; ///< read every commit's patch with its file list (patchesWithWeek())
    GitCommitClassifier::BranchContext context;
    QList<GitCommit> commits; ///< inside the week, newest first
    QHash<QString, std::pair<QString, QString>> authorOf; ///< second parent → (name, email)
};

namespace {

QString shortBranchName(QString name)
{
    name = name.trimmed();
    for (const auto &prefix : {u"refs/heads/"_s, u"refs/remotes/origin/"_s, u"origin/"_s}) {
        if (name.startsWith(prefix))
            return name.sliced(prefix.size());
    }
    return name == u"HEAD" ? QString() : name;
}

} // namespace

QString GitSource::cacheKey(const RepoRef &repo, const QString &sha)
{
    return repo.gitPath + u'\n' + sha;
}

QStringList GitSource::branchCandidates(const QString &branch)
{
    if (branch.isEmpty())
        return {u"refs/remotes/origin/HEAD"_s, u"HEAD"_s};
    QStringList c {branch};
    if (!branch.startsWith(u"refs/"_s) && !branch.startsWith(u"origin/"_s))
        c.append(u"refs/remotes/origin/"_s + branch);
    return c;
}

GitSource::GitSource(QObject *parent)
    : WeekSource(parent)
    , m_program(GitProcess::defaultProgram())
    , m_maxParallelLogs(std::clamp(QThread::idealThreadCount(), 1, kMaxParallelLogs))
{
}

GitSource::~GitSource()
{
    m_load.cancel();
    m_patchReads.cancel();
    const auto processes = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *p : processes) {
        p->disconnect();
        p->kill();
    }
    // Killed processes end at once; reaping them here spares QProcess's warning about deleting a running one.
    for (QProcess *p : processes)
        p->waitForFinished(1000);
    qDeleteAll(processes);
}

void GitSource::setGitProgram(const QString &program)
{
    m_program = program;
}

void GitSource::setMaxParallelLogs(int count)
{
    m_maxParallelLogs = std::max(1, count);
}

void GitSource::load(const RepoRef &repo, IsoWeek week, UtcOffset zone)
{
    // A new load replaces the one under way without reporting it.
    m_load.start();
    killLoadProcesses();
    m_job = std::make_unique<LoadJob>();
    m_job->repo = repo;
    m_job->week = week;
    m_job->zone = zone;
    m_job->range = WeekRange::of(week, zone);
    m_job->patches = patchesWithWeek();
    m_job->branchGiven = !repo.branch.isEmpty();
    m_job->candidates = branchCandidates(repo.branch);

    const auto failSoon = [this](LoadError::Kind kind, const QString &message) {
        m_load.later([this, kind, message] { fail(kind, message); });
    };
    if (m_program.isEmpty() || !QFileInfo(m_program).isExecutable()) {
        failSoon(LoadError::Kind::ToolMissing,
            tr("The git program was not found. Install git and make sure it is on the PATH."));
        return;
    }
    if (repo.kind != RepoRef::Kind::LocalGit || !QFileInfo(repo.gitPath).isDir()) {
        failSoon(LoadError::Kind::NotARepository,
            tr("There is no folder at %1. Choose the folder of a git clone.").arg(repo.gitPath));
        return;
    }
    if (!week.isValid()) {
        failSoon(
            LoadError::Kind::BadInput, tr("The week %1 does not exist. Choose a valid ISO week.").arg(week.toString()));
        return;
    }
    if (repo.branch.startsWith(u'-')) {
        failSoon(LoadError::Kind::NotFound,
            tr("There is no branch “%1” in %2. List the branches with “git branch -a”.")
                .arg(repo.branch, repo.gitPath));
        return;
    }
    Q_EMIT progress(0, 0, tr("Reading the git history of %1…").arg(repo.displayName()));
    probe();
}

void GitSource::loadRange(const RepoRef &repo, IsoWeek first, IsoWeek last, UtcOffset zone)
{
    load(repo, first, zone);
    if (!m_job || last < first)
        return; // failing soon, or an empty range: the first week alone
    m_job->isRange = true;
    m_job->range.end = WeekRange::of(last, zone).end;
}

void GitSource::killLoadProcesses()
{
    for (const QPointer<QProcess> &p : std::as_const(m_loadProcesses)) {
        if (p)
            p->kill();
    }
    m_loadProcesses.clear();
}

void GitSource::runStep(const QStringList &args, StepDone done, const QByteArray &input)
{
    m_loadProcesses.removeAll(nullptr);
    m_loadProcesses.append(GitProcess::start(this, m_program, m_job->repo.gitPath, args,
        m_load.guard([this, done = std::move(done)](const GitProcess::Result &r) {
            if (m_job)
                done(r);
        }),
        input));
}

void GitSource::fail(LoadError::Kind kind, const QString &message)
{
    m_load.cancel();
    killLoadProcesses();
    m_job.reset();
    Q_EMIT failed(LoadError {kind, message});
}

bool GitSource::failOnGitError(const GitProcess::Result &r)
{
    if (r.ok())
        return false;
    const QString path = m_job->repo.gitPath;
    if (!r.started) {
        fail(LoadError::Kind::ToolMissing,
            tr("The git program (%1) could not be started. Install git or check its path.").arg(m_program));
    } else if (r.crashed) {
        fail(LoadError::Kind::Io, tr("git stopped unexpectedly while reading %1. Try again.").arg(path));
    } else if (r.err.contains("not a git repository")) {
        fail(LoadError::Kind::NotARepository,
            tr("%1 is not a git repository. Choose the folder of a git clone.").arg(path));
    } else if (r.err.contains("dubious ownership")) {
        fail(LoadError::Kind::NotARepository,
            tr("git refuses to read %1 because another user owns it. Trust it with "
               "“git config --global --add safe.directory %1”.")
                .arg(path));
    } else {
        fail(LoadError::Kind::Io, tr("git could not read %1: %2").arg(path, r.firstErrorLine()));
    }
    return true;
}

void GitSource::probe()
{
    // The folder of an ordinary clone holds its git directory: found without a git run. Anything else (a linked
    // work tree, a bare repository, a folder inside a work tree) is left to git. A .git that git would not use
    // after all (damaged, another user's) fails the listing with git's own words.
    const QString dotGit = QDir(m_job->repo.gitPath).absoluteFilePath(u".git"_s);
    if (QFileInfo(dotGit).isDir() && QFileInfo(dotGit + u"/HEAD"_s).isFile()
        && QFileInfo(dotGit + u"/objects"_s).isDir() && !QFileInfo::exists(dotGit + u"/commondir"_s)) {
        // git counts a repository as shallow as soon as its shallow file exists.
        m_load.later([this, dotGit, shallow = QFileInfo::exists(dotGit + u"/shallow"_s)] {
            if (m_job)
                located(dotGit, dotGit, shallow);
        });
        return;
    }
    runStep({u"rev-parse"_s, u"--path-format=absolute"_s, u"--git-dir"_s, u"--git-common-dir"_s,
                u"--is-shallow-repository"_s},
        std::bind_front(&GitSource::onProbed, this));
}

void GitSource::onProbed(const GitProcess::Result &r)
{
    if (failOnGitError(r))
        return;
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    located(QString::fromUtf8(lines.value(0)).trimmed(), QString::fromUtf8(lines.value(1)).trimmed(),
        lines.value(2).trimmed() == "true");
}

void GitSource::located(const QString &gitDir, const QString &commonDir, bool shallow)
{
    m_job->gitDir = gitDir;
    m_job->commonDir = commonDir;
    m_job->shallow = shallow;
    if (!m_job->branchGiven) {
        // Symbolic refs are plain files ("ref: refs/remotes/origin/main"); reading them saves a git run per
        // load. When they cannot be read (e.g. another ref storage), both candidates are tried with git.
        const auto symref = [](const QString &file) {
            QFile f(file);
            const QByteArray text = f.open(QIODevice::ReadOnly) ? f.readLine().trimmed() : QByteArray();
            return text.startsWith("ref: refs/") ? QString::fromUtf8(text.sliced(5)) : QString();
        };
        const QString originHead = symref(QDir(m_job->commonDir).filePath(u"refs/remotes/origin/HEAD"_s));
        const QString head = symref(QDir(m_job->gitDir).filePath(u"HEAD"_s));
        if (!originHead.isEmpty()) {
            m_job->candidates = {u"refs/remotes/origin/HEAD"_s};
            m_job->context.baseRef = shortBranchName(originHead);
        } else if (!head.isEmpty() && !head.endsWith(u"/.invalid"_s)) {
            m_job->candidates = {u"HEAD"_s};
            m_job->context.baseRef = shortBranchName(head);
        }
    } else {
        m_job->context.baseRef = shortBranchName(m_job->repo.branch);
    }
    // The listing first: it leads to the commits, while the remote URL is needed only at the end. A git that
    // cannot start fails the load at once, and then there is nothing more to ask.
    listWeek();
    if (m_job)
        readRemoteUrl();
}

void GitSource::readRemoteUrl()
{
    // The remote URL is read beside the commits; finishLoad() waits for it.
    runStep({u"config"_s, u"--get"_s, u"remote.origin.url"_s}, [this](const GitProcess::Result &r) {
        if (r.ok())
            m_job->context.webBase = GitCommitClassifier::webBaseFromRemote(QString::fromUtf8(r.out));
        m_job->remoteRead = true;
        if (m_job->finishAfterRemote)
            finishLoad();
    });
}

void GitSource::listWeek()
{
    if (m_job->candidateIndex >= m_job->candidates.size()) {
        if (m_job->branchGiven) {
            fail(LoadError::Kind::NotFound,
                tr("There is no branch “%1” in %2. List the branches with “git branch -a”.")
                    .arg(m_job->repo.branch, m_job->repo.gitPath));
        } else {
            finishLoad(); // a repository without any commit: an empty week
        }
        return;
    }
    m_job->tip = m_job->candidates.at(m_job->candidateIndex);
    const qint64 since = m_job->range.start.toSecsSinceEpoch() - kClockSkewSlackSecs;
    const qint64 until = m_job->range.end.toSecsSinceEpoch();
    runStep(GitLogParser::listArguments(m_job->tip, since, until), std::bind_front(&GitSource::onWeekListed, this));
}

void GitSource::onWeekListed(const GitProcess::Result &r)
{
    if (r.started && !r.crashed && r.exitCode != 0 && r.err.contains("bad revision")) {
        ++m_job->candidateIndex; // no such branch (or no commit yet): try the next candidate
        listWeek();
        return;
    }
    if (failOnGitError(r))
        return;
    const QList<ListedCommit> listed = GitLogParser::parseList(r.out);
    if (listed.isEmpty()) {
        keepWeek({});
        return;
    }
    readCommits(listed); // first: reading the commits takes longest
    if (m_job)
        readAuthors(listed);
}

void GitSource::readAuthors(const QList<ListedCommit> &listed)
{
    // Read beside the commits for every merge listed, as the classifier only tells later which merges are pull
    // requests. A second parent missing from the clone is skipped and leaves the merger as the author.
    QByteArray secondParents;
    for (const ListedCommit &c : listed) {
        if (c.parents.size() >= 2)
            secondParents += c.parents.at(1) + '\n';
    }
    if (secondParents.isEmpty()) {
        m_job->authorsRead = true;
        return;
    }
    runStep({u"log"_s, u"--no-show-signature"_s, u"--ignore-missing"_s, u"--no-walk=unsorted"_s, u"-z"_s,
                u"--encoding=UTF-8"_s, u"--format=%H%x1f%an%x1f%ae"_s, u"--stdin"_s},
        std::bind_front(&GitSource::onAuthorsRead, this), secondParents);
}

void GitSource::onAuthorsRead(const GitProcess::Result &r)
{
    // A failed lookup leaves the mergers as the authors.
    if (r.ok()) {
        const QList<QByteArray> records = r.out.split('\0');
        for (const QByteArray &record : records) {
            const QList<QByteArray> fields = record.trimmed().split('\x1f');
            if (fields.size() == 3)
                m_job->authorOf.insert(QString::fromLatin1(fields.at(0)),
                    {QString::fromUtf8(fields.at(1)), QString::fromUtf8(fields.at(2))});
        }
    }
    m_job->authorsRead = true;
    keepWeekWhenAllRead();
}

void GitSource::readCommits(const QList<ListedCommit> &listed)
{
    // Reading commits is git's zlib and tree diffs on one core: contiguous parts of the listing, each read by its
    // own git at the same time, use the others. Parts put back in order keep git's newest-first order.
    const qsizetype n = listed.size();
    const qsizetype parts = std::clamp<qsizetype>((n + kCommitsPerLog - 1) / kCommitsPerLog, 1, m_maxParallelLogs);
    m_job->parts.resize(parts);
    m_job->partsPending = parts;
    m_job->scratch = scratchFolder();
    // A git that cannot start fails the load at once: the parts after it are not started.
    const JobTracker::Ticket current = m_load.ticket();
    for (qsizetype part = 0; part < parts && current.isCurrent(); ++part) {
        QByteArray shas;
        for (qsizetype i = n * part / parts; i < n * (part + 1) / parts; ++i)
            shas += listed.at(i).sha + '\n';
        const QString file = m_job->scratch ? m_job->scratch->filePath(u"part-%1"_s.arg(part)) : QString();
        runStep(
            GitLogParser::commitArguments(m_job->patches, file),
            [this, part, file](const GitProcess::Result &r) { onCommitPartRead(part, r, file); }, shas);
    }
}

void GitSource::onCommitPartRead(qsizetype part, const GitProcess::Result &r, const QString &file)
{
    if (failOnGitError(r))
        return; // also ends the other parts' runs: no partial week
    // Reading and parsing a busy part takes a while: done on a pool thread, while the other parts are still read.
    m_load.run([out = r.out, file](const JobTracker::Ticket &) { return parseCommits(out, file); },
        [this, part, file](std::optional<QList<GitCommit>> commits) {
            if (!m_job)
                return;
            if (!commits) {
                fail(LoadError::Kind::Io, unreadableOutput(file));
                return;
            }
            m_job->parts[part] = std::move(*commits);
            --m_job->partsPending;
            keepWeekWhenAllRead();
        });
}

std::unique_ptr<QTemporaryDir> GitSource::scratchFolder()
{
    // git writes what it reads to a file rather than through a pipe. A busy week is megabytes and a pipe holds
    // 64 KiB: git would wait for this process's event loop at every 64 KiB, which on a machine with two cores
    // busy with git cost the busiest week of the benchmark about 80 ms. The folder is private (0700); without it,
    // pipes. QDir::tempPath() is empty when TMPDIR names no folder: then no folder, never one in the working folder.
    const QString temp = QDir::tempPath();
    if (!QDir::isAbsolutePath(temp))
        return {};
    auto scratch = std::make_unique<QTemporaryDir>(temp + u"/prlens-git-XXXXXX"_s);
    if (!scratch->isValid())
        return {};
    return scratch;
}

std::optional<QList<GitCommit>> GitSource::parseCommits(const QByteArray &piped, const QString &file)
{
    if (file.isEmpty())
        return GitLogParser::parse(piped);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray written = f.readAll();
    f.remove();
    return GitLogParser::parse(written);
}

QString GitSource::unreadableOutput(const QString &file)
{
    return tr("The commits git read could not be read back from %1. Check that the temporary folder has free "
              "space, then try again.")
        .arg(QDir::toNativeSeparators(file));
}

void GitSource::keepWeekWhenAllRead()
{
    if (m_job->partsPending > 0 || !m_job->authorsRead)
        return;
    QList<GitCommit> all;
    for (QList<GitCommit> &part : m_job->parts)
        all.append(std::move(part));
    m_job->parts.clear();
    keepWeek(all);
}

void GitSource::keepWeek(const QList<GitCommit> &all)
{
    const qint64 start = m_job->range.start.toSecsSinceEpoch();
    const qint64 end = m_job->range.end.toSecsSinceEpoch();
    for (const GitCommit &c : all) {
        m_firstParent.insert(cacheKey(m_job->repo, c.sha), c.parents.value(0));
        if (c.committerTime < start || c.committerTime >= end)
            continue; // [start, end): git's own bounds are inclusive and widened for clock skew
        m_job->commits.append(c);
    }
    const int n = int(m_job->commits.size());
    Q_EMIT progress(n, n, tr("Read %n commit(s) of the week.", nullptr, n));
    if (m_job->shallow)
        checkShallow();
    else
        finishLoad();
}

void GitSource::checkShallow()
{
    runStep({u"log"_s, u"--no-show-signature"_s, u"--first-parent"_s, u"--max-parents=0"_s, u"--format=%H %ct"_s,
                u"--end-of-options"_s, m_job->tip, u"--"_s},
        std::bind_front(&GitSource::onShallowChecked, this));
}

void GitSource::onShallowChecked(const GitProcess::Result &r)
{
    if (failOnGitError(r))
        return;
    QSet<QByteArray> boundary;
    QFile shallowFile(QDir(m_job->gitDir).filePath(u"shallow"_s));
    if (shallowFile.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = shallowFile.readAll().split('\n');
        for (const QByteArray &line : lines)
            boundary.insert(line.trimmed());
    }
    const qint64 start = m_job->range.start.toSecsSinceEpoch();
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2 || !boundary.contains(parts.at(0)))
            continue;
        const qint64 oldest = parts.at(1).toLongLong();
        if (oldest < start)
            continue;
        const QDateTime when
            = QDateTime::fromSecsSinceEpoch(oldest, QTimeZone::fromSecondsAheadOfUtc(m_job->zone.seconds()));
        const QString since = m_job->range.start.toString(u"yyyy-MM-dd"_s);
        fail(LoadError::Kind::NotFound,
            tr("This shallow clone reaches back only to %1, after the start of week %2. Fetch more history "
               "with “git fetch --shallow-since=%3” or choose a later week.")
                .arg(when.toString(u"yyyy-MM-dd HH:mm"_s) + u' ' + m_job->zone.displayName(), m_job->week.toString(),
                    since));
        return;
    }
    finishLoad();
}

void GitSource::finishLoad()
{
    if (!m_job->remoteRead) {
        m_job->finishAfterRemote = true;
        return;
    }
    std::unique_ptr<LoadJob> job = std::move(m_job);
    m_load.finish();
    WeekData data;
    data.repo = job->repo;
    data.week = job->week;
    data.zone = job->zone;
    data.fetchedAt = QDateTime::currentDateTimeUtc();
    for (const GitCommit &c : std::as_const(job->commits)) {
        const auto author
            = c.parents.size() >= 2 ? job->authorOf.value(c.parents.at(1)) : std::pair<QString, QString>();
        PullRequest pr = GitCommitClassifier::toPullRequest(c, job->context, author.first, author.second);
        pr.patchesLoaded = job->patches;
        (pr.isDirectCommit ? data.direct : data.pulls).append(pr);
    }
    const auto newestFirst = [](const PullRequest &a, const PullRequest &b) {
        return a.mergedAt > b.mergedAt;
    };
    std::stable_sort(data.pulls.begin(), data.pulls.end(), newestFirst);
    std::stable_sort(data.direct.begin(), data.direct.end(), newestFirst);
    if (job->isRange)
        Q_EMIT rangeFinished(data);
    else
        Q_EMIT finished(data);
}

void GitSource::cancel()
{
    const bool busy = m_job || !m_patchWaiting.isEmpty() || m_weekPatchesBusy;
    m_weekPatchesBusy = false;
    m_load.cancel();
    m_patchReads.cancel();
    m_job.reset();
    killLoadProcesses();
    for (const QPointer<QProcess> &p : std::as_const(m_patchProcesses)) {
        if (p)
            p->kill();
    }
    m_patchProcesses.clear();
    m_patchWaiting.clear();
    m_weekPatchScratch.reset();
    if (busy)
        Q_EMIT failed(LoadError {LoadError::Kind::Cancelled, tr("Reading the git history was cancelled.")});
}

} // namespace PrLens
