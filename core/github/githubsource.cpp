// SPDX-License-Identifier: MIT
#include "githubsource.h"

#include "githubfailure.h"
#include "githubpatchloader.h"
#include "githubweekpatches.h"
#include "graphqlqueries.h"
#include "pageguard.h"
#include "pullrequestparser.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

/// Ranges one week's search may be split into: 64 × 1,000 PRs is far beyond any repository's week, and a server
/// that keeps announcing more than 1,000 results cannot make the split go on until every second is a range.
constexpr int kMaxSearchRanges = 64;

/// The first message of a GraphQL answer's "errors", cut to a line's length; empty when there is none.
QString firstErrorMessage(const QJsonDocument &json)
{
    return json.object().value("errors"_L1).toArray().at(0).toObject().value("message"_L1).toString().left(200);
}

} // namespace

struct GitHubSource::WeekLoad {
    int group = 0;
    RepoRef repo;
    IsoWeek week;
    UtcOffset zone;
    WeekRange range;
    QMap<int, PullRequest> pulls; ///< by number: a PR found by two split ranges counts once
    QHash<int, int> followUps; ///< PRs still waiting for follow-up pages: chains (files, reviews, threads) under way
    /// What the review follow-ups of a PR could not read.
    struct ReviewReads {
        QStringList cutComments; ///< threads whose comments are still cut
        QString reviewsFailure; ///< why the remaining reviews could not be read (empty = no failure)
        QString threadsFailure;
    };
    QHash<int, ReviewReads> reviewReads;
    QList<LedgerEntry> ledger;
    int total = 0; ///< PRs the searches announced
    int ranges = 1; ///< search ranges started (the week, then the halves of split ranges)
    QHash<QString, PageGuard> pageGuards; ///< by listing: "search:FROM-TO", "files:N", "reviews:N", "threads:N"
    int pageSize = 50; ///< pull requests per search page; halved when GitHub times out
    int outstanding = 0; ///< requests of this load not answered yet
    int retries = 0;
};

GitHubSource::GitHubSource(QObject *parent)
    : WeekSource(parent)
    , m_requester(new GitHubRequester(this))
{
    connect(m_requester, &GitHubRequester::rateLimitWait, this, &GitHubSource::onRateLimitWait);
    connect(m_requester, &GitHubRequester::retrying, this, [this](int group, const QString &, int, const QString &) {
        if (m_load && m_load->group == group)
            ++m_load->retries;
    });
}

GitHubSource::~GitHubSource()
{
    m_requester->abortAll();
}

void GitHubSource::setToken(const QString &token)
{
    m_requester->setToken(token);
}

void GitHubSource::setPolicy(const RequestPolicy &policy)
{
    m_requester->setPolicy(policy);
}

RequestPolicy GitHubSource::policy() const
{
    return m_requester->policy();
}

QMap<QString, int> GitHubSource::requestCounts() const
{
    return m_requester->requestCounts();
}

int GitHubSource::peakInFlight() const
{
    return m_requester->peakInFlight();
}

int GitHubSource::notModifiedCount() const
{
    return m_requester->notModifiedCount();
}

void GitHubSource::resetCounts()
{
    m_requester->resetCounts();
}

GitHubEndpoint GitHubSource::endpointFor(const RepoRef &repo) const
{
    GitHubEndpoint e;
    const QString host = repo.host.isEmpty() ? u"github.com"_s : repo.host.toLower();
    if (!m_apiUrl.isEmpty())
        e = GitHubEndpoint::fromApiUrl(m_apiUrl);
    else if (m_hostEndpoint.isValid() && host == m_host)
        e = m_hostEndpoint;
    else
        e = GitHubEndpoint::forHost(repo.host);
    return m_graphQlUrl.isEmpty() || !e.isValid() ? e : e.withGraphQlUrl(m_graphQlUrl);
}

