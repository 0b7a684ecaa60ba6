// SPDX-License-Identifier: MIT
// Internal: phrases shared by the weekly and PR reports.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace PrLens {

struct RepoRef;
struct PullRequest;
struct RiskFinding;
struct Evidence;
struct ReportItem;

class ReportText {
    Q_DECLARE_TR_FUNCTIONS(PrLens::ReportText)
public:
    static QString prRef(int number); ///< "#123"
    static QString prList(const QList<int> &numbers); ///< "#1, #2, #3"
    static QString signedNumber(int n); ///< "+5", "−3", "0"
    static QString signedDecimal(double d); ///< "+0.4"
    static QString decimal(double d); ///< "2.4"
    static QString lines(int additions, int deletions); ///< "+12 −3"
    static QString joinList(const QStringList &parts); ///< locale list ("a, b and c" / "a、b和c")
    static QString prUrl(const PullRequest &pr, const RepoRef &repo);
    static QString ruleTitle(const QString &ruleId);
    static QString evidence(const Evidence &e); ///< "path, line 12: text"
    /// "path:12 adds NAME": where an added line is and what on it made the rule fire (the evidence's subject).
    static QString evidenceExample(const Evidence &e);
    /// An item for a PR: lead "#N" linked, text = title (with author when asked).
    static ReportItem prItem(const PullRequest *pr, int number, const RepoRef &repo, bool withAuthor = true);
};

} // namespace PrLens
