// SPDX-License-Identifier: MIT
#pragma once

#include "analysisconfig.h"

#include <QString>

class QSettings;

namespace PrLens {

/// The analysis configuration the user saved (Settings › Analysis), shared by the window and the command line.
namespace AnalysisSettings {
/// Defaults, then the saved rules (enabled, severity), highlighted-PR count and the bot accounts of @p repoKey
/// (see bots()), then the per-repository override JSON: @p overrideFile when given (the command line's --config),
/// else the saved override file; its "bots" add to the saved ones.
/// A missing or malformed override file leaves the rest applied and sets *error (one line, says what to do).
AnalysisConfig load(
    QSettings &settings, const QString &repoKey = {}, const QString &overrideFile = {}, QString *error = nullptr);
/// The bot logins saved for @p repoKey (RepoRef::key()); a repository without a list of its own, or an empty
/// key, gets the list saved for all repositories (the only one before lists were kept per repository).
QStringList bots(QSettings &settings, const QString &repoKey);
/// True when @p repoKey has a list of its own, even an empty one.
bool hasOwnBots(QSettings &settings, const QString &repoKey);
/// Saves @p repoKey's own list (an empty one counts no configured bots there); an empty key saves the list for
/// all repositories, and an empty list then removes it.
void setBots(QSettings &settings, const QString &repoKey, const QStringList &logins);
} // namespace AnalysisSettings

} // namespace PrLens
