// SPDX-License-Identifier: MIT
#include "fakerest.h"

#include "fakegithubdata.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

struct Route {
    enum class Target { None, Repo, Pull, Files };
    Target target = Target::None;
    const FakeRepo *repo = nullptr;
    QString owner;
    QString name;
    qint64 repoId = 0;
    int number = 0;
};

const QRegularExpression &reposPattern()
{
    static const QRegularExpression re(u"^/repos/([^/]+)/([^/]+)(?:/pulls/(\\d+)(/files)?)?/?$"_s);
    return re;
}

const QRegularExpression &repositoriesPattern()
{
    static const QRegularExpression re(u"^/repositories/(\\d+)(?:/pulls/(\\d+)(/files)?)?/?$"_s);
    return re;
}

Route route(const FakeGitHubData *data, QStringView path)
{
    Route r;
    QRegularExpressionMatch m = reposPattern().matchView(path);
    int numberGroup = 3;
    if (m.hasMatch()) {
        r.owner = m.captured(1);
        r.name = m.captured(2);
        if (data)
            r.repo = data->repo(r.owner, r.name);
    } else {
        m = repositoriesPattern().matchView(path);
        if (!m.hasMatch())
            return r;
        numberGroup = 2;
        r.repoId = m.captured(1).toLongLong();
        if (data)
            r.repo = data->repoById(r.repoId);
    }
    if (m.captured(numberGroup).isEmpty()) {
        r.target = Route::Target::Repo;
    } else {
        r.number = m.captured(numberGroup).toInt();
        r.target = m.captured(numberGroup + 1).isEmpty() ? Route::Target::Pull : Route::Target::Files;
    }
    return r;
}

int intParam(const QUrlQuery &query, const QString &key, int fallback)
{
    bool ok = false;
    const int v = query.queryItemValue(key).toInt(&ok);
    return ok ? v : fallback;
}

QString pageUrl(const QString &base, const QUrlQuery &query, int page)
{
    QUrlQuery q;
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        if (item.first != "page"_L1)
            q.addQueryItem(item.first, item.second);
    }
    q.addQueryItem(u"page"_s, QString::number(page));
    return base + u'?' + q.toString(QUrl::FullyEncoded);
}

/// GitHub's documented per-file diff limits: 20,000 lines or 500 KB.
bool isHugePatch(const QString &patch)
{
    return patch.size() > 500 * 1024 || patch.count(u'\n') >= 20000;
}

/// A dataset file entry as GitHub sends it: no patch for a binary file (and no changed lines), none for a diff past
/// GitHub's per-file limits; the dataset-only keys are never sent (a patch the dataset kept only in part goes out as
/// it is, since GitHub sends whole patches and says nothing of a cut).
QJsonObject restFile(QJsonObject f)
{
    if (f.value("binary"_L1).toBool()) {
        f.remove("patch"_L1);
        for (const QLatin1StringView key : {"additions"_L1, "deletions"_L1, "changes"_L1})
            f.insert(key, 0);
    } else if (isHugePatch(f.value("patch"_L1).toString())) {
        f.remove("patch"_L1);
    }
    if (!f.contains("changes"_L1))
        f.insert("changes"_L1, f.value("additions"_L1).toInt() + f.value("deletions"_L1).toInt());
    for (const QLatin1StringView key : {"binary"_L1, "patch_truncated"_L1, "patch_total_lines"_L1})
        f.remove(key);
    return f;
}

FakeReply filesPage(const FakeRepo &repo, const FakePull &pull, const QUrlQuery &query, const QString &apiBase)
{
    int perPage = intParam(query, u"per_page"_s, 30);
    if (perPage < 1)
        perPage = 30;
    perPage = std::min(perPage, 100);
    const int page = std::max(1, intParam(query, u"page"_s, 1));
    const qsizetype total = std::min<qsizetype>(pull.files.size(), FakeRest::kMaxFiles);
    const int lastPage = std::max(1, int((total + perPage - 1) / perPage));
    QJsonArray out;
    const qsizetype begin = qsizetype(page - 1) * perPage;
    for (qsizetype i = begin; i < std::min<qsizetype>(begin + perPage, total); ++i) {
        out.append(restFile(pull.files.at(i).toObject()));
    }
    FakeReply reply = FakeReply::json(out);
    if (lastPage > 1 || page > 1) {
        // GitHub's order: prev, next, last, first; URLs in the /repositories/{id}/ form.
        const QString base = apiBase + u"/repositories/%1/pulls/%2/files"_s.arg(repo.id).arg(pull.number);
        QStringList links;
        if (page > 1)
            links << u"<%1>; rel=\"prev\""_s.arg(pageUrl(base, query, std::min(page - 1, lastPage)));
        if (page < lastPage) {
            links << u"<%1>; rel=\"next\""_s.arg(pageUrl(base, query, page + 1));
            links << u"<%1>; rel=\"last\""_s.arg(pageUrl(base, query, lastPage));
        }
        if (page > 1)
            links << u"<%1>; rel=\"first\""_s.arg(pageUrl(base, query, 1));
        reply.setHeader("link", links.join(", "_L1).toUtf8());
    }
    return reply;
}

QJsonObject repoObject(const FakeRepo &repo, const QString &apiBase)
{
    return {{"id"_L1, repo.id}, {"node_id"_L1, u"R_%1"_s.arg(repo.id)}, {"name"_L1, repo.name},
        {"full_name"_L1, repo.fullName()}, {"private"_L1, false},
        {"owner"_L1, QJsonObject {{"login"_L1, repo.owner}, {"type"_L1, "Organization"_L1}}},
        {"html_url"_L1, QString(u"https://github.com/"_s + repo.fullName())},
        {"url"_L1, QString(apiBase + u"/repos/"_s + repo.fullName())}, {"default_branch"_L1, "main"_L1}};
}

