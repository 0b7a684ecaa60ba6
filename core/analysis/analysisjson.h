// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace PrLens {

struct PrAnalysis;
struct WeekAnalysis;

/// The analysis as JSON for the command line and exports: ids, numbers and the PR numbers behind every count
/// (language-neutral), plus "text" fields in the current language for people reading the file.
struct AnalysisJson {
    static QJsonObject toJson(const WeekAnalysis &analysis);
    static QJsonObject toJson(const PrAnalysis &pr);
};

} // namespace PrLens
