// SPDX-License-Identifier: MIT
#include "weekdata.h"

#include "enumnames.h"
#include "jsonwriter.h"
#include "repospec.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

RepoRef RepoRef::parseGitHub(QStringView text)
{
    return RepoSpec::parse(text);
}

RepoRef RepoRef::localGit(const QString &path, const QString &branch)
{
    RepoRef r;
    r.kind = Kind::LocalGit;
    r.host.clear();
    r.gitPath = QDir::cleanPath(QDir(path).absolutePath());
    r.branch = branch;
    return r;
}

RepoRef RepoRef::demo(const QString &owner, const QString &name)
{
    RepoRef r;
    r.kind = Kind::Demo;
    r.owner = owner;
    r.name = name;
    return r;
}

bool RepoRef::isValid() const
{
    if (kind == Kind::LocalGit)
        return !gitPath.isEmpty();
    // Checked again here (not only when parsing): a ref from the cache or a caller goes into URLs and searches.
    return !RepoSpec::parseHost(host).isEmpty() && RepoSpec::isValidOwner(owner) && RepoSpec::isValidName(name);
}

QString RepoRef::key() const
{
    if (kind == Kind::LocalGit)
        return branch.isEmpty() ? u"git:"_s + gitPath : u"git:%1#%2"_s.arg(gitPath, branch);
    if (kind == Kind::Demo)
        return u"demo:"_s + owner + u'/' + name;
    if (host == u"github.com")
        return owner + u'/' + name;
    return host + u'/' + owner + u'/' + name;
}

QString RepoRef::displayName() const
{
    if (kind == Kind::LocalGit) {
        const QString base = QDir(gitPath).dirName();
        return branch.isEmpty() ? base : u"%1 (%2)"_s.arg(base, branch);
    }
    if (kind == Kind::Demo)
        return owner + u'/' + name;
    return key();
}

QString RepoRef::pullUrl(int number) const
{
    if (kind == Kind::LocalGit || number <= 0)
        return {};
    return u"https://%1/%2/%3/pull/%4"_s.arg(host, owner, name).arg(number);
}

namespace {

constexpr EnumName<LedgerEntry::Kind> kLedgerKinds[] = {
    {LedgerEntry::Kind::Truncated, u"truncated"},
    {LedgerEntry::Kind::Skipped, u"skipped"},
    {LedgerEntry::Kind::NotEvaluated, u"not-evaluated"},
    {LedgerEntry::Kind::RateLimited, u"rate-limited"},
    {LedgerEntry::Kind::Retried, u"retried"},
    {LedgerEntry::Kind::Partial, u"partial"},
};

} // namespace

QString LedgerEntry::kindToString(Kind k)
{
    return enumName(kLedgerKinds, k);
}

LedgerEntry::Kind LedgerEntry::kindFromString(QStringView s)
{
    return enumFromName(kLedgerKinds, s).value_or(Kind::Partial);
}

const PullRequest *WeekData::find(int number) const
{
    for (const PullRequest &pr : pulls)
        if (pr.number == number)
            return &pr;
    return nullptr;
}

PullRequest *WeekData::find(int number)
{
    // Not a const_cast of the const find(): that would hand out an element of a list still shared with copies of
    // this week (an analysis running on another thread reads one), and writing through it would change them all.
    // The non-const iteration detaches first.
    for (PullRequest &pr : pulls)
        if (pr.number == number)
            return &pr;
    return nullptr;
}

bool WeekData::applyPatches(const PullPatches &patches)
{
    PullRequest *pr = find(patches.number);
    if (!pr)
        return false;
    pr->files = patches.files;
    pr->patchValidators = patches.validators;
    pr->patchesLoaded = true;
    return true;
}

int WeekData::pullsWithoutPatches() const
{
    return int(std::count_if(pulls.cbegin(), pulls.cend(), [](const PullRequest &pr) { return !pr.patchesLoaded; }));
}

void LedgerEntry::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.member("kind"_L1, kindToString(kind));
    w.member("pr"_L1, prNumber);
    w.member("what"_L1, what);
    w.member("detail"_L1, detail);
    if (!args.isEmpty())
        w.member("args"_L1, args);
    w.endObject();
}

