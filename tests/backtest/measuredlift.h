// SPDX-License-Identifier: MIT
// A measured back-test for the tests of where people see it (Settings › Analysis, badge tooltips), and the
// screenshots they take: with PRLENS_SCREENSHOT_DIR set, widgets are saved there as PNG; PRLENS_EXTRA_QM_DIR
// names a folder whose backtest_<language>.qm is installed over the built-in translations (for strings not yet in
// translations/*.ts).
#pragma once

#include "backteststore.h"
#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>
#include <QWidget>

namespace MeasuredLift {
using namespace Qt::StringLiterals;

inline PrLens::RuleBacktest rule(const QString &id, int a, int n1, int c, int n0)
{
    PrLens::RuleBacktest r;
    r.id = id;
    r.flagged = n1;
    r.flaggedBad = a;
    r.unflagged = n0;
    r.unflaggedBad = c;
    r.ratio = PrLens::RiskRatio::katz(a, n1, c, n0);
    r.enoughData = n1 >= 20 && n0 >= 20 && a + c >= 5;
    return r;
}

/// The example: missing tests 41 of 380 vs 38 of 1,120 over 26 weeks; core path no better than chance;
/// new environment variables too rare to measure.
inline PrLens::BacktestSummary summary(const QString &repoKey)
{
    PrLens::BacktestSummary s;
    s.repoKey = repoKey;
    s.first = PrLens::IsoWeek(2025, 41);
    s.last = PrLens::IsoWeek(2026, 14);
    s.horizonWeeks = 4;
    s.rules = {rule(u"missing-tests"_s, 41, 380, 38, 1120), rule(u"core-path"_s, 22, 300, 57, 1200),
        rule(u"large-change"_s, 30, 210, 49, 1290), rule(u"new-env-var"_s, 2, 12, 77, 1488)};
    return s;
}

inline void useLanguage(const QString &code)
{
    PrLens::LanguageManager::instance()->setLanguage(code);
    static QTranslator *extra = nullptr;
    if (extra) {
        QCoreApplication::removeTranslator(extra);
        delete extra;
        extra = nullptr;
    }
    const QString dir = qEnvironmentVariable("PRLENS_EXTRA_QM_DIR");
    if (!dir.isEmpty()) {
        extra = new QTranslator;
        if (extra->load(u"backtest_"_s + code, dir))
            QCoreApplication::installTranslator(extra);
    }
}

inline void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PRLENS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

} // namespace MeasuredLift