void GitHubSource::load(const RepoRef &repo, IsoWeek week, UtcOffset zone)
{
    stopWeekPatches();
    if (m_load) {
        m_requester->abortGroup(m_load->group);
        m_load.reset();
    }
    const GitHubEndpoint endpoint = endpointFor(repo);
    if (!repo.isValid() || repo.kind != RepoRef::Kind::GitHub || !week.isValid() || !endpoint.isValid()) {
        const LoadError error {LoadError::Kind::BadInput,
            tr("Cannot read “%1” for week %2 from GitHub. Check the repository (owner/name) "
               "and the week (YYYY-Www).")
                .arg(repo.displayName(), week.toString())};
        QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return;
    }
    m_requester->setEndpoint(endpoint);
    m_load = std::make_unique<WeekLoad>();
    m_load->group = m_nextGroup++;
    m_load->repo = repo;
    m_load->week = week;
    m_load->zone = zone;
    m_load->range = WeekRange::of(week, zone);
    m_load->pageSize = m_pageSize;
    Q_EMIT progress(0, 0, tr("Searching merged pull requests of %1 in %2…").arg(repo.displayName(), week.toString()));
    // GitHub's range qualifier is inclusive: the week ends one second before the next one starts.
    searchPage(m_load->range.start, m_load->range.end.addSecs(-1), {}, true);
}

void GitHubSource::searchPage(const QDateTime &from, const QDateTime &to, const QString &after, bool firstPage)
{
    WeekLoad &load = *m_load;
    const QString q = u"repo:%1/%2 is:pr is:merged merged:%3..%4"_s.arg(load.repo.owner, load.repo.name,
        WeekRange::isoWithOffset(from, load.zone), WeekRange::isoWithOffset(to, load.zone));
    ++load.outstanding;
    const int group = load.group;
    // A page that times out is asked again smaller rather than the same way (GitHub stops queries after 10 s).
    const bool smallerOnTimeout = load.pageSize > kMinPageSize;
    m_requester->postJson(
        u"graphql.search"_s, m_requester->endpoint().graphQlUrl(), GraphQlQueries::searchBody(q, load.pageSize, after),
        group,
        [this, group, from, to, after, firstPage](const GitHubResponse &r) {
            if (!m_load || m_load->group != group)
                return;
            if (!r.ok() && retrySmaller(from, to, after, firstPage, r))
                return;
            if (!r.ok())
                return failLoad(r.status == 404 ? noGraphQlApi() : describe(r.error));
            const QJsonObject data = r.json.object().value("data"_L1).toObject();
            const QJsonValue search = data.value("search"_L1);
            if (!search.isObject())
                return failLoad(graphQlError(r.json));
            if (r.json.object().contains("errors"_L1))
                m_load->ledger.append(
                    {LedgerEntry::Kind::Partial, 0, u"search"_s, u"GitHub answered a search page with errors"_s, {}});
            onSearchPage(from, to, firstPage, search.toObject());
            requestDone();
        },
        smallerOnTimeout);
}

bool GitHubSource::retrySmaller(
    const QDateTime &from, const QDateTime &to, const QString &after, bool firstPage, const GitHubResponse &response)
{
    WeekLoad &load = *m_load;
    if (response.error.kind != LoadError::Kind::Timeout || load.pageSize <= kMinPageSize)
        return false;
    const int before = load.pageSize;
    load.pageSize = std::max(kMinPageSize, before / 2);
    ++load.retries;
    load.ledger.append({LedgerEntry::Kind::Retried, 0, u"search"_s,
        u"a search page of %1 pull requests timed out; asked again with %2 per page"_s.arg(before).arg(load.pageSize),
        {QString::number(before), QString::number(load.pageSize)}});
    --load.outstanding; // the page asked again takes the place of the one that timed out
    searchPage(from, to, after, firstPage);
    return true;
}

LoadError GitHubSource::noGraphQlApi() const
{
    const GitHubEndpoint e = m_requester->endpoint();
    return {LoadError::Kind::NotFound,
        tr("Cannot read %4: %1 has no GraphQL API at %2 (HTTP 404). PR Lens used the REST root %3 and the "
           "GraphQL URL %2. GitHub Enterprise Server serves them at https://HOST/api/v3 and "
           "https://HOST/api/graphql, data residency at https://api.SUBDOMAIN.ghe.com and "
           "https://api.SUBDOMAIN.ghe.com/graphql: set them in Settings › Accounts, or give --api-url and "
           "--graphql-url.")
            .arg(e.displayHost(), e.graphQlUrl().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                e.restRoot().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                m_load ? m_load->repo.displayName() : QString())};
}

