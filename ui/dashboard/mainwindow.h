// SPDX-License-Identifier: MIT
#pragma once

#include "analysisconfig.h"
#include "jobtracker.h"
#include "settingsdialog.h"
#include "weekloader.h"
#include "weekview.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;

class QTimer;

namespace PrLens {

class CountBarChart;
class DashboardChart;
class FilterChip;
class LayoutActions;
class MainWindowTestAccess;
class MessageBar;
class ModuleTrendChart;
class PrFilterProxy;
class PrListColumns;
class PrDetailPane;
class PrTableModel;
class RepoWeekBar;
class ReportExporter;
class SummaryCards;
class SyntaxRepository;

/// The dashboard window: repository/week bar, summary cards, charts, PR list and detail pane in splitters.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(WeekLoader::SourceFactory factory, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the repository and week in the bar and starts loading it.
    void open(const RepoRef &repo, IsoWeek week, UtcOffset zone);
    /// Re-reads the current request; refresh = bypass the cache for the current week.
    void reload(bool refresh = false);
    /// Opens the last repository, week and zone from the settings; false when there is no history.
    bool openLastSession();
    /// Selects a PR in the list (clearing filters that hide it); false when it is not in the week.
    bool selectPullRequest(int number);
    /// Numbers of the highlighted PRs of the shown week, most important first.
    QList<int> highlightedPullRequests() const { return m_view.highlightedNumbers; }
    bool hasData() const { return m_hasData; }
    const WeekView &weekView() const { return m_view; }
    bool isLoading() const;

    void saveSettings() const;
    void restoreSettings();

    /// Opens the settings dialog (window-modal) on a page; what changed is applied when it is applied.
    void openSettings(SettingsDialog::Page page = SettingsDialog::Page::General);
    /// Shows an informational remark (e.g. that no keychain is available) in the message bar.
    void showNotice(const QString &text);
    /// Greets a first run shown the bundled demo week: a short word in the message bar with two actions, "Open
    /// a GitHub repository…" (the repository field) and "Open a local clone…" (a folder dialog).
    void showWelcome();

    RepoWeekBar *repoWeekBar() const { return m_bar; }
    MessageBar *messageBar() const { return m_messages; }
    WeekLoader *loader() const { return m_loader; }
    PrDetailPane *detailPane() const { return m_detail; }

Q_SIGNALS:
    /// A load (current week and its history) ended, in success, failure or cancellation.
    void loadSettled();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class MainWindowTestAccess; // tests reach the window's parts through it
    void buildUi();
    void buildCharts();
    struct PrListParts {
        QWidget *panel;
        QHBoxLayout *searchRow;
    };
    /// The search row above the PR list, and the list.
    PrListParts buildPrList();
    void buildDetailPane();
    /// The window's own shortcuts, and what the bar, the charts and the list ask for.
    void connectUi();
    QList<DashboardChart *> charts() const;
    void buildLanguageMenu();
    void buildSettingsMenu();
    void buildViewMenu();
    void showWeekReport();
    /// A count in the week's report was clicked: filter the PR list as its chart bar would.
    void applyReportFilter(const QString &kind, const QString &key);
    void applySettings();
    /// Loads the analysis settings saved for @p repoKey unless they are those in use; true when they were loaded.
    /// *error: why the override file was not used.
    bool loadConfig(const QString &repoKey, QString *error = nullptr);
    void retranslate();
    void loadFromBar(bool refresh = false);
    void onWeekLoaded(const WeekData &data);
    void onHistoryLoaded(const QList<WeekData> &history);
    void onWeekPatchesLoaded(const PullPatches &patches);
    void onWeekPatchesFinished(const QList<LedgerEntry> &ledger);
    void onFailed(const LoadError &error);
    void analyse(const WeekData &data, const QList<WeekData> &history);
    void maybeSettle();
    void applyView();
    /// The rules' lift measured for the repository shown (BacktestStore): badge tooltips and the report's order.
    void applyMeasuredLift();
    void updateStatus();
    void updateTitle();
    void showWelcomeMessage();
    void onMessageAction();
    void updateCount();
    void showCurrentPr();

    WeekLoader *m_loader = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    AnalysisConfig m_config;
    QString m_configFingerprint; ///< the saved analysis settings (and repository) m_config was made from
    QString m_notice; ///< the informational remark on show, kept when a load succeeds
    bool m_welcome = false; ///< the first-run welcome is the remark on show
    QAction *m_openCloneAction = nullptr;
    RepoWeekBar *m_bar = nullptr;
    MessageBar *m_messages = nullptr;
    SummaryCards *m_cards = nullptr;
    CountBarChart *m_tagChart = nullptr;
    CountBarChart *m_fileChart = nullptr;
    CountBarChart *m_riskChart = nullptr;
    ModuleTrendChart *m_trendChart = nullptr;
    CountBarChart *m_mergeTimeChart = nullptr;
    CountBarChart *m_reviewerChart = nullptr;
    QLineEdit *m_search = nullptr;
    FilterChip *m_chip = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    PrListColumns *m_columns = nullptr;
    PrTableModel *m_model = nullptr;
    PrFilterProxy *m_proxy = nullptr;
    std::unique_ptr<SyntaxRepository> m_syntax; ///< one per window, shared by its diff views
    bool m_syntaxLoaded = false; ///< m_syntax was asked for (it may have failed)
    PrDetailPane *m_detail = nullptr;
    ReportExporter *m_exporter = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_weekReportAction = nullptr;
    LayoutActions *m_layoutActions = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_chartSplitter = nullptr;
    QSplitter *m_listSplitter = nullptr;

    RepoRef m_requestedRepo;
    IsoWeek m_requestedWeek;
    UtcOffset m_requestedZone;
    WeekView m_view;
    LoadError m_failure; ///< the last load error, told again on a language change while shown
    QString m_failureText;
    WeekData m_loadedData; ///< the latest week the loader delivered (its analysis may still run)
    QList<WeekData> m_history;
    bool m_hasData = false;
    bool m_loaderBusy = false;
    JobTracker m_analysis {this}; ///< the week's analysis, off the GUI thread; only the newest one's result is shown
    QTimer *m_patchAnalysis = nullptr; ///< gathers patches arriving close together into one analysis
};

} // namespace PrLens
