// SPDX-License-Identifier: MIT
// Shared pieces of the GitHub source tests: synthetic pulls, a fast request policy, and a blocking week load.
#pragma once

#include "fakegithubserver.h"
#include "githubsource.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace PrLens::TestSupport {

using namespace PrLens;

inline const QString kToken = u"ghp_secret_token_for_tests_0123456789"_s;

inline QString datasetDir(const QString &folder)
{
    return QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/"_s + folder;
}

inline RequestPolicy fastPolicy()
{
    RequestPolicy p;
    p.retryBaseDelayMs = 10;
    p.maxTries = 3;
    p.transferTimeoutMs = 5000;
    p.secondaryWaitSeconds = 1;
    return p;
}

/// A REST-shaped merged pull with `files` small files (every third one binary: no patch).
inline QJsonObject makePull(int number, const QDateTime &mergedAt, int files)
{
    QJsonArray list;
    int additions = 0;
    for (int i = 0; i < files; ++i) {
        QJsonObject f {{"filename"_L1, u"src/m%1/file%2.cpp"_s.arg(i % 7).arg(i)}, {"status"_L1, "modified"_L1},
            {"additions"_L1, 1}, {"deletions"_L1, 0}, {"changes"_L1, 1}};
        if (i % 3 == 2)
            f.insert("binary"_L1, true);
        else
            f.insert("patch"_L1, u"@@ -0,0 +1 @@\n+line %1"_s.arg(i));
        list.append(f);
        ++additions;
    }
    const QString merged = mergedAt.toUTC().toString(Qt::ISODate);
    return QJsonObject {{"number"_L1, number}, {"title"_L1, u"[Feature] change %1"_s.arg(number)},
        {"body"_L1, "body"_L1}, {"user"_L1, QJsonObject {{"login"_L1, u"dev%1"_s.arg(number % 5)}}},
        {"html_url"_L1, u"https://github.com/acme/widgets/pull/%1"_s.arg(number)}, {"state"_L1, "closed"_L1},
        {"merged"_L1, true}, {"created_at"_L1, mergedAt.toUTC().addDays(-1).toString(Qt::ISODate)},
        {"updated_at"_L1, merged}, {"closed_at"_L1, merged}, {"merged_at"_L1, merged}, {"labels"_L1, QJsonArray {}},
        {"base"_L1, QJsonObject {{"ref"_L1, "main"_L1}}}, {"additions"_L1, additions}, {"deletions"_L1, 0},
        {"changed_files"_L1, files}, {"files"_L1, list}};
}

inline const IsoWeek kWeek(2026, 14);
inline const UtcOffset kZone(0);

/// `count` PRs merged inside 2026-W14 (UTC), spread over the week, `files` files each.
inline QJsonArray syntheticWeek(int count, int files = 1, int firstNumber = 1)
{
    const WeekRange range = WeekRange::of(kWeek, kZone);
    const qint64 span = range.start.secsTo(range.end) - 1;
    QJsonArray pulls;
    for (int i = 0; i < count; ++i)
        pulls.append(makePull(firstNumber + i, range.start.addSecs(span * i / std::max(1, count - 1)), files));
    return pulls;
}

struct Run {
    bool finished = false;
    WeekData data;
    LoadError error;
    QStringList progressTexts;
    int lastDone = -1;
    int lastTotal = -1;
};

inline Run loadWeek(GitHubSource &source, const RepoRef &repo, IsoWeek week, UtcOffset zone, int timeoutMs = 60000)
{
    Run run;
    QSignalSpy finished(&source, &WeekSource::finished);
    QSignalSpy failed(&source, &WeekSource::failed);
    QObject context;
    QObject::connect(&source, &WeekSource::progress, &context, [&run](int done, int total, const QString &text) {
        QVERIFY(done <= total || total == 0);
        run.progressTexts.append(text);
        run.lastDone = done;
        run.lastTotal = total;
    });
    source.load(repo, week, zone);
    QElapsedTimer t;
    t.start();
    while (finished.isEmpty() && failed.isEmpty() && t.elapsed() < timeoutMs)
        finished.wait(100);
    if (!finished.isEmpty()) {
        run.finished = true;
        run.data = finished.first().first().value<WeekData>();
    } else if (!failed.isEmpty()) {
        run.error = failed.first().first().value<LoadError>();
    }
    return run;
}

inline bool hasLedger(const WeekData &d, LedgerEntry::Kind kind)
{
    return std::any_of(d.ledger.cbegin(), d.ledger.cend(), [kind](const LedgerEntry &e) { return e.kind == kind; });
}

inline std::unique_ptr<GitHubSource> makeSource(const FakeGitHubServer &server)
{
    auto source = std::make_unique<GitHubSource>();
    source->setApiUrl(server.baseUrl());
    source->setToken(kToken);
    source->setPolicy(fastPolicy());
    return source;
}

inline void registerTypes()
{
    qRegisterMetaType<WeekData>();
    qRegisterMetaType<LoadError>();
    qRegisterMetaType<QList<FileChange>>();
    qRegisterMetaType<LedgerEntry>();
}

} // namespace PrLens::TestSupport