void GitHubSource::onSearchPage(const QDateTime &from, const QDateTime &to, bool firstPage, const QJsonObject &search)
{
    WeekLoad &load = *m_load;
    const int count = search.value("issueCount"_L1).toInt();
    bool split = false;
    if (firstPage && count > kSearchCap) {
        const qint64 span = from.secsTo(to);
        if (span >= 1 && load.ranges + 2 <= kMaxSearchRanges) {
            load.ranges += 2;
            // GitHub returns at most 1,000 results per search: read each half of the range on its own.
            const QDateTime mid = from.addSecs(span / 2);
            searchPage(from, mid, {}, true);
            searchPage(mid.addSecs(1), to, {}, true);
            split = true; // this page's pull requests are kept; the halves find them again and count them once
        }
        if (!split) {
            const QString why = span >= 1
                ? u"%1 PRs announced in %2..%3 with the week already split into %4 ranges, the most PR Lens makes"_s
                      .arg(count)
                      .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                      .arg(load.ranges)
                : u"%1 PRs merged within one second"_s.arg(count);
            load.ledger.append({LedgerEntry::Kind::Truncated, 0, u"search"_s,
                u"%1; GitHub lists only %2"_s.arg(why, QString::number(kSearchCap)),
                span >= 1
                    ? QStringList {QString::number(count), QString::number(kSearchCap), QString::number(load.ranges)}
                    : QStringList {QString::number(count), QString::number(kSearchCap)}});
        }
    }
    if (firstPage && !split)
        load.total += count;

    const QJsonArray nodes = search.value("nodes"_L1).toArray();
    const QString repoName = load.repo.owner + u'/' + load.repo.name;
    for (const QJsonValue &v : nodes) {
        QString refused;
        auto parsed = PullRequestParser::fromGraphQl(v.toObject(), &refused);
        if (!refused.isEmpty())
            load.ledger.append({LedgerEntry::Kind::Skipped, 0, u"pullRequest"_s, u"left out: %1"_s.arg(refused)});
        // The search qualifiers are re-checked here: the repository and the week are what the numbers promise.
        if (parsed
            && !PullRequestParser::isPullOf(parsed->pr.url, load.repo.owner, load.repo.name, parsed->pr.number)) {
            load.ledger.append({LedgerEntry::Kind::Skipped, parsed->pr.number, u"pullRequest"_s,
                u"left out: GitHub listed it with the address “%1”, which is not a pull request of %2"_s.arg(
                    parsed->pr.url.left(200), repoName)});
            continue;
        }
        if (!parsed || !load.range.contains(parsed->pr.mergedAt) || load.pulls.contains(parsed->pr.number))
            continue;
        const int number = parsed->pr.number;
        load.pulls.insert(number, std::move(parsed->pr));
        load.ledger.append(parsed->ledger);
        if (!parsed->cutComments.isEmpty())
            load.reviewReads[number].cutComments = parsed->cutComments;
        if (parsed->moreFiles && !parsed->filesCursor.isEmpty()) {
            startFollowUp(number);
            filesPage(number, parsed->filesCursor);
        }
        if (parsed->moreReviews && !parsed->reviewsCursor.isEmpty()) {
            startFollowUp(number);
            reviewsPage(number, parsed->reviewsCursor);
        }
        if (parsed->moreThreads) {
            startFollowUp(number);
            threadsPage(number, parsed->threadsCursor, parsed->threadsCursor.isEmpty());
        }
    }
    const QJsonObject page = search.value("pageInfo"_L1).toObject();
    const QString cursor = page.value("endCursor"_L1).toString();
    const QString range = u"search:%1-%2"_s.arg(from.toSecsSinceEpoch()).arg(to.toSecsSinceEpoch());
    // Search guards count pages of the smallest size: a page size halved on the way must not look like too many.
    if (!split && page.value("hasNextPage"_L1).toBool() && !cursor.isEmpty()
        && mayReadNext(range, 0, u"search"_s, cursor, std::min(count, kSearchCap), kMinPageSize))
        searchPage(from, to, cursor, false);
    reportProgress();
}

