// SPDX-License-Identifier: MIT
#include "demoweeksource.h"

#include <QFile>
#include <QJsonDocument>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

struct Bundle {
    std::optional<WeekData> week;
    QString error;
};

Bundle readBundle()
{
    Bundle b;
    QFile file(DemoWeekSource::resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        b.error = DemoWeekSource::tr("The demo week is missing from this build of PR Lens.");
        return b;
    }
    const QByteArray json = qUncompress(file.readAll());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (json.isEmpty() || parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        b.error = DemoWeekSource::tr("The demo week of this build of PR Lens is damaged.");
        return b;
    }
    WeekData data = WeekData::fromJson(doc.object());
    data.repo = DemoWeekSource::repo();
    data.fromCache = false;
    b.week = std::move(data);
    return b;
}

} // namespace

RepoRef DemoWeekSource::repo()
{
    return RepoRef::demo(u"vllm-project"_s, u"vllm"_s);
}

IsoWeek DemoWeekSource::week()
{
    return IsoWeek(2026, 13);
}

UtcOffset DemoWeekSource::zone()
{
    return UtcOffset(8 * 3600);
}

QString DemoWeekSource::resourcePath()
{
    return u":/prlens/demo/vllm-project__vllm-2026-W13.json.z"_s;
}

std::optional<WeekData> DemoWeekSource::bundledWeek(QString *error)
{
    // Read and parsed once per process: the window asks again for each week of its history.
    static QMutex mutex;
    static std::optional<Bundle> bundle;
    QMutexLocker lock(&mutex);
    if (!bundle)
        bundle = readBundle();
    if (error)
        *error = bundle->error;
    return bundle->week;
}

void DemoWeekSource::load(const RepoRef &repo, IsoWeek week, UtcOffset)
{
    m_jobs.start();
    // The bundled week is the one week there is, whatever the zone asked for: its boundaries are UTC+08:00's.
    if (!(repo == DemoWeekSource::repo()) || week != DemoWeekSource::week()) {
        const LoadError error {LoadError::Kind::NotFound,
            tr("The demo holds only %1 of %2; open a repository to see other weeks.")
                .arg(DemoWeekSource::week().toString(), DemoWeekSource::repo().displayName())};
        m_jobs.later([this, error] { Q_EMIT failed(error); });
        return;
    }
    QString message;
    std::optional<WeekData> data = bundledWeek(&message);
    if (!data) {
        const LoadError error {LoadError::Kind::Io, message};
        m_jobs.later([this, error] { Q_EMIT failed(error); });
        return;
    }
    data->fetchedAt = QDateTime::currentDateTimeUtc();
    m_jobs.later([this, data = std::move(*data)] { Q_EMIT finished(data); });
}

void DemoWeekSource::loadPatches(const RepoRef &repo, const PullRequest &pr)
{
    const std::optional<WeekData> data = repo == DemoWeekSource::repo() ? bundledWeek() : std::nullopt;
    const PullRequest *bundled = data ? data->find(pr.number) : nullptr;
    if (!bundled) {
        const LoadError error {LoadError::Kind::NotFound, tr("PR #%1 is not in the demo week.").arg(pr.number)};
        m_jobs.later([this, error] { Q_EMIT failed(error); });
        return;
    }
    m_jobs.later([this, number = pr.number, files = bundled->files] { Q_EMIT patchesLoaded(number, files); });
}

void DemoWeekSource::loadWeekPatches(const RepoRef &, const QList<PullRequest> &pulls)
{
    finishWeekPatchesUnread(pulls);
}

void DemoWeekSource::cancel()
{
    if (!m_jobs.hasPending())
        return; // nothing under way
    m_jobs.cancel();
    m_jobs.later([this] { Q_EMIT failed(LoadError::cancelled()); });
}

} // namespace PrLens
