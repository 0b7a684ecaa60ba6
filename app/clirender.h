// SPDX-License-Identifier: MIT
#pragma once

#include "analysisconfig.h"
#include "clioptions.h"

#include <QByteArrayList>
#include <QList>

namespace PrLens::Cli {

/// Whether the format can be rendered for the command; when not, *error says what to use instead.
bool formatAvailable(const CliOptions &options, QString *error);

/// Analyses the loaded week and renders the weekly report (or, for "pr", the one PR) in the chosen format.
/// @p history: earlier weeks of the same repository (any order, may be empty) for trends and related PRs.
/// @p config: the analysis settings (AnalysisSettings::load). On failure returns empty bytes and sets *error to
/// one translated line. The output comes in pieces, to be written one after the other (a busy week's JSON is
/// written by several threads; joining the pieces would cost a copy of megabytes).
QByteArrayList renderOutput(const CliOptions &options, const WeekData &week, const QList<WeekData> &history,
    const AnalysisConfig &config, QString *error);

} // namespace PrLens::Cli
