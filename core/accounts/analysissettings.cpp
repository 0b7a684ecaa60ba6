// SPDX-License-Identifier: MIT
#include "analysissettings.h"

#include "settingskeys.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace PrLens::AnalysisSettings {

QStringList bots(QSettings &settings, const QString &repoKey)
{
    if (hasOwnBots(settings, repoKey))
        return settings.value(SettingsKeys::repositoryBotAccounts(repoKey)).toStringList();
    return settings.value(SettingsKeys::botAccounts()).toStringList();
}

bool hasOwnBots(QSettings &settings, const QString &repoKey)
{
    return !repoKey.isEmpty() && settings.contains(SettingsKeys::repositoryBotAccounts(repoKey));
}

void setBots(QSettings &settings, const QString &repoKey, const QStringList &logins)
{
    if (!repoKey.isEmpty())
        settings.setValue(SettingsKeys::repositoryBotAccounts(repoKey), logins);
    else if (logins.isEmpty())
        settings.remove(SettingsKeys::botAccounts());
    else
        settings.setValue(SettingsKeys::botAccounts(), logins);
}

AnalysisConfig load(QSettings &settings, const QString &repoKey, const QString &overrideFile, QString *error)
{
    AnalysisConfig config;
    if (settings.contains(SettingsKeys::highlightedCount())) {
        bool ok = false;
        const int count = settings.value(SettingsKeys::highlightedCount()).toInt(&ok);
        if (ok && count > 0)
            config.highlightCount = count;
    }
    config.bots = bots(settings, repoKey);
    settings.beginGroup(SettingsKeys::riskRulesGroup());
    const QStringList ids = RiskEngine::builtInIds();
    for (const QString &id : ids) {
        RuleOverride o = config.rules.override(id);
        o.enabled = settings.value(id + u"/enabled"_s, true).toBool();
        Severity severity;
        if (severityFromId(settings.value(id + u"/severity"_s).toString(), &severity))
            o.severity = severity;
        config.rules.setOverride(id, o);
    }
    settings.endGroup();

    const QString file
        = overrideFile.isEmpty() ? settings.value(SettingsKeys::ruleOverrideFile()).toString() : overrideFile;
    if (!file.isEmpty()) {
        // Applied over a copy: a file that fails half-way leaves the saved settings as they were.
        AnalysisConfig withFile = config;
        QString problem;
        if (withFile.load(file, &problem))
            return withFile;
        if (error)
            *error = problem;
    }
    return config;
}

} // namespace PrLens::AnalysisSettings
