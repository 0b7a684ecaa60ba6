// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace PrLens {

class JsonWriter;
struct PrAnalysis;
struct WeekAnalysis;

/// The analysis as JSON for the command line and exports: ids, numbers and the PR numbers behind every count
/// (language-neutral), plus "text" fields in the current language for people reading the file.
struct AnalysisJson {
    /// The week's figures as members of an object the caller opened, without the per-PR analyses (the command
    /// line writes those beside each PR).
    static void writeWeekMembers(JsonWriter &w, const WeekAnalysis &analysis);
    static void write(JsonWriter &w, const PrAnalysis &pr); ///< one object
    /// The week's figures with the per-PR analyses under "pulls".
    static QJsonObject toJson(const WeekAnalysis &analysis);
    static QJsonObject toJson(const PrAnalysis &pr);
};

} // namespace PrLens
