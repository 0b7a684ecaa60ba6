// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Keys of the application settings (QSettings) shared by the settings dialog, the window and the CLI.
namespace PrLens::SettingsKeys {
using namespace Qt::StringLiterals;
inline QString language()
{
    return u"ui/language"_s;
} ///< "en" or "zh_CN"
inline QString weekUtcOffset()
{
    return u"week/utcOffset"_s;
} ///< "+08:00" form (UtcOffset::toString)
inline QString highlightedCount()
{
    return u"analysis/highlightedCount"_s;
}
inline QString riskRulesGroup()
{
    return u"analysis/rules"_s;
} ///< "<rule id>/enabled", "<rule id>/severity"
inline QString ruleOverrideFile()
{
    return u"analysis/overrideFile"_s;
} ///< per-repository override JSON
inline QString botAccounts()
{
    return u"analysis/bots"_s;
} ///< logins counted as bots in the review flow (besides GitHub's Bot type and "[bot]" logins), for repositories
  ///< without a list of their own
/// The bot logins of one repository (RepoRef::key()); hex-encoded, as its '/' and ':' would read as groups.
inline QString repositoryBotAccounts(const QString &repoKey)
{
    return u"analysis/repositoryBots/"_s + QString::fromLatin1(repoKey.toUtf8().toHex());
}
inline QString cacheLocation()
{
    return u"cache/location"_s;
} ///< empty = default location
inline QString hostsArray()
{
    return u"accounts/hosts"_s;
} ///< Enterprise hosts (github.com is built in)
inline QString insecureTokenFallback()
{
    return u"accounts/allowUnencryptedTokenFile"_s;
}
} // namespace PrLens::SettingsKeys
