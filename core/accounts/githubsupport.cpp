// SPDX-License-Identifier: MIT
#include "githubsupport.h"

#include "programmodule.h"
#include "tokenchecker.h"
#include "weeksource.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

namespace PrLens::GitHubSupport {

namespace {

const Api *&linkedApi()
{
    static const Api *linked = nullptr;
    return linked;
}

struct Loaded {
    const Api *api = nullptr;
    QString error;
};

Loaded load()
{
    QString error;
    using Entry = const Api *(*)();
    const auto entry
        = reinterpret_cast<Entry>(ProgramModule::resolve(u"prlens-github.so"_s, "prlens_github_support", &error));
    if (!entry)
        return {nullptr, error};
    const Api *api = entry();
    if (!api || api->size != int(sizeof(Api)) || !api->version || std::strcmp(api->version, PRLENS_VERSION) != 0) {
        return {nullptr,
            QCoreApplication::translate("PrLens::GitHubSupport",
                "PR Lens's GitHub support (%1) belongs to "
                "another version of PR Lens. Reinstall PR Lens.")
                .arg(QDir::toNativeSeparators(modulePath()))};
    }
    return {api, {}};
}

/// What createSource() gives when the module cannot be loaded: every load fails with the reason.
class UnavailableSource : public WeekSource {
public:
    UnavailableSource(QString why, QObject *parent)
        : WeekSource(parent)
        , m_why(std::move(why))
    {
    }

    void load(const RepoRef &, IsoWeek, UtcOffset) override { fail(); }
    void loadPatches(const RepoRef &, const PullRequest &) override { fail(); }
    void loadWeekPatches(const RepoRef &, const QList<PullRequest> &pulls) override { finishWeekPatchesUnread(pulls); }
    void cancel() override { }

private:
    void fail()
    {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed({LoadError::Kind::ToolMissing, m_why}); });
    }

    QString m_why;
};

/// What createTokenChecker() gives when the module cannot be loaded: every check fails with the reason.
class UnavailableTokenChecker : public TokenChecker {
public:
    UnavailableTokenChecker(QString why, QObject *parent)
        : TokenChecker(parent)
        , m_why(std::move(why))
    {
    }

    void validate(const HostAccount &, const QString &) override
    {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(m_why); });
    }
    void cancel() override { }
    bool isRunning() const override { return false; }
    void setTimeout(int) override { }

private:
    QString m_why;
};

} // namespace

QString modulePath()
{
    return ProgramModule::path(u"prlens-github.so"_s);
}

void provide(const Api *linked)
{
    linkedApi() = linked;
}

const Api *api(QString *error)
{
    if (const Api *linked = linkedApi())
        return linked;
    static const Loaded loaded = load();
    if (!loaded.api && error)
        *error = loaded.error;
    return loaded.api;
}

WeekSource *createSource(const SourceConfig &config, QObject *parent)
{
    QString error;
    if (const Api *functions = api(&error))
        return functions->createSource(config, parent);
    return new UnavailableSource(error, parent);
}

std::function<void(const QString &)> tokenSetter(WeekSource *source)
{
    const Api *functions = api();
    if (!functions)
        return [](const QString &) {
        };
    return [functions, source](const QString &token) {
        functions->setToken(source, token);
    };
}

TokenChecker *createTokenChecker(QObject *parent)
{
    QString error;
    if (const Api *functions = api(&error))
        return functions->createTokenChecker(parent);
    return new UnavailableTokenChecker(error, parent);
}

} // namespace PrLens::GitHubSupport
