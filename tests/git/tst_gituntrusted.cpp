// SPDX-License-Identifier: MIT
// A clone is untrusted input: its config must not make PR Lens run gpg (log.showSignature with signed commits),
// and git and whatever it starts must not see the user's GitHub tokens.
#include "gitprocess.h"
#include "gitsource.h"
#include "gittestrepo.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

const QStringList kTokenVariables {
    u"GITHUB_TOKEN"_s, u"GH_TOKEN"_s, u"GH_ENTERPRISE_TOKEN"_s, u"GITHUB_ENTERPRISE_TOKEN"_s};

void writeScript(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
}

} // namespace

class TestGitUntrusted : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;
    QString m_marker;

    WeekData loadWeek(GitSource &source, LoadError *error)
    {
        QSignalSpy finished(&source, &WeekSource::finished);
        QSignalSpy failed(&source, &WeekSource::failed);
        source.load(RepoRef::localGit(m_repo), *IsoWeek::parse(u"2026-W14"_s), UtcOffset(0));
        if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 30000))
            return {};
        if (!failed.isEmpty()) {
            *error = failed.first().first().value<LoadError>();
            return {};
        }
        return finished.first().first().value<WeekData>();
    }

    void loadEverything(GitSource &source, const QString &program = {})
    {
        LoadError error;
        const WeekData data = loadWeek(source, &error);
        QCOMPARE(error.message, QString());
        QVERIFY(!data.pulls.isEmpty());
        QSignalSpy patches(&source, &WeekSource::patchesLoaded);
        for (const PullRequest &pr : data.pulls)
            source.loadPatches(data.repo, pr);
        QTRY_COMPARE_WITH_TIMEOUT(patches.size(), int(data.pulls.size()), 30000);
        QVERIFY(GitSource::latestWeekWithCommits(m_repo, {}, UtcOffset(0), program).has_value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<WeekData>();
        qRegisterMetaType<LoadError>();
        qRegisterMetaType<QList<FileChange>>();
        QVERIFY(m_dir.isValid());
        m_repo = m_dir.filePath(u"signed"_s);
        m_marker = m_dir.filePath(u"gpg-ran"_s);
        // A "gpg" that signs anything (so the clone has signed commits) and leaves a marker when asked to verify.
        const QString gpg = m_dir.filePath(u"fake-gpg"_s);
        writeScript(gpg,
            "#!/bin/sh\ncase \"$*\" in\n*--verify*) touch '" + m_marker.toUtf8()
                + "'; echo '[GNUPG:] GOODSIG 0 x'; exit 0;;\n"
                  "*) cat >/dev/null; printf -- '-----BEGIN PGP SIGNATURE-----\\n\\nAAAA\\n-----END PGP "
                  "SIGNATURE-----\\n'; "
                  "echo '[GNUPG:] SIG_CREATED D 1 8 00 1 X' >&2; exit 0;;\nesac\n");
        buildFixture(m_repo);
        GitTestRepo r(m_repo);
        r.git({u"config"_s, u"gpg.program"_s, gpg});
        r.git({u"config"_s, u"user.signingkey"_s, u"X"_s});
        r.git({u"config"_s, u"commit.gpgsign"_s, u"true"_s});
        r.git({u"checkout"_s, u"-q"_s, u"-b"_s, u"signed-topic"_s});
        r.write(u"src/signed.cpp"_s, "signed\n");
        r.commit(u"Signed change"_s, u"2026-04-02T08:00:00Z"_s, GitTestFixture::kCarol);
        r.git({u"checkout"_s, u"-q"_s, u"main"_s});
        r.git({u"merge"_s, u"-q"_s, u"--no-ff"_s, u"signed-topic"_s, u"-m"_s,
                  u"Merge pull request #40 from carol/signed-topic"_s},
            u"2026-04-02T09:00:00Z"_s, GitTestFixture::kMerger);
        r.git({u"config"_s, u"log.showSignature"_s, u"true"_s});
        // The set-up is real: plain git on this clone runs the fake gpg.
        QVERIFY(!QFile::exists(m_marker));
        r.git({u"log"_s, u"-1"_s, u"--format=%H"_s, u"signed-topic"_s});
        QVERIFY2(QFile::exists(m_marker), "plain git log did not verify the signature; the test proves nothing");
        QFile::remove(m_marker);
    }

    void gpgNeverRuns()
    {
        GitSource source;
        loadEverything(source);
        QVERIFY(!QFile::exists(m_marker));
    }

    void tokensStayOutOfGit()
    {
        const QString dumps = m_dir.filePath(u"env"_s);
        QVERIFY(QDir().mkpath(dumps));
        const QString git = QStandardPaths::findExecutable(u"git"_s);
        const QString wrapper = m_dir.filePath(u"git-env"_s);
        writeScript(wrapper, "#!/bin/sh\nenv > '" + dumps.toUtf8() + "/'$$\nexec '" + git.toUtf8() + "' \"$@\"\n");
        for (const QString &v : kTokenVariables)
            qputenv(v.toLatin1().constData(), QByteArray("ghp_must_not_reach_git_" + v.toLatin1()));
        GitSource source;
        source.setGitProgram(wrapper);
        loadEverything(source, wrapper);
        for (const QString &v : kTokenVariables)
            qunsetenv(v.toLatin1().constData());

        const QStringList files = QDir(dumps).entryList(QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString &name : files) {
            QFile f(QDir(dumps).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray env = f.readAll();
            QVERIFY2(!env.contains("ghp_must_not_reach_git_"), qPrintable(name));
            QVERIFY(env.split('\n').contains("GIT_TERMINAL_PROMPT=0"));
        }
    }
};

QTEST_GUILESS_MAIN(TestGitUntrusted)
#include "tst_gituntrusted.moc"
