// SPDX-License-Identifier: MIT
// The same week read two ways must give the same figures: GitSource over a real repository, and GitHubSource over
// the loopback GitHub server serving a dataset extracted from that repository in the shared pulls.json shape
// (one git diff per pull request, as the shared datasets were made).
#include "fakegithubserver.h"
#include "gitcommitclassifier.h"
#include "githubsource.h"
#include "gitsource.h"
#include "gittestrepo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

const IsoWeek kWeek(2026, 14);
const UtcOffset kZone(8 * 3600);

QString restStatus(QChar letter)
{
    switch (letter.unicode()) {
    case u'A':
        return u"added"_s;
    case u'D':
        return u"removed"_s;
    case u'R':
        return u"renamed"_s;
    case u'C':
        return u"copied"_s;
    case u'T':
        return u"changed"_s;
    default:
        return u"modified"_s;
    }
}

// The part of `git diff` output for one file, from its first "@@", without the final newline.
QString hunksOf(const QByteArray &diff)
{
    const qsizetype at = diff.startsWith("@@") ? 0 : diff.indexOf("\n@@");
    if (at < 0)
        return {};
    QByteArray text = diff.mid(at == 0 ? 0 : at + 1);
    if (text.endsWith('\n'))
        text.chop(1);
    return QString::fromUtf8(text);
}

// pulls.json-shaped objects for the pull requests merged in the week, extracted from @p repo.
QJsonArray extractPulls(const GitTestRepo &repo, const WeekRange &range)
{
    QJsonArray pulls;
    const QList<QByteArray> records
        = repo.git({u"log"_s, u"--first-parent"_s, u"-z"_s, u"--format=%H%x1f%P%x1f%ct%x1f%an%x1f%ae%x1f%B"_s})
              .split('\0');
    for (const QByteArray &record : records) {
        const QList<QByteArray> f = record.split('\x1f');
        if (f.size() < 6)
            continue;
        const QDateTime merged = QDateTime::fromSecsSinceEpoch(f.at(2).toLongLong(), QTimeZone::UTC);
        if (!range.contains(merged))
            continue;
        const auto id = GitCommitClassifier::identify(QString::fromUtf8(f.at(5)));
        if (id.number == 0)
            continue;
        const QString sha = QString::fromLatin1(f.at(0));
        const QStringList parents = QString::fromLatin1(f.at(1)).split(u' ');
        const QString parent = parents.first();
        QString authorName = QString::fromUtf8(f.at(3));
        QString authorEmail = QString::fromUtf8(f.at(4));
        if (id.isMergeCommit) {
            const QList<QByteArray> a
                = repo.git({u"log"_s, u"-1"_s, u"--format=%an%x1f%ae"_s, parents.at(1)}).trimmed().split('\x1f');
            authorName = QString::fromUtf8(a.at(0));
            authorEmail = QString::fromUtf8(a.at(1));
        }
        const QList<QByteArray> raw = repo.git({u"diff"_s, u"-M"_s, u"-z"_s, u"--raw"_s, parent, sha}).split('\0');
        const QList<QByteArray> numstat
            = repo.git({u"diff"_s, u"-M"_s, u"-z"_s, u"--numstat"_s, parent, sha}).split('\0');
        QJsonArray files;
        int additions = 0;
        int deletions = 0;
        qsizetype n = 0;
        for (qsizetype i = 0; i + 1 < raw.size(); ++i) {
            if (!raw.at(i).startsWith(':'))
                continue;
            const QChar letter = QChar::fromLatin1(raw.at(i).split(' ').last().at(0));
            const bool twoPaths = letter == u'R' || letter == u'C';
            const QString first = QString::fromUtf8(raw.at(i + 1));
            const QString path = twoPaths ? QString::fromUtf8(raw.at(i + 2)) : first;
            // numstat: "A\tD\tPATH" or "A\tD\t" + OLD + NEW.
            const QList<QByteArray> counts = numstat.at(n).split('\t');
            n += counts.at(2).isEmpty() ? 3 : 1;
            const bool binary = counts.at(0) == "-";
            const int add = binary ? 0 : counts.at(0).toInt();
            const int del = binary ? 0 : counts.at(1).toInt();
            QJsonObject file {{"filename"_L1, path}, {"status"_L1, restStatus(letter)}, {"additions"_L1, add},
                {"deletions"_L1, del}, {"changes"_L1, add + del}};
            if (twoPaths)
                file.insert("previous_filename"_L1, first);
            QStringList diffArgs {u"diff"_s, u"-M"_s, u"--no-color"_s, parent, sha, u"--"_s, path};
            if (twoPaths)
                diffArgs << first;
            const QString hunks = hunksOf(repo.git(diffArgs));
            if (binary)
                file.insert("binary"_L1, true);
            else if (!hunks.isEmpty())
                file.insert("patch"_L1, hunks);
            files.append(file);
            additions += add;
            deletions += del;
            i += twoPaths ? 2 : 1;
        }
        const QString when = merged.toString(Qt::ISODate);
        pulls.append(QJsonObject {{"number"_L1, id.number}, {"title"_L1, id.title},
            {"body"_L1, id.body.isEmpty() ? QJsonValue() : QJsonValue(id.body)},
            {"user"_L1, QJsonObject {{"login"_L1, GitCommitClassifier::authorLogin(authorName, authorEmail)}}},
            {"html_url"_L1, u"https://github.com/acme/widgets/pull/%1"_s.arg(id.number)}, {"state"_L1, "closed"_L1},
            {"merged"_L1, true}, {"created_at"_L1, QJsonValue()}, {"updated_at"_L1, when}, {"closed_at"_L1, when},
            {"merged_at"_L1, when}, {"labels"_L1, QJsonArray()},
            {"base"_L1, QJsonObject {{"ref"_L1, "main"_L1}, {"sha"_L1, parent}}}, {"merge_commit_sha"_L1, sha},
            {"additions"_L1, additions}, {"deletions"_L1, deletions}, {"changed_files"_L1, files.size()},
            {"files"_L1, files}});
    }
    return pulls;
}