/// The whole diff of a pull request as the diff/patch media types give it, with GitHub's 406 past its limits.
FakeReply diffOf(const FakePull &pull, bool patchFormat)
{
    constexpr int kMaxDiffFiles = 300;
    constexpr int kMaxDiffLines = 20000;
    const QString docs = u"https://docs.github.com/rest/pulls/pulls#list-pull-requests-files"_s;
    const auto tooLarge = [&docs](const QString &message) {
        FakeReply r = FakeReply::json(QJsonObject {{"message"_L1, message},
                                          {"errors"_L1,
                                              QJsonArray {QJsonObject {{"resource"_L1, "PullRequest"_L1},
                                                  {"field"_L1, "diff"_L1}, {"code"_L1, "too_large"_L1}}}},
                                          {"documentation_url"_L1, docs}, {"status"_L1, "406"_L1}},
            406);
        return r;
    };
    if (pull.files.size() > kMaxDiffFiles) {
        return tooLarge(u"Sorry, the diff exceeded the maximum number of files (300). Consider using 'List pull "
                        "requests files' API or locally cloning the repository instead."_s);
    }
    QByteArray out;
    if (patchFormat) {
        out += "From " + pull.pull.value("merge_commit_sha"_L1).toString().toUtf8()
            + " Mon Sep 17 00:00:00 2001\nSubject: [PATCH] " + pull.pull.value("title"_L1).toString().toUtf8()
            + "\n\n---\n";
    }
    int lines = 0;
    for (const QJsonValue &v : pull.files) {
        const QJsonObject f = v.toObject();
        const QByteArray name = f.value("filename"_L1).toString().toUtf8();
        const QByteArray status = f.value("status"_L1).toString().toUtf8();
        const QByteArray old
            = f.contains("previous_filename"_L1) ? f.value("previous_filename"_L1).toString().toUtf8() : name;
        out += "diff --git a/" + old + " b/" + name + "\n";
        if (status == "added")
            out += "new file mode 100644\n";
        else if (status == "removed")
            out += "deleted file mode 100644\n";
        else if (status == "renamed")
            out += "similarity index 90%\nrename from " + old + "\nrename to " + name + "\n";
        const QByteArray from = status == "added" ? QByteArray("/dev/null") : "a/" + old;
        const QByteArray to = status == "removed" ? QByteArray("/dev/null") : "b/" + name;
        if (f.value("binary"_L1).toBool()) {
            out += "Binary files " + from + " and " + to + " differ\n";
            continue;
        }
        const QByteArray patch = f.value("patch"_L1).toString().toUtf8();
        if (patch.isEmpty())
            continue;
        out += "--- " + from + "\n+++ " + to + "\n" + patch;
        if (!patch.endsWith('\n'))
            out += '\n';
        lines += int(patch.count('\n')) + 1;
        if (lines > kMaxDiffLines)
            return tooLarge(u"Sorry, the diff exceeded the maximum number of lines (20000)"_s);
    }
    FakeReply reply;
    reply.body = out;
    reply.setHeader("content-type",
        patchFormat ? "application/vnd.github.patch; charset=utf-8" : "application/vnd.github.diff; charset=utf-8");
    reply.setHeader("x-github-media-type", patchFormat ? "github.v3; param=patch" : "github.v3; param=diff");
    return reply;
}

} // namespace

QString FakeRest::kindOf(QStringView path)
{
    if (path == u"/rate_limit")
        return u"rest.rate_limit"_s;
    if (path == u"/user")
        return u"rest.user"_s;
    const Route r = route(nullptr, path);
    switch (r.target) {
    case Route::Target::Pull:
        return u"rest.pull"_s;
    case Route::Target::Files:
        return u"rest.files"_s;
    case Route::Target::Repo:
    case Route::Target::None:
        break;
    }
    return u"other"_s;
}

FakeReply FakeRest::notFound()
{
    return FakeReply::error(404, u"Not Found"_s);
}

FakeReply FakeRest::answer(const FakeGitHubData &data, const QByteArray &method, QStringView path,
    const QUrlQuery &query, const QString &apiBase, const QByteArray &accept)
{
    if (method != "GET" && method != "HEAD")
        return notFound();
    const Route r = route(&data, path);
    if (r.target == Route::Target::None || !r.repo)
        return notFound();
    if (r.target == Route::Target::Repo)
        return FakeReply::json(repoObject(*r.repo, apiBase));
    const FakePull *pull = r.repo->pull(r.number);
    if (!pull)
        return notFound();
    if (r.target == Route::Target::Files)
        return filesPage(*r.repo, *pull, query, apiBase);
    if (accept.contains("application/vnd.github.diff") || accept.contains("application/vnd.github.v3.diff"))
        return diffOf(*pull, false);
    if (accept.contains("application/vnd.github.patch") || accept.contains("application/vnd.github.v3.patch"))
        return diffOf(*pull, true);
    QJsonObject o = pull->pull;
    o.insert("url"_L1, QString(apiBase + u"/repos/%1/pulls/%2"_s.arg(r.repo->fullName()).arg(pull->number)));
    if (!o.contains("changed_files"_L1))
        o.insert("changed_files"_L1, int(pull->files.size()));
    return FakeReply::json(o);
}

} // namespace PrLens