void GitHubSource::followUpPage(const QString &kind, int number, const QJsonObject &body, const QString &field,
    std::function<void(const QJsonObject &)> onPage, std::function<void(const QString &)> onFailed)
{
    ++m_load->outstanding;
    const int group = m_load->group;
    m_requester->postJson(kind, m_requester->endpoint().graphQlUrl(), body, group,
        [this, group, number, field, onPage = std::move(onPage), onFailed = std::move(onFailed)](
            const GitHubResponse &r) {
            if (!m_load || m_load->group != group)
                return;
            // A missing token or an exhausted rate limit ends the whole load, as for any other page.
            const bool fatal = !onFailed || r.error.kind == LoadError::Kind::Unauthorized
                || r.error.kind == LoadError::Kind::RateLimited || r.error.kind == LoadError::Kind::Cancelled;
            if (!r.ok()) {
                if (fatal)
                    return failLoad(describe(r.error));
                onFailed(gitHubFailureId(r.error, r.status));
                endFollowUp(number);
                return requestDone();
            }
            const QJsonValue connection = r.json.object()
                                              .value("data"_L1)
                                              .toObject()
                                              .value("repository"_L1)
                                              .toObject()
                                              .value("pullRequest"_L1)
                                              .toObject()
                                              .value(field);
            if (!connection.isObject()) {
                if (!onFailed)
                    return failLoad(graphQlError(r.json));
                const QString message = firstErrorMessage(r.json);
                onFailed(message.isEmpty() ? u"GitHub sent no data"_s : u"GitHub answered: %1"_s.arg(message));
                endFollowUp(number);
                return requestDone();
            }
            onPage(connection.toObject());
            requestDone();
        });
}

void GitHubSource::startFollowUp(int number)
{
    ++m_load->followUps[number];
}

void GitHubSource::endFollowUp(int number)
{
    auto it = m_load->followUps.find(number);
    if (it != m_load->followUps.end() && --*it <= 0) {
        m_load->followUps.erase(it);
        reportProgress();
    }
}

void GitHubSource::filesPage(int number, const QString &after)
{
    const WeekLoad &load = *m_load;
    followUpPage(
        u"graphql.files"_s, number, GraphQlQueries::filesBody(load.repo.owner, load.repo.name, number, after),
        u"files"_s,
        [this, number](const QJsonObject &f) {
            PullRequest &pr = m_load->pulls[number];
            QStringList refused;
            pr.files.append(PullRequestParser::filesFromGraphQl(f.value("nodes"_L1).toArray(), &refused));
            m_load->ledger.append(PullRequestParser::refusedFiles(number, refused));
            const QJsonObject page = f.value("pageInfo"_L1).toObject();
            const QString cursor = page.value("endCursor"_L1).toString();
            if (page.value("hasNextPage"_L1).toBool() && !cursor.isEmpty()
                && mayReadNext(u"files:%1"_s.arg(number), number, u"files"_s, cursor,
                    std::max(pr.changedFiles, f.value("totalCount"_L1).toInt()), 100))
                return filesPage(number, cursor);
            if (pr.files.size() < pr.changedFiles)
                m_load->ledger.append({LedgerEntry::Kind::Truncated, number, u"files"_s,
                    u"GitHub listed %1 of %2 files"_s.arg(pr.files.size()).arg(pr.changedFiles),
                    {QString::number(pr.files.size()), QString::number(pr.changedFiles)}});
            endFollowUp(number);
        },
        nullptr); // a PR's file list is what the week's numbers rest on: without it the load fails
}