WeekData load(WeekSource &source, const RepoRef &repo)
{
    QSignalSpy finished(&source, &WeekSource::finished);
    QSignalSpy failed(&source, &WeekSource::failed);
    source.load(repo, kWeek, kZone);
    if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 60000) || finished.isEmpty()) {
        qWarning("load failed: %s",
            failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().value<LoadError>().message));
        return {};
    }
    return finished.first().first().value<WeekData>();
}

QList<FileChange> patchesOf(WeekSource &source, const RepoRef &repo, const PullRequest &pr)
{
    QSignalSpy loaded(&source, &WeekSource::patchesLoaded);
    source.loadPatches(repo, pr);
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 60000))
        return {};
    return loaded.first().at(1).value<QList<FileChange>>();
}

QStringList describe(const QList<FileChange> &files)
{
    QStringList out;
    for (const FileChange &f : files)
        out << u"%1 %2<%3 +%4 -%5%6"_s.arg(FileChange::statusToRest(f.status), f.path, f.previousPath)
                   .arg(f.additions)
                   .arg(f.deletions)
                   .arg(f.binary ? u" bin"_s : QString());
    out.sort();
    return out;
}

} // namespace

class TestGitGitHubAgreement : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeGitHubServer m_server;
    GitSource m_git;
    GitHubSource m_github;
    WeekData m_fromGit;
    WeekData m_fromGitHub;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<WeekData>();
        qRegisterMetaType<LoadError>();
        qRegisterMetaType<QList<FileChange>>();
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"fixture"_s);
        buildFixture(path);
        const QJsonArray pulls = extractPulls(GitTestRepo(path), WeekRange::of(kWeek, kZone));
        QCOMPARE(pulls.size(), 4);
        m_server.addPulls(u"acme"_s, u"widgets"_s, pulls);
        QVERIFY(m_server.listen() != 0);
        m_github.setApiUrl(m_server.baseUrl());
        m_github.setToken(u"test-token"_s);
        m_fromGit = load(m_git, RepoRef::localGit(path));
        m_fromGitHub = load(m_github, RepoRef::parseGitHub(u"acme/widgets"_s));
    }

    void sameWeek()
    {
        QStringList gitNumbers;
        QStringList githubNumbers;
        for (const PullRequest &pr : std::as_const(m_fromGit.pulls))
            gitNumbers << QString::number(pr.number);
        for (const PullRequest &pr : std::as_const(m_fromGitHub.pulls))
            githubNumbers << QString::number(pr.number);
        QCOMPARE(gitNumbers, (QStringList {u"7"_s, u"12"_s, u"6"_s, u"5"_s}));
        QCOMPARE(githubNumbers, gitNumbers);
    }

    void samePull_data()
    {
        QTest::addColumn<int>("number");
        QTest::addRow("squash with a UTF-8 path, at the week's first second") << 5;
        QTest::addRow("rename with an edit") << 6;
        QTest::addRow("merge commit") << 12;
        QTest::addRow("binary change and a removal") << 7;
    }
    void samePull()
    {
        QFETCH(int, number);
        const PullRequest *g = m_fromGit.find(number);
        const PullRequest *h = m_fromGitHub.find(number);
        QVERIFY(g);
        QVERIFY(h);
        QCOMPARE(g->title, h->title);
        QCOMPARE(g->body, h->body);
        QCOMPARE(g->author, h->author);
        QCOMPARE(g->mergedAt, h->mergedAt);
        QCOMPARE(g->additions, h->additions);
        QCOMPARE(g->deletions, h->deletions);
        QCOMPARE(g->changedFiles, h->changedFiles);
        QCOMPARE(g->files.size(), h->files.size());

        const QList<FileChange> gitFiles = patchesOf(m_git, m_fromGit.repo, *g);
        const QList<FileChange> githubFiles = patchesOf(m_github, m_fromGitHub.repo, *h);
        QCOMPARE(describe(gitFiles), describe(githubFiles));
        for (const FileChange &f : gitFiles) {
            const auto other = std::find_if(
                githubFiles.cbegin(), githubFiles.cend(), [&](const FileChange &x) { return x.path == f.path; });
            QVERIFY(other != githubFiles.cend());
            QCOMPARE(f.hasPatch, other->hasPatch);
            QCOMPARE(f.patch, other->patch);
        }
    }
};

QTEST_GUILESS_MAIN(TestGitGitHubAgreement)
#include "tst_gitgithubagreement.moc"