void WeekData::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.key("repo"_L1);
    w.beginObject();
    w.member("kind"_L1,
        repo.kind == RepoRef::Kind::LocalGit   ? "git"_L1
            : repo.kind == RepoRef::Kind::Demo ? "demo"_L1
                                               : "github"_L1);
    w.member("host"_L1, repo.host);
    w.member("owner"_L1, repo.owner);
    w.member("name"_L1, repo.name);
    w.member("gitPath"_L1, repo.gitPath);
    w.member("branch"_L1, repo.branch);
    w.endObject();
    w.member("week"_L1, week.toString());
    w.member("zone"_L1, zone.toString());
    w.member("fetchedAt"_L1, fetchedAt.toUTC().toString(Qt::ISODate));
    const auto pr = [&w](const PullRequest &p) {
        p.writeJson(w);
    };
    w.key("pulls"_L1);
    w.array(pulls, pr);
    w.key("direct"_L1);
    w.array(direct, pr);
    w.key("ledger"_L1);
    w.array(ledger, [&w](const LedgerEntry &e) { e.writeJson(w); });
    w.endObject();
}

QJsonObject WeekData::toJson() const
{
    JsonWriter w;
    writeJson(w);
    return QJsonDocument::fromJson(w.bytes()).object();
}

WeekData WeekData::fromJson(const QJsonObject &o)
{
    WeekData d;
    const QJsonObject r = o.value("repo"_L1).toObject();
    const QString kind = r.value("kind"_L1).toString();
    d.repo.kind = kind == u"git" ? RepoRef::Kind::LocalGit
        : kind == u"demo"        ? RepoRef::Kind::Demo
                                 : RepoRef::Kind::GitHub;
    d.repo.host = r.value("host"_L1).toString();
    d.repo.owner = r.value("owner"_L1).toString();
    d.repo.name = r.value("name"_L1).toString();
    d.repo.gitPath = r.value("gitPath"_L1).toString();
    d.repo.branch = r.value("branch"_L1).toString();
    d.week = IsoWeek::parse(o.value("week"_L1).toString()).value_or(IsoWeek());
    d.zone = UtcOffset::parse(o.value("zone"_L1).toString()).value_or(UtcOffset());
    d.fetchedAt = QDateTime::fromString(o.value("fetchedAt"_L1).toString(), Qt::ISODate).toUTC();
    for (const QJsonValue &v : o.value("pulls"_L1).toArray())
        d.pulls.append(PullRequest::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value("direct"_L1).toArray())
        d.direct.append(PullRequest::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value("ledger"_L1).toArray()) {
        const QJsonObject e = v.toObject();
        QStringList args;
        for (const QJsonValue &a : e.value("args"_L1).toArray())
            args.append(a.toString());
        d.ledger.append(LedgerEntry {LedgerEntry::kindFromString(e.value("kind"_L1).toString()),
            e.value("pr"_L1).toInt(), e.value("what"_L1).toString(), e.value("detail"_L1).toString(), args});
    }
    // Weeks cached before review totals were kept name them only in the ledger ("first 20 of 45 reviews read"):
    // taking the totals from there keeps the review rules from judging on the first page alone.
    static const QRegularExpression firstPage(uR"(^first (\d+) of (\d+) (?:reviews|reviewThreads) read$)"_s);
    for (const LedgerEntry &e : std::as_const(d.ledger)) {
        if (e.kind != LedgerEntry::Kind::Truncated || (e.what != u"reviews" && e.what != u"reviewThreads"))
            continue;
        const QRegularExpressionMatch m = firstPage.match(e.detail);
        PullRequest *pr = m.hasMatch() ? d.find(e.prNumber) : nullptr;
        if (!pr)
            continue;
        int &total = e.what == u"reviews" ? pr->reviewCount : pr->reviewThreadCount;
        if (total == 0)
            total = m.captured(2).toInt();
    }
    return d;
}

} // namespace PrLens