void GitHubSource::reviewsPage(int number, const QString &after)
{
    const WeekLoad &load = *m_load;
    followUpPage(
        u"graphql.reviews"_s, number, GraphQlQueries::reviewsBody(load.repo.owner, load.repo.name, number, after),
        u"reviews"_s,
        [this, number](const QJsonObject &c) {
            PullRequest &pr = m_load->pulls[number];
            pr.reviews.append(PullRequestParser::reviewsFromGraphQl(c.value("nodes"_L1).toArray()));
            pr.reviewCount = std::max(c.value("totalCount"_L1).toInt(), int(pr.reviews.size()));
            const QJsonObject page = c.value("pageInfo"_L1).toObject();
            const QString cursor = page.value("endCursor"_L1).toString();
            // Page sizes: 20 on the search page, 100 on follow-ups; the smaller one bounds the count of pages.
            if (page.value("hasNextPage"_L1).toBool() && !cursor.isEmpty()
                && mayReadNext(u"reviews:%1"_s.arg(number), number, u"reviews"_s, cursor, pr.reviewCount, 20))
                return reviewsPage(number, cursor);
            endFollowUp(number);
        },
        [this, number](const QString &why) { m_load->reviewReads[number].reviewsFailure = why; });
}

void GitHubSource::threadsPage(int number, const QString &after, bool restart)
{
    const WeekLoad &load = *m_load;
    followUpPage(
        u"graphql.reviewThreads"_s, number,
        GraphQlQueries::reviewThreadsBody(load.repo.owner, load.repo.name, number, after), u"reviewThreads"_s,
        [this, number, restart](const QJsonObject &c) {
            PullRequest &pr = m_load->pulls[number];
            WeekLoad::ReviewReads &reads = m_load->reviewReads[number];
            PullRequestParser::ThreadPage page = PullRequestParser::threadsFromGraphQl(c.value("nodes"_L1).toArray());
            if (restart) { // the first page read again with more comments per thread replaces it
                pr.reviewThreads = std::move(page.threads);
                reads.cutComments = std::move(page.cutComments);
            } else {
                pr.reviewThreads.append(page.threads);
                reads.cutComments.append(page.cutComments);
            }
            pr.reviewThreadCount = std::max(c.value("totalCount"_L1).toInt(), int(pr.reviewThreads.size()));
            const QJsonObject info = c.value("pageInfo"_L1).toObject();
            const QString cursor = info.value("endCursor"_L1).toString();
            if (info.value("hasNextPage"_L1).toBool() && !cursor.isEmpty()
                && mayReadNext(u"threads:%1"_s.arg(number), number, u"reviewThreads"_s, cursor,
                    pr.reviewThreadCount + 20, 20)) // + the first page, read again when comments were cut
                return threadsPage(number, cursor, false);
            endFollowUp(number);
        },
        [this, number](const QString &why) { m_load->reviewReads[number].threadsFailure = why; });
}

QList<LedgerEntry> GitHubSource::reviewLedger(const WeekLoad &load) const
{
    QList<LedgerEntry> out;
    const auto why = [](const QString &failure) {
        return failure.isEmpty() ? u"GitHub listed no more"_s : u"reading the rest failed: %1"_s.arg(failure);
    };
    for (const PullRequest &pr : load.pulls) {
        const WeekLoad::ReviewReads reads = load.reviewReads.value(pr.number);
        if (pr.reviewsIncomplete())
            out.append({LedgerEntry::Kind::Truncated, pr.number, u"reviews"_s,
                u"%1 of %2 reviews read; %3"_s.arg(pr.reviews.size())
                    .arg(pr.reviewCount)
                    .arg(why(reads.reviewsFailure)),
                {QString::number(pr.reviews.size()), QString::number(pr.reviewCount), reads.reviewsFailure}});
        if (pr.reviewThreadsIncomplete())
            out.append({LedgerEntry::Kind::Truncated, pr.number, u"reviewThreads"_s,
                u"%1 of %2 review threads read; %3"_s.arg(pr.reviewThreads.size())
                    .arg(pr.reviewThreadCount)
                    .arg(why(reads.threadsFailure)),
                {QString::number(pr.reviewThreads.size()), QString::number(pr.reviewThreadCount),
                    reads.threadsFailure}});
        if (!reads.cutComments.isEmpty()) {
            constexpr qsizetype kListed = 10;
            QString where = reads.cutComments.mid(0, kListed).join(u", "_s);
            if (reads.cutComments.size() > kListed)
                where += u", …"_s;
            out.append({LedgerEntry::Kind::Truncated, pr.number, u"reviewComments"_s,
                u"comments cut in %1 review thread(s): %2"_s.arg(reads.cutComments.size()).arg(where),
                {QString::number(reads.cutComments.size()), where}});
        }
    }
    return out;
}

