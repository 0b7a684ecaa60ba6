// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace PrLens {

/// How much a finding matters.
enum class Severity { Info, Warning, High };
QString severityId(Severity s); ///< "info", "warning", "high"
bool severityFromId(QStringView id, Severity *out);
QString severityDisplay(Severity s); ///< translated

/// One piece of evidence: a place in the diff and what is there, or a number.
struct Evidence {
    QString file; ///< empty when the evidence concerns the whole PR
    int line = 0; ///< line in the new file; 0 when not about a line
    QString text; ///< the added line, a file list, a title … (untrusted text: escape when rendering)
    /// The telling part of text: the environment variable's name, the debugging call ("print("), the literal,
    /// the dependency; empty when the whole text is the point (untrusted text).
    QString subject = {};
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

/// A rule that fired on a PR, with its evidence.
struct RiskFinding {
    QString ruleId;
    Severity severity = Severity::Warning;
    int prNumber = 0;
    /// Language-neutral facts for the sentence (e.g. {"lines": 1234, "bucket": "XXL"}); RiskRule::describe()
    /// turns them into text in the current language.
    QList<std::pair<QString, QString>> facts;
    QList<Evidence> evidence;
    QList<int> relatedPrs; ///< e.g. the reverted PR

    QString fact(const QString &name) const;
    friend bool operator==(const RiskFinding &, const RiskFinding &) = default;
};

/// A rule that could not be evaluated on a PR, and why (never a silent pass).
struct NotEvaluated {
    enum class Reason {
        PatchMissing,
        PatchTruncated,
        ReviewDataUnknown,
        FilesTruncated,
        ReviewsIncomplete,
        ReviewThreadsIncomplete
    };
    QString ruleId;
    int prNumber = 0;
    Reason reason = Reason::PatchMissing;
    QStringList files; ///< the files whose patch was missing or cut

    QString describe() const; ///< translated
    static QString reasonId(Reason r);
    friend bool operator==(const NotEvaluated &, const NotEvaluated &) = default;
};

/// The outcome of one rule on one PR.
struct RuleResult {
    enum class Outcome { Passed, Fired, NotEvaluated };
    Outcome outcome = Outcome::Passed;
    RiskFinding finding; ///< when Fired
    NotEvaluated notEvaluated; ///< when NotEvaluated
};

} // namespace PrLens
