// SPDX-License-Identifier: MIT
#pragma once

#include "mainwindow.h"

namespace PrLens {

/// The window's parts a test looks at or drives; MainWindow lets only this class reach them, so the window's
/// public interface stays what the application uses.
class MainWindowTestAccess {
public:
    explicit MainWindowTestAccess(const MainWindow &window)
        : m_window(window)
    {
    }

    /// The settings dialog while it is open, else nullptr.
    SettingsDialog *settingsDialog() const { return m_window.m_settingsDialog; }
    QAction *settingsAction() const { return m_window.m_settingsAction; }
    /// View › Weekly Report.
    QAction *weekReportAction() const { return m_window.m_weekReportAction; }
    /// The welcome's "Open a local clone…".
    QAction *openCloneAction() const { return m_window.m_openCloneAction; }

    SummaryCards *summaryCards() const { return m_window.m_cards; }
    PrTableModel *prModel() const { return m_window.m_model; }
    PrFilterProxy *prProxy() const { return m_window.m_proxy; }
    QTableView *prView() const { return m_window.m_table; }
    PrListColumns *prListColumns() const { return m_window.m_columns; }
    FilterChip *filterChip() const { return m_window.m_chip; }
    CountBarChart *tagChart() const { return m_window.m_tagChart; }
    CountBarChart *hotFileChart() const { return m_window.m_fileChart; }
    CountBarChart *riskChart() const { return m_window.m_riskChart; }
    ModuleTrendChart *moduleTrendChart() const { return m_window.m_trendChart; }
    CountBarChart *reviewerChart() const { return m_window.m_reviewerChart; }
    QSplitter *mainSplitter() const { return m_window.m_mainSplitter; }
    QSplitter *chartSplitter() const { return m_window.m_chartSplitter; }
    QSplitter *listSplitter() const { return m_window.m_listSplitter; }
    ReportExporter *exporter() const { return m_window.m_exporter; }
    /// The View menu's charts and "focus on details" actions.
    LayoutActions *layoutActions() const { return m_window.m_layoutActions; }

private:
    const MainWindow &m_window;
};

/// Shorthand in tests: `parts(w).prModel()`.
inline MainWindowTestAccess parts(const MainWindow &window)
{
    return MainWindowTestAccess(window);
}

} // namespace PrLens