bool GitHubSource::mayReadNext(
    const QString &key, int number, const QString &what, const QString &cursor, int total, int pageSize)
{
    auto it = m_load->pageGuards.find(key);
    if (it == m_load->pageGuards.end())
        it = m_load->pageGuards.insert(key, PageGuard(pageSize, total));
    it->setTotal(total);
    const QString why = it->next(cursor);
    if (why.isEmpty())
        return true;
    m_load->ledger.append({LedgerEntry::Kind::Truncated, number, what, why});
    return false;
}

void GitHubSource::requestDone()
{
    if (!m_load || --m_load->outstanding > 0)
        return;
    std::unique_ptr<WeekLoad> load = std::move(m_load);
    WeekData data;
    data.repo = load->repo;
    data.week = load->week;
    data.zone = load->zone;
    data.fetchedAt = QDateTime::currentDateTimeUtc();
    data.pulls = load->pulls.values();
    std::sort(data.pulls.begin(), data.pulls.end(), [](const PullRequest &a, const PullRequest &b) {
        return a.mergedAt != b.mergedAt ? a.mergedAt > b.mergedAt : a.number > b.number;
    });
    data.ledger = load->ledger;
    data.ledger.append(reviewLedger(*load));
    if (load->retries > 0)
        data.ledger.append({LedgerEntry::Kind::Retried, 0, u"requests"_s,
            u"%1 request(s) retried after errors"_s.arg(load->retries), {QString::number(load->retries)}});
    const int n = int(data.pulls.size());
    Q_EMIT progress(n, n, tr("Loaded %n pull request(s).", nullptr, n));
    Q_EMIT finished(data);
}

void GitHubSource::failLoad(const LoadError &error)
{
    if (!m_load)
        return;
    m_requester->abortGroup(m_load->group);
    m_load.reset();
    Q_EMIT failed(error);
}

void GitHubSource::reportProgress()
{
    const WeekLoad &load = *m_load;
    const int loaded = int(load.pulls.size() - load.followUps.size());
    const int total = std::max(load.total, int(load.pulls.size()));
    Q_EMIT progress(loaded, total,
        tr("Reading pull requests of %1: %2 of %n…", nullptr, total).arg(load.repo.displayName()).arg(loaded));
}

LoadError GitHubSource::describe(const LoadError &error) const
{
    if (error.kind != LoadError::Kind::NotFound || !m_load)
        return error;
    return {LoadError::Kind::NotFound,
        tr("Repository %1 was not found on %2, or your token cannot see it.")
            .arg(m_load->repo.displayName(), m_requester->endpoint().displayHost())};
}

LoadError GitHubSource::graphQlError(const QJsonDocument &json) const
{
    const QJsonArray errors = json.object().value("errors"_L1).toArray();
    for (const QJsonValue &e : errors) {
        const QJsonObject o = e.toObject();
        const QString message = o.value("message"_L1).toString();
        if (o.value("type"_L1).toString() == "NOT_FOUND"_L1 || message.contains("cannot be searched"_L1)
            || message.contains("Could not resolve to a Repository"_L1))
            return describe({LoadError::Kind::NotFound, {}});
        if (o.value("type"_L1).toString() == "FORBIDDEN"_L1)
            return {LoadError::Kind::Unauthorized,
                tr("%1 refused to show this repository. Check that the token may read it.")
                    .arg(m_requester->endpoint().displayHost())};
    }
    const QString first = firstErrorMessage(json);
    return {LoadError::Kind::BadResponse,
        tr("%1 could not answer the query (%2). Try again later.")
            .arg(m_requester->endpoint().displayHost(), first.isEmpty() ? tr("no data") : first)};
}

