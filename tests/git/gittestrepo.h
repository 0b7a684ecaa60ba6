// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

/// Builds real git repositories for tests: fixed identities and dates, no global configuration.
class GitTestRepo
{
public:
    explicit GitTestRepo(const QString &path) : m_path(path) { QDir().mkpath(path); }

    QString path() const { return m_path; }

    /// Runs git; returns stdout; records a test failure when git fails.
    QByteArray git(const QStringList &args, const QString &date = QStringLiteral("2026-01-01T00:00:00Z"),
                   const QString &author = QStringLiteral("Root <root@example.com>"),
                   const QString &committer = {}) const
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
            qWarning("git %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
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
        git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
             QStringLiteral("-m"), message},
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
