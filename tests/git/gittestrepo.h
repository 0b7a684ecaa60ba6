// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

/// Builds real git repositories for tests: fixed identities and dates, no global configuration.
class GitTestRepo {
public:
    explicit GitTestRepo(const QString &path)
        : m_path(path)
    {
        QDir().mkpath(path);
    }

    QString path() const { return m_path; }

    /// Runs git; returns stdout; records a test failure when git fails.
    QByteArray git(const QStringList &args, const QString &date = QStringLiteral("2026-01-01T00:00:00Z"),
        const QString &author = QStringLiteral("Root <root@example.com>"), const QString &committer = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const auto [aName, aMail] = split(author);
        const auto [cName, cMail] = split(committer.isEmpty() ? author : committer);
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), aName);
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), aMail);
        env.insert(QStringLiteral("GIT_COMMITTER_NAME"), cName);
        env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), cMail);
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), date);
        env.insert(QStringLiteral("GIT_COMMITTER_DATE"), date);
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_path);
        p.start(QStringLiteral("git"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qWarning(
                "git %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }

    void init() const
    {
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Root")});
        git({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("root@example.com")});
        git({QStringLiteral("config"), QStringLiteral("commit.gpgsign"), QStringLiteral("false")});
    }

    void write(const QString &relPath, const QByteArray &content) const
    {
        const QString full = QDir(m_path).filePath(relPath);
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile f(full);
        if (!f.open(QIODevice::WriteOnly))
            qWarning("cannot write %s", qPrintable(full));
        f.write(content);
    }

    /// Stages everything and commits with the given message, date (committer and author) and author.
    void commit(const QString &message, const QString &date, const QString &author) const
    {
        git({QStringLiteral("add"), QStringLiteral("-A")}, date, author);
        git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"),
                message},
            date, author);
    }

    static QByteArray lines(const QString &prefix, int from, int to)
    {
        QByteArray out;
        for (int i = from; i <= to; ++i)
            out += prefix.toUtf8() + QByteArray::number(i) + '\n';
        return out;
    }

private:
    static std::pair<QString, QString> split(const QString &ident)
    {
        const qsizetype lt = ident.indexOf(QLatin1Char('<'));
        return {ident.left(lt).trimmed(), ident.mid(lt + 1).chopped(1)};
    }

    QString m_path;
};

/// Points TMPDIR (where GitSource makes its private folders) at @p path for its lifetime.
class TemporaryFolderOverride {
public:
    explicit TemporaryFolderOverride(const QString &path)
        : m_previous(qgetenv("TMPDIR"))
    {
        qputenv("TMPDIR", path.toUtf8());
    }
    ~TemporaryFolderOverride()
    {
        if (m_previous.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_previous);
    }
    TemporaryFolderOverride(const TemporaryFolderOverride &) = delete;
    TemporaryFolderOverride &operator=(const TemporaryFolderOverride &) = delete;

private:
    QByteArray m_previous;
};

namespace GitTestFixture {
using namespace Qt::StringLiterals;
inline const QString kAlice = u"Alice <12345+alice@users.noreply.github.com>"_s;
inline const QString kBob = u"Bob <bob@example.com>"_s;
inline const QString kCarol = u"Carol <carol@example.com>"_s;
inline const QString kDave = u"Dave <dave@example.com>"_s;
inline const QString kMerger = u"Merger <merger@example.com>"_s;
} // namespace GitTestFixture

/// The shared fixture: a main branch with squash and merge pull requests, renames, a binary file, direct
/// commits and commits exactly on week boundaries in UTC and UTC+8 (see the comments for the dates).
inline void buildFixture(const QString &path)
{
    using namespace Qt::StringLiterals;
    using namespace GitTestFixture;
    GitTestRepo r(path);
    r.init();
    r.write(u"README.md"_s, "# Widgets\nline2\nline3\n");
    r.write(u"src/a.cpp"_s, GitTestRepo::lines(u"a"_s, 1, 10));
    r.write(u"logo.png"_s, QByteArray("\x89PNG\0\x01\x02", 7));
    r.write(u"old/name.txt"_s, GitTestRepo::lines(u"n"_s, 1, 5));
    r.commit(u"Initial commit"_s, u"2026-03-20T10:00:00Z"_s, u"Root <root@example.com>"_s);

    r.write(u"src/parser.cpp"_s, GitTestRepo::lines(u"p"_s, 1, 4));
    r.write(u"src/a.cpp"_s, "A1\n" + GitTestRepo::lines(u"a"_s, 2, 11));
    r.write(u"src/naïve.txt"_s, "hello\n");
    r.commit(u"Add parser (#5)\n\nLong description\n\nCo-authored-by: Bob <bob@example.com>"_s,
        u"2026-03-29T16:00:00Z"_s, kAlice); // = 2026-03-30 00:00 in UTC+8

    QDir().mkpath(path + u"/new"_s);
    r.git({u"mv"_s, u"old/name.txt"_s, u"new/name.txt"_s});
    r.write(u"new/name.txt"_s, GitTestRepo::lines(u"n"_s, 1, 4) + "N5\n");
    r.commit(u"Rename old name (#6)"_s, u"2026-03-30T00:00:00Z"_s, kBob); // = start of W14 in UTC

    r.git({u"checkout"_s, u"-q"_s, u"-b"_s, u"guide"_s});
    r.write(u"README.md"_s, "# Widgets\nline2\nline3\nline4\n");
    r.write(u"docs/user guide.md"_s, "Guide\nMore\n");
    r.commit(u"Write the guide"_s, u"2026-03-31T09:00:00Z"_s, kCarol);
    r.git({u"checkout"_s, u"-q"_s, u"main"_s});
    r.git({u"merge"_s, u"-q"_s, u"--no-ff"_s, u"guide"_s, u"-m"_s,
              u"Merge pull request #12 from carol/guide\n\nWrite the guide\n\nMore words"_s},
        u"2026-03-31T10:00:00Z"_s, kMerger);

    r.write(u"README.md"_s, "# Widgets\nLine2\nline3\nline4\n");
    r.commit(u"Fix typo in README"_s, u"2026-04-01T12:00:00Z"_s, kDave);

    r.write(u"logo.png"_s, QByteArray("\x89PNG\0\x03\x04\x05", 8));
    QFile::remove(path + u"/src/parser.cpp"_s);
    r.commit(u"Update logo and drop parser (#7)"_s, u"2026-04-02T08:00:00Z"_s, kAlice);

    r.write(u"src/a.cpp"_s, "A1\n" + GitTestRepo::lines(u"a"_s, 2, 12));
    r.commit(u"Tweak (#8)"_s, u"2026-04-05T16:00:00Z"_s, kBob); // = end of W14 in UTC+8

    r.write(u"b.txt"_s, "b\n");
    r.commit(u"Next week work (#9)"_s, u"2026-04-06T00:00:00Z"_s, kBob); // = end of W14 in UTC

    r.write(u"b.txt"_s, "b\nc\n");
    r.commit(u"Later (#10)"_s, u"2026-05-25T12:00:00Z"_s, kBob);
}