void GitHubSource::onRateLimitWait(int group, int seconds, const QDateTime &resumeAt, bool secondary)
{
    const QString when = QLocale().toString(resumeAt.toLocalTime().time(), u"HH:mm:ss"_s);
    const QString text = secondary
        ? tr("GitHub asked to slow down; resuming at %1 (in %n second(s)).", nullptr, seconds).arg(when)
        : tr("GitHub rate limit reached; resuming at %1 (in %n second(s)).", nullptr, seconds).arg(when);
    const LedgerEntry entry {LedgerEntry::Kind::RateLimited, 0, secondary ? u"secondaryRateLimit"_s : u"rateLimit"_s,
        u"waited %1 s for the rate limit until %2"_s.arg(seconds).arg(resumeAt.toString(Qt::ISODate)),
        {QString::number(seconds), resumeAt.toUTC().toString(Qt::ISODate)}};
    if (m_load && m_load->group == group) {
        m_load->ledger.append(entry);
        const int loaded = int(m_load->pulls.size() - m_load->followUps.size());
        Q_EMIT progress(loaded, std::max(m_load->total, int(m_load->pulls.size())), text);
    } else if (m_patchLoads.contains(group) || (m_weekPatches && m_weekPatches->group() == group)) {
        Q_EMIT ledgerEntryAdded(entry);
        Q_EMIT progress(0, 0, text);
    }
}

void GitHubSource::loadPatches(const RepoRef &repo, const PullRequest &pr)
{
    const GitHubEndpoint endpoint = endpointFor(repo);
    if (!repo.isValid() || repo.kind != RepoRef::Kind::GitHub || pr.number <= 0 || !endpoint.isValid()) {
        const LoadError error {LoadError::Kind::BadInput,
            tr("Cannot read patches of “%1” #%2 from GitHub. Check the repository and number.")
                .arg(repo.displayName())
                .arg(pr.number)};
        QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return;
    }
    if (!m_load)
        m_requester->setEndpoint(endpoint);
    auto *loader = new GitHubPatchLoader(m_requester, m_nextGroup++, repo, pr, this);
    m_patchLoads.insert(loader->group(), loader);
    connect(loader, &GitHubPatchLoader::done, this,
        [this, loader](int number, const QList<FileChange> &files, const QList<LedgerEntry> &ledger) {
            finishPatches(loader);
            for (const LedgerEntry &e : ledger)
                Q_EMIT ledgerEntryAdded(e);
            Q_EMIT patchesLoaded(number, files);
        });
    connect(loader, &GitHubPatchLoader::failed, this, [this, loader](const LoadError &error) {
        finishPatches(loader);
        Q_EMIT failed(error);
    });
    loader->start();
}

void GitHubSource::finishPatches(GitHubPatchLoader *loader)
{
    m_patchLoads.remove(loader->group());
    m_requester->abortGroup(loader->group());
    loader->deleteLater();
}

void GitHubSource::loadWeekPatches(const RepoRef &repo, const QList<PullRequest> &pulls)
{
    stopWeekPatches();
    const GitHubEndpoint endpoint = endpointFor(repo);
    if (!m_load && endpoint.isValid())
        m_requester->setEndpoint(endpoint);
    m_weekPatches = new GitHubWeekPatches(m_requester, m_nextGroup++, repo, pulls, this);
    GitHubWeekPatches *phase = m_weekPatches;
    connect(phase, &GitHubWeekPatches::pullLoaded, this, &WeekSource::weekPatchesLoaded);
    connect(phase, &GitHubWeekPatches::progress, this, &WeekSource::progress);
    connect(phase, &GitHubWeekPatches::finished, this, [this, phase](const QList<LedgerEntry> &ledger) {
        if (phase == m_weekPatches)
            m_weekPatches = nullptr;
        phase->deleteLater();
        Q_EMIT weekPatchesFinished(ledger);
    });
    phase->start();
}

void GitHubSource::stopWeekPatches()
{
    if (!m_weekPatches)
        return;
    m_weekPatches->abort();
    m_weekPatches->deleteLater();
    m_weekPatches = nullptr;
}

void GitHubSource::cancel()
{
    const bool busy = m_load || !m_patchLoads.isEmpty() || m_weekPatches;
    stopWeekPatches();
    m_requester->abortAll();
    m_load.reset();
    for (GitHubPatchLoader *loader : std::as_const(m_patchLoads))
        loader->deleteLater();
    m_patchLoads.clear();
    if (busy)
        Q_EMIT failed(LoadError::cancelled());
}

} // namespace PrLens
