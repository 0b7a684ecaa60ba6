// SPDX-License-Identifier: MIT
// fuzz_seeds OUT SHARED REPO: writes a small seed corpus per fuzz target into OUT/<target>/, made from the shared
// datasets (SHARED/datasets/*/*/pulls.json), the test data of REPO and `git` run on REPO itself with the
// arguments the git source uses. Nothing of it is committed: scripts/fuzz makes it anew in a temporary folder.
#include "gitlogparser.h"
#include "gitpatchsplitter.h"
#include "jsonwriter.h"
#include "weekdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

/// Seeds larger than this slow every run down more than they teach it.
constexpr qsizetype MaxSeed = 64 * 1024;
/// Per source file and target: enough variety, little time.
constexpr int PerDataset = 40;

QString s_out;

void seed(const QString &target, const QString &name, const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() > MaxSeed)
        return;
    QDir().mkpath(s_out + u'/' + target);
    QFile f(s_out + u'/' + target + u'/' + name);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray compact(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray git(const QString &repo, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setWorkingDirectory(repo);
    p.start(u"git"_s, args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

void seedsFromDataset(const QString &pullsJson, int index)
{
    const QJsonArray pulls = QJsonDocument::fromJson(readFile(pullsJson)).array();
    WeekData week;
    week.repo = RepoRef::parseGitHub(u"o/r");
    week.week = IsoWeek(2026, 13);
    for (int i = 0; i < pulls.size() && i < PerDataset; ++i) {
        const QJsonObject pr = pulls.at(i).toObject();
        const QString name = u"d%1-%2"_s.arg(index).arg(i);
        seed(u"fuzz_restfiles"_s, name, compact(pr.value("files"_L1)));
        seed(u"fuzz_modeljson"_s, name + u"-rest"_s, compact(pr));
        const PullRequest parsed = PullRequest::fromRestJson(pr);
        JsonWriter w;
        parsed.writeJson(w);
        seed(u"fuzz_modeljson"_s, name, w.bytes());
        if (i < 5)
            week.pulls.append(parsed);
        const QJsonArray files = pr.value("files"_L1).toArray();
        for (int f = 0; f < files.size() && f < 3; ++f)
            seed(u"fuzz_diff"_s, u"%1-%2"_s.arg(name).arg(f), files.at(f)[u"patch"_s].toString().toUtf8());
        // The renderers' fields, cut at NUL: title, URL, subtitle, heading, paragraph, lead, text, details, code …
        const QString path = files.isEmpty() ? QString() : files.at(0)[u"filename"_s].toString();
        const QStringList fields {pr[u"title"_s].toString(), pr[u"html_url"_s].toString(), path,
            pr[u"title"_s].toString(), pr[u"body"_s].toString().left(2000), u"#%1"_s.arg(pr[u"number"_s].toInt()),
            pr[u"title"_s].toString(), path, pr[u"user"_s][u"login"_s].toString(),
            files.isEmpty() ? QString() : files.at(0)[u"patch"_s].toString().left(2000)};
        seed(u"fuzz_renderers"_s, name, fields.join(QChar(u'\0')).toUtf8());
    }
    JsonWriter w;
    week.writeJson(w);
    seed(u"fuzz_modeljson"_s, u"week%1"_s.arg(index), w.bytes());
}

void seedsFromGit(const QString &repo)
{
    const QByteArray list
        = git(repo, {u"rev-list"_s, u"--first-parent"_s, u"--parents"_s, u"--max-count=30"_s, u"HEAD"_s});
    seed(u"fuzz_gitlog"_s, u"rev-list"_s, list);
    const QList<QByteArray> lines = list.split('\n');
    for (int i = 0; i + 3 <= lines.size(); i += 3) {
        QByteArray shas;
        for (int j = i; j < i + 3; ++j)
            shas += lines.at(j).split(' ').first() + '\n';
        seed(u"fuzz_gitlog"_s, u"log-%1"_s.arg(i), git(repo, GitLogParser::commitArguments(), shas));
        const QByteArrayList parents = lines.at(i).trimmed().split(' ');
        if (parents.size() > 1)
            seed(u"fuzz_diff"_s, u"git-%1"_s.arg(i),
                git(repo,
                    GitPatchSplitter::diffArguments(
                        QString::fromLatin1(parents.at(1)), QString::fromLatin1(parents.at(0)))));
    }
}

void seedsFromTests(const QString &repo)
{
    const QString data = repo + u"/tests/github/data"_s;
    seed(u"fuzz_graphql"_s, u"search-node"_s, readFile(data + u"/search-node.json"_s));
    seed(u"fuzz_graphql"_s, u"files"_s, readFile(data + u"/merge-graphql-files.json"_s));
    seed(u"fuzz_restfiles"_s, u"merge-rest"_s, readFile(data + u"/merge-rest-files.json"_s));
    const QJsonObject node = QJsonDocument::fromJson(readFile(data + u"/search-node.json"_s)).object();
    const QJsonObject page {{u"data"_s, QJsonObject {{u"search"_s, QJsonObject {{u"nodes"_s, QJsonArray {node}}}}}}};
    seed(u"fuzz_graphql"_s, u"search-page"_s, compact(page));
    for (const char *key : {"reviews", "reviewThreads", "files", "labels"})
        seed(u"fuzz_graphql"_s, QString::fromLatin1(key), compact(node.value(QLatin1StringView(key))[u"nodes"_s]));

    seed(u"fuzz_ruleconfig"_s, u"readme"_s,
        R"({"highlightCount": 10, "rules": {"missing-tests": {"enabled": false},
             "core-path": {"severity": "high", "globs": ["src/engine/*"]}}})");
    seed(u"fuzz_ruleconfig"_s, u"all"_s,
        R"({"moduleDepth": 2, "highlightCount": 5, "relatedWeeks": 4, "coreTopFiles": 20, "coreMinPrs": 3,
             "coreGlobs": ["src/core/*", "engine/"], "exclude": ["*.snap", "third_party/", "docs/[a-z]*.md"],
             "tags": {}, "rules": {"core-path": {"globs": ["src/[ab]*/x?.cpp"]}}})");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: fuzz_seeds OUT SHARED REPO\n");
        return 2;
    }
    s_out = QString::fromLocal8Bit(argv[1]);
    const QString shared = QString::fromLocal8Bit(argv[2]);
    const QString repo = QString::fromLocal8Bit(argv[3]);
    int index = 0;
    QDirIterator it(shared + u"/datasets"_s, {u"pulls.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        seedsFromDataset(it.next(), index++);
    seedsFromTests(repo);
    seedsFromGit(repo);
    return 0;
}
