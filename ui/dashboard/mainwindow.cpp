// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "analysispage.h"
#include "analysissettings.h"
#include "backteststore.h"
#include "backtesttext.h"
#include "countbarchart.h"
#include "filessplitter.h"
#include "filterchip.h"
#include "firstpaint.h"
#include "languagemanager.h"
#include "layoutactions.h"
#include "messagebar.h"
#include "moduletrendchart.h"
#include "prdetailpane.h"
#include "prfilterproxy.h"
#include "prlistcolumns.h"
#include "prtablemodel.h"
#include "reportexporter.h"
#include "repoweekbar.h"
#include "riskbadgedelegate.h"
#include "riskfinding.h"
#include "settingskeys.h"
#include "summarycards.h"
#include "syntax.h"
#include "weekreportview.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QString relativeAge(const QDateTime &when)
{
    const qint64 secs = when.secsTo(QDateTime::currentDateTimeUtc());
    if (secs < 60)
        return MainWindow::tr("just now");
    if (secs < 3600)
        return MainWindow::tr("%n min ago", nullptr, int(secs / 60));
    if (secs < 86400)
        return MainWindow::tr("%n h ago", nullptr, int(secs / 3600));
    return MainWindow::tr("%n day(s) ago", nullptr, int(secs / 86400));
}

/// The analysis settings saved for a repository as one string, to tell whether they changed.
QString analysisFingerprint(QSettings &settings, const QString &repoKey)
{
    QStringList parts {repoKey, settings.value(SettingsKeys::highlightedCount()).toString(),
        settings.value(SettingsKeys::ruleOverrideFile()).toString(),
        AnalysisSettings::bots(settings, repoKey).join(u',')};
    settings.beginGroup(SettingsKeys::riskRulesGroup());
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        parts.append(key + u'=' + settings.value(key).toString());
    settings.endGroup();
    return parts.join(u'\n');
}

} // namespace

MainWindow::MainWindow(WeekLoader::SourceFactory factory, QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new WeekLoader(std::move(factory), this))
{
    buildUi();
    connect(m_loader, &WeekLoader::started, this, [this] {
        m_loaderBusy = true;
        m_bar->setLoading(true);
    });
    connect(m_loader, &WeekLoader::progress, m_bar, &RepoWeekBar::setProgress);
    connect(m_loader, &WeekLoader::weekLoaded, this, &MainWindow::onWeekLoaded);
    connect(m_loader, &WeekLoader::historyLoaded, this, &MainWindow::onHistoryLoaded);
    connect(m_loader, &WeekLoader::weekPatchesLoaded, this, &MainWindow::onWeekPatchesLoaded);
    connect(m_loader, &WeekLoader::weekPatchesFinished, this, &MainWindow::onWeekPatchesFinished);
    // The patch rules' findings fill in as patches arrive, a few times a second rather than once per PR.
    m_patchAnalysis = new QTimer(this);
    m_patchAnalysis->setSingleShot(true);
    m_patchAnalysis->setInterval(400);
    connect(m_patchAnalysis, &QTimer::timeout, this, [this] { analyse(m_loadedData, m_history); });
    connect(m_loader, &WeekLoader::failed, this, &MainWindow::onFailed);
    connect(m_loader, &WeekLoader::notice, this, &MainWindow::showNotice); // e.g. no keychain: public data only
    connect(m_loader, &WeekLoader::idle, this, [this] {
        m_loaderBusy = false;
        maybeSettle();
    });
    restoreSettings();
    loadConfig({});
    retranslate();
    // What the first frame can do without comes right after it: the window is on screen sooner.
    FirstPaint::after(this, [this] {
        m_bar->loadIcons();
        m_messages->loadIcons();
        m_exporter->loadIcons();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_bar = new RepoWeekBar(central);
    m_messages = new MessageBar(central);
    m_cards = new SummaryCards(central);
    layout->addWidget(m_bar);
    layout->addWidget(m_messages);
    layout->addWidget(m_cards);

    buildCharts();
    const auto [listPanel, searchRow] = buildPrList();
    buildDetailPane();
    m_listSplitter = new QSplitter(Qt::Horizontal);
    m_listSplitter->setObjectName(u"listSplitter"_s);
    m_listSplitter->addWidget(listPanel);
    m_listSplitter->addWidget(m_detail);
    m_listSplitter->setStretchFactor(0, 13);
    m_listSplitter->setStretchFactor(1, 7);

    m_mainSplitter = new QSplitter(Qt::Vertical);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_chartSplitter);
    m_mainSplitter->addWidget(m_listSplitter);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setChildrenCollapsible(false);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);
    m_layoutActions = new LayoutActions(m_chartSplitter, {m_cards, listPanel}, this);
    searchRow->addWidget(m_layoutActions->createChartsButton(listPanel)); // right below the charts it hides
    buildLanguageMenu();
    buildSettingsMenu();

    m_exporter = new ReportExporter(this);
    for (DashboardChart *chart : charts())
        m_exporter->attachChart(chart);
    m_fileMenu = new QMenu(this);
    menuBar()->insertMenu(menuBar()->actions().value(0), m_fileMenu); // File comes first
    m_fileMenu->addAction(m_exporter->exportReportAction());
    buildViewMenu();
    connectUi();
}

QList<DashboardChart *> MainWindow::charts() const
{
    return {m_tagChart, m_fileChart, m_trendChart, m_riskChart, m_mergeTimeChart, m_reviewerChart};
}

void MainWindow::buildCharts()
{
    m_chartSplitter = new QSplitter(Qt::Horizontal);
    m_chartSplitter->setObjectName(u"chartSplitter"_s);
    m_tagChart = new CountBarChart(ChartFilter::Kind::Tag);
    m_fileChart = new CountBarChart(ChartFilter::Kind::File);
    m_trendChart = new ModuleTrendChart;
    m_riskChart = new CountBarChart(ChartFilter::Kind::Risk);
    m_tagChart->setMaxBars(8);
    m_fileChart->setMaxBars(8);
    m_riskChart->setMaxBars(8);
    m_mergeTimeChart = new CountBarChart(ChartFilter::Kind::MergeTime);
    m_reviewerChart = new CountBarChart(ChartFilter::Kind::Reviewer);
    m_reviewerChart->setMaxBars(8);
    // Shown once a week with review data is in (see applyView): a clone's week never moves the other charts.
    m_mergeTimeChart->hide();
    m_reviewerChart->hide();
    for (DashboardChart *chart : charts())
        m_chartSplitter->addWidget(chart);
    m_chartSplitter->setSizes({200, 280, 280, 220, 200, 200});
}

MainWindow::PrListParts MainWindow::buildPrList()
{
    m_model = new PrTableModel(this);
    m_proxy = new PrFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *listPanel = new QWidget;
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(listPanel);
    m_search->setClearButtonEnabled(true);
    m_chip = new FilterChip(listPanel);
    m_count = new QLabel(listPanel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_chip);
    searchRow->addWidget(m_count);
    listLayout->addLayout(searchRow);
    m_table = new QTableView(listPanel);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setItemDelegateForColumn(PrTableModel::RisksColumn, new RiskBadgeDelegate(m_table));
    m_columns = new PrListColumns(m_table);
    m_table->sortByColumn(PrTableModel::ImportanceColumn, Qt::DescendingOrder);
    listLayout->addWidget(m_table, 1);
    return {listPanel, searchRow};
}

void MainWindow::buildDetailPane()
{
    m_detail = new PrDetailPane; // its syntax repository comes with the first PR (see showCurrentPr)
    connect(m_detail, &PrDetailPane::pullRequestActivated, this, &MainWindow::selectPullRequest);
    connect(m_detail->weekReport(), &WeekReportView::pullRequestActivated, this, [this](int number) {
        if (selectPullRequest(number))
            m_detail->setCurrentTab(PrDetailPane::OverviewTab);
    });
    connect(m_detail->weekReport(), &WeekReportView::filterRequested, this, &MainWindow::applyReportFilter);
    connect(m_detail, &PrDetailPane::patchesWanted, this, [this](int number) {
        const PullRequest *pr = m_view.data.find(number);
        if (!pr || !m_loader->source())
            return;
        // Patches come from the same source (and cache) as the week; connect once per source.
        WeekSource *source = m_loader->source();
        if (!source->property("prlensPatchesConnected").toBool()) {
            connect(source, &WeekSource::patchesLoaded, m_detail, &PrDetailPane::setPatches);
            source->setProperty("prlensPatchesConnected", true);
        }
        source->loadPatches(m_view.data.repo, *pr);
    });
}

void MainWindow::connectUi()
{
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);

    connect(m_bar, &RepoWeekBar::loadRequested, this, [this] { loadFromBar(false); });
    connect(m_bar, &RepoWeekBar::refreshRequested, this, [this] { loadFromBar(true); });
    connect(m_bar, &RepoWeekBar::cancelRequested, m_loader, &WeekLoader::cancel);
    connect(m_messages, &MessageBar::retryRequested, this, [this] { reload(true); });
    connect(m_messages, &MessageBar::actionRequested, this, &MainWindow::onMessageAction);
    m_openCloneAction = new QAction(this);
    connect(m_openCloneAction, &QAction::triggered, m_bar, &RepoWeekBar::browseForClone);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    for (DashboardChart *chart : charts())
        connect(chart, &DashboardChart::filterRequested, m_proxy, &PrFilterProxy::setChartFilter);
    connect(m_proxy, &PrFilterProxy::chartFilterChanged, this, [this](const ChartFilter &filter) {
        m_chip->setFilter(filter);
        updateCount();
    });
    connect(m_chip, &FilterChip::clearRequested, m_proxy, &PrFilterProxy::clearChartFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentPr);
}

void MainWindow::buildLanguageMenu()
{
    // Each language is named in itself, so these entries are never translated.
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    auto *languages = LanguageManager::instance();
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setObjectName(u"language_"_s + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == languages->language());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [code] { LanguageManager::instance()->setAndSaveLanguage(code); });
    }
    // --lang, the settings dialog and this menu all go through the manager; the check mark follows it.
    connect(languages, &LanguageManager::languageChanged, this, [group](const QString &code) {
        for (QAction *action : group->actions())
            action->setChecked(action->data().toString() == code);
    });
}

void MainWindow::buildViewMenu()
{
    m_viewMenu = new QMenu(this);
    m_viewMenu->setObjectName(u"viewMenu"_s);
    menuBar()->insertMenu(m_languageMenu->menuAction(), m_viewMenu);
    m_weekReportAction = m_viewMenu->addAction(QString());
    m_weekReportAction->setObjectName(u"weekReportAction"_s);
    m_weekReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_weekReportAction, &QAction::triggered, this, &MainWindow::showWeekReport);
    m_viewMenu->addSeparator();
    m_layoutActions->addTo(m_viewMenu);
}

void MainWindow::showWeekReport()
{
    m_detail->setCurrentTab(PrDetailPane::WeekTab);
    m_detail->weekReport()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::applyReportFilter(const QString &kind, const QString &key)
{
    // The chip names the filter as the charts do: the bar's label where there is one, else the key.
    static const QHash<QString, ChartFilter::Kind> kinds {{u"tag"_s, ChartFilter::Kind::Tag},
        {u"file"_s, ChartFilter::Kind::File}, {u"module"_s, ChartFilter::Kind::Module},
        {u"risk"_s, ChartFilter::Kind::Risk}};
    ChartFilter filter {kinds.value(kind, ChartFilter::Kind::None), key, key};
    const QList<CountEntry> *entries = filter.kind == ChartFilter::Kind::Risk ? &m_view.risks
        : filter.kind == ChartFilter::Kind::Tag                               ? &m_view.tags
                                                                              : nullptr;
    for (const CountEntry &e : entries ? *entries : QList<CountEntry>())
        if (e.key == key)
            filter.label = e.label;
    if (filter.isActive())
        m_proxy->setChartFilter(filter);
}

void MainWindow::buildSettingsMenu()
{
    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(u"settingsMenu"_s);
    m_settingsAction = m_settingsMenu->addAction(QString());
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    // The platform's Preferences keys (none on some desktops), and Ctrl+, everywhere.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (const QKeySequence ctrlComma(Qt::CTRL | Qt::Key_Comma); !keys.contains(ctrlComma))
        keys.prepend(ctrlComma);
    m_settingsAction->setShortcuts(keys);
    connect(m_settingsAction, &QAction::triggered, this, [this] { openSettings(); });
}

void MainWindow::openSettings(SettingsDialog::Page page)
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsDialog->setWindowModality(Qt::WindowModal);
        connect(m_settingsDialog, &SettingsDialog::settingsApplied, this, &MainWindow::applySettings);
    }
    m_settingsDialog->analysisPage()->setRepository(
        m_hasData ? m_view.data.repo.key() : QString(), m_hasData ? m_view.data.repo.displayName() : QString());
    m_settingsDialog->showPage(page);
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::applySettings()
{
    // The language switches by itself (LanguageManager); the rest is compared with what is in use.
    QSettings settings;
    bool reloading = false;
    QString error;
    const bool configChanged = loadConfig(m_hasData ? m_view.data.repo.key() : QString(), &error);
    if (!error.isEmpty())
        m_messages->showMessage(MessageBar::Kind::Warning, tr("The rule override file was not used: %1").arg(error));
    const auto zone = UtcOffset::parse(settings.value(SettingsKeys::weekUtcOffset()).toString());
    if (zone && !(*zone == m_bar->zone())) {
        m_bar->setZone(*zone);
        if (m_requestedRepo.isValid()) {
            m_requestedZone = *zone;
            reload(false);
            reloading = true;
        }
    }
    if (configChanged && !reloading && m_hasData)
        analyse(m_view.data, m_history);
}

bool MainWindow::loadConfig(const QString &repoKey, QString *error)
{
    QSettings settings;
    const QString fingerprint = analysisFingerprint(settings, repoKey);
    if (fingerprint == m_configFingerprint)
        return false;
    m_configFingerprint = fingerprint;
    m_config = AnalysisSettings::load(settings, repoKey, {}, error);
    return true;
}

void MainWindow::showNotice(const QString &text)
{
    m_notice = text;
    m_messages->showMessage(MessageBar::Kind::Information, text);
}

void MainWindow::onMessageAction()
{
    if (m_welcome) {
        m_bar->focusRepository();
        return;
    }
    // Otherwise a load that needs a token. Load again once the dialog closes.
    openSettings(SettingsDialog::Page::Accounts);
    connect(m_settingsDialog, &QDialog::finished, this, [this] { reload(false); });
}

void MainWindow::showWelcome()
{
    m_welcome = true;
    showWelcomeMessage();
}

void MainWindow::showWelcomeMessage()
{
    m_notice = tr("Welcome to PR Lens. This is a demo: a week of %1 bundled with the program. Open your own "
                  "repository to review its week.")
                   .arg(m_requestedRepo.displayName());
    m_messages->showMessage(MessageBar::Kind::Information, m_notice);
    m_messages->setActionText(tr("Open a GitHub repository…"));
    m_messages->setExtraAction(m_openCloneAction);
}

void MainWindow::updateTitle()
{
    if (!m_hasData)
        setWindowTitle(tr("PR Lens"));
    else if (m_view.data.repo.kind == RepoRef::Kind::Demo)
        setWindowTitle(tr("Demo: %1 · %2 — PR Lens").arg(m_view.data.repo.displayName(), m_view.data.week.toString()));
    else
        setWindowTitle(tr("%1 · %2 — PR Lens").arg(m_view.data.repo.displayName(), m_view.data.week.toString()));
}

void MainWindow::retranslate()
{
    m_languageMenu->setTitle(tr("&Language"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_settingsAction->setText(tr("&Settings…"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_weekReportAction->setText(tr("&Weekly Report"));
    m_weekReportAction->setToolTip(tr("Show the week's report beside the PR list"));
    m_layoutActions->retranslate();
    m_search->setPlaceholderText(tr("Search title, author, tag or path (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_openCloneAction->setText(tr("Open a local clone…"));
    updateTitle();
    if (m_welcome && m_messages->isVisible() && m_messages->text() == m_notice)
        showWelcomeMessage();
    updateStatus();
    updateCount();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Rule names and reasons come from the analysis in the current language.
        if (m_hasData)
            analyse(m_view.data, m_history);
        retranslate();
        // A load error still on show is told again in the new language.
        if (m_messages->isVisible() && m_messages->text() == m_failureText)
            onFailed(m_failure);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::open(const RepoRef &repo, IsoWeek week, UtcOffset zone)
{
    m_bar->setRepository(repo);
    m_bar->setWeek(week);
    m_bar->setZone(zone);
    m_requestedRepo = repo;
    m_requestedWeek = week;
    m_requestedZone = zone;
    m_loader->load(repo, week, zone);
}

void MainWindow::reload(bool refresh)
{
    if (m_requestedRepo.isValid())
        m_loader->load(m_requestedRepo, m_requestedWeek, m_requestedZone, refresh);
    else
        loadFromBar(refresh);
}

void MainWindow::loadFromBar(bool refresh)
{
    const RepoRef repo = m_bar->repository();
    if (!repo.isValid()) {
        const QString why = m_bar->repositoryProblem();
        m_messages->showMessage(MessageBar::Kind::Warning,
            why.isEmpty() ? tr("“%1” is not a repository. Type owner/name, host/owner/name or the "
                               "folder of a git clone.")
                                .arg(m_bar->repositoryText())
                          : why);
        return;
    }
    if (m_welcome && !(repo == m_requestedRepo)) {
        // Another repository than the demo: the welcome has done its work.
        m_welcome = false;
        if (m_messages->text() == m_notice)
            m_messages->dismiss();
        m_notice.clear();
    }
    m_requestedRepo = repo;
    m_requestedWeek = m_bar->week();
    m_requestedZone = m_bar->zone();
    m_loader->load(repo, m_requestedWeek, m_requestedZone, refresh);
}

bool MainWindow::isLoading() const
{
    return m_loaderBusy || m_analysis.isRunning();
}

bool MainWindow::openLastSession()
{
    QSettings settings;
    const QString repoText = settings.value(u"session/repository"_s).toString();
    const RepoRef repo = RepoWeekBar::repoFromText(repoText);
    if (!repo.isValid())
        return false;
    const auto week = IsoWeek::parse(settings.value(u"session/week"_s).toString());
    const auto zone = UtcOffset::parse(settings.value(SettingsKeys::weekUtcOffset()).toString());
    open(repo, week.value_or(IsoWeek::containing(QDate::currentDate())), zone.value_or(m_bar->zone()));
    return true;
}

void MainWindow::onWeekLoaded(const WeekData &data)
{
    if (m_notice.isEmpty() || m_messages->text() != m_notice)
        m_messages->dismiss(); // a remark such as "no keychain" stays until closed
    m_loadedData = data;
    m_history.clear();
    m_patchAnalysis->stop();
    analyse(data, {});
}

void MainWindow::onHistoryLoaded(const QList<WeekData> &history)
{
    if (history.isEmpty() || !m_loadedData.week.isValid())
        return;
    m_history = history;
    analyse(m_loadedData, m_history);
}

void MainWindow::onWeekPatchesLoaded(const PullPatches &patches)
{
    if (!m_loadedData.applyPatches(patches))
        return;
    m_detail->setPatches(patches.number, patches.files);
    if (!m_patchAnalysis->isActive())
        m_patchAnalysis->start();
}

void MainWindow::onWeekPatchesFinished(const QList<LedgerEntry> &ledger)
{
    m_patchAnalysis->stop();
    for (const LedgerEntry &e : ledger)
        if (!m_loadedData.ledger.contains(e))
            m_loadedData.ledger.append(e);
    analyse(m_loadedData, m_history);
    QSet<int> unread;
    bool cancelled = false;
    for (const LedgerEntry &e : ledger) {
        if (e.kind == LedgerEntry::Kind::Skipped && e.what == u"patch") {
            unread.insert(e.prNumber);
            cancelled = cancelled || e.detail.endsWith(u"cancelled"_s);
        }
    }
    if (unread.isEmpty())
        return;
    const int n = int(unread.size());
    m_messages->showMessage(MessageBar::Kind::Information,
        cancelled ? tr("Reading the patches was cancelled: the diff rules did not run on %n pull request(s); the "
                       "completeness ledger lists them.",
                        nullptr, n)
                  : tr("The patches of %n pull request(s) could not be read, so the diff rules did not run on them; "
                       "the completeness ledger lists them.",
                        nullptr, n));
}

void MainWindow::analyse(const WeekData &data, const QList<WeekData> &history)
{
    // The analysis of a big week takes a while: run it off the GUI thread; a newer one drops this one's result.
    loadConfig(data.repo.key()); // each repository has its own bot accounts
    m_bar->setLoading(true);
    m_analysis.startJob(
        [data, history, config = m_config](const JobTracker::Ticket &) { return buildWeekView(data, history, config); },
        [this](WeekView view) {
            m_analysis.finish();
            const bool newWeek
                = !m_hasData || !(m_view.data.repo == view.data.repo) || m_view.data.week != view.data.week;
            m_view = std::move(view);
            m_hasData = true;
            applyMeasuredLift();
            applyView();
            if (newWeek) {
                m_bar->addRecentRepository(m_view.data.repo);
                m_bar->setWeek(m_view.data.week);
                saveSettings();
            }
            maybeSettle();
        });
}

void MainWindow::maybeSettle()
{
    if (m_loaderBusy || m_analysis.isRunning())
        return;
    m_bar->setLoading(false);
    Q_EMIT loadSettled();
}

void MainWindow::onFailed(const LoadError &error)
{
    m_failure = error;
    if (error.kind == LoadError::Kind::Cancelled) {
        m_failureText
            = m_hasData ? tr("Loading was cancelled; the week shown is unchanged.") : tr("Loading was cancelled.");
        m_messages->showMessage(MessageBar::Kind::Information, m_failureText, true);
        return;
    }
    QString text = error.message;
    if (text.isEmpty())
        text = tr("The week could not be loaded.");
    if (m_hasData)
        text = tr("%1 Still showing %2 of %3.").arg(text, m_view.data.week.toString(), m_view.data.repo.displayName());
    m_failureText = text;
    m_messages->showMessage(MessageBar::Kind::Error, text, true);
    if (error.kind == LoadError::Kind::Unauthorized)
        m_messages->setActionText(tr("Open Settings…"));
}

void MainWindow::applyMeasuredLift()
{
    QSettings settings;
    const std::optional<BacktestSummary> measured = BacktestStore::load(settings, m_view.data.repo.key());
    m_view.analysis.measuredLift = measured ? measured->lifts() : QHash<QString, double>();
    QHash<QString, QString> sentences;
    if (measured)
        for (const RuleBacktest &r : measured->rules)
            sentences.insert(r.id, BacktestText::liftSentence(r, measured->weeks()));
    if (auto *badges = qobject_cast<RiskBadgeDelegate *>(m_table->itemDelegateForColumn(PrTableModel::RisksColumn)))
        badges->setMeasuredLift(sentences);
}

void MainWindow::applyView()
{
    const int selected = [this] {
        const QModelIndex current = m_table->currentIndex();
        return current.isValid() ? current.data(PrTableModel::NumberRole).toInt() : 0;
    }();
    m_model->setRows(m_view.rows);
    m_cards->setFigures(m_view.figures, m_view.previous);
    m_tagChart->setEntries(m_view.tags);
    m_fileChart->setEntries(m_view.hotFiles);
    m_riskChart->setEntries(m_view.risks);
    m_trendChart->setTrend(m_view.trend);
    m_cards->setReviewFlow(m_view.analysis.reviewFlow, m_view.analysis.reviewFlowDelta);
    m_mergeTimeChart->setEntries(m_view.mergeTimes);
    m_reviewerChart->setEntries(m_view.reviewerLoad);
    // From a clone the times are unknown, and a week may have no reviews: no empty charts take the room.
    const auto counts = [](const QList<CountEntry> &entries) {
        return std::any_of(entries.cbegin(), entries.cend(), [](const CountEntry &e) { return e.count > 0; });
    };
    const bool mergeTimes = m_view.analysis.reviewFlow.known && counts(m_view.mergeTimes);
    const bool reviewers = m_view.analysis.reviewFlow.known && counts(m_view.reviewerLoad);
    if (m_mergeTimeChart->isHidden() == mergeTimes || m_reviewerChart->isHidden() == reviewers) {
        m_mergeTimeChart->setVisible(mergeTimes);
        m_reviewerChart->setVisible(reviewers);
        m_chartSplitter->refresh(); // lay the row out now, so every chart has its final size at once
    }
    m_detail->weekReport()->setWeek(m_view.analysis, m_view.data, m_loader->isReadingPatches());
    // The chip of an active filter names its bar as the new view does (a rule's title in the current language).
    ChartFilter filter = m_proxy->chartFilter();
    const QList<CountEntry> *entries = filter.kind == ChartFilter::Kind::Risk ? &m_view.risks
        : filter.kind == ChartFilter::Kind::Tag                               ? &m_view.tags
                                                                              : nullptr;
    for (const CountEntry &e : entries ? *entries : QList<CountEntry>()) {
        if (e.key == filter.key && e.label != filter.label) {
            filter.label = e.label;
            m_proxy->setChartFilter(filter); // the same key: the same rows
            break;
        }
    }
    if (selected > 0)
        selectPullRequest(selected);
    else
        showCurrentPr();
    retranslate();
}

void MainWindow::updateStatus()
{
    if (!m_hasData) {
        m_bar->setStatusText(QString());
        return;
    }
    const WeekData &d = m_view.data;
    const QString age = d.fetchedAt.isValid() ? relativeAge(d.fetchedAt) : tr("at an unknown time");
    const QString when = QLocale().toString(d.fetchedAt.toLocalTime(), QLocale::ShortFormat);
    if (d.fromCache)
        m_bar->setStatusText(
            tr("Cached %1").arg(age), tr("Read from the cache; fetched %1. Refresh reads it again.").arg(when));
    else
        m_bar->setStatusText(tr("Fetched %1").arg(age), when);
}

void MainWindow::updateCount()
{
    if (!m_hasData) {
        m_count->clear();
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n PR(s)", nullptr, total) : tr("%1 of %n PR(s)", nullptr, total).arg(shown));
}

bool MainWindow::selectPullRequest(int number)
{
    const int row = m_model->rowOfNumber(number);
    if (row < 0)
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!proxyIndex.isValid()) {
        m_search->clear();
        m_proxy->clearChartFilter();
        proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(proxyIndex);
    m_table->scrollTo(proxyIndex);
    showCurrentPr();
    return true;
}

void MainWindow::showCurrentPr()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const PrRow *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (!row) {
        m_detail->clear();
        return;
    }
    if (!m_syntaxLoaded) {
        // Loading the highlighting and reading every syntax definition take a while: not before the window is
        // first painted. Without it, diffs are shown without colours.
        m_syntaxLoaded = true;
        QString error;
        m_syntax = SyntaxRepository::create(&error);
        if (m_syntax)
            m_detail->setRepository(m_syntax.get());
        else
            showNotice(error);
    }
    if (m_detail->pullRequestNumber() == row->pr.number && row->pr.number > 0
        && m_detail->pullRequest().mergeCommitSha == row->pr.mergeCommitSha)
        return;
    m_detail->setPullRequest(m_view.data.repo, row->pr);
    if (const PrAnalysis *analysis = row->pr.isDirectCommit ? nullptr : m_view.analysis.find(row->pr.number))
        m_detail->setAnalysis(*analysis);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/mainSplitter"_s, m_mainSplitter->saveState());
    settings.setValue(u"window/chartSplitter"_s, m_chartSplitter->saveState());
    settings.setValue(u"window/listSplitter"_s, m_listSplitter->saveState());
    settings.setValue(u"window/prListHeader"_s, m_table->horizontalHeader()->saveState());
    settings.setValue(u"window/detailFilesSplitter"_s, m_detail->filesSplitter()->saveState());
    m_layoutActions->save(settings);
    settings.setValue(u"session/recentRepositories"_s, m_bar->recentRepositories());
    // The demo is not remembered as the last session: the next start chooses again (see StartRepository).
    if (m_hasData && m_view.data.repo.kind != RepoRef::Kind::Demo) {
        settings.setValue(u"session/repository"_s, RepoWeekBar::textForRepo(m_view.data.repo));
        settings.setValue(u"session/week"_s, m_view.data.week.toString());
        settings.setValue(SettingsKeys::weekUtcOffset(), m_view.data.zone.toString());
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    m_bar->setRecentRepositories(settings.value(u"session/recentRepositories"_s).toStringList());
    if (const auto zone = UtcOffset::parse(settings.value(SettingsKeys::weekUtcOffset()).toString()))
        m_bar->setZone(*zone);
    if (const QByteArray g = settings.value(u"window/geometry"_s).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    else
        resize(1280, 800);
    // By default the list and the detail pane get most of the height: the diff needs it more than the charts.
    if (!m_mainSplitter->restoreState(settings.value(u"window/mainSplitter"_s).toByteArray()))
        m_mainSplitter->setSizes({height() * 3 / 10, height() * 7 / 10});
    m_chartSplitter->restoreState(settings.value(u"window/chartSplitter"_s).toByteArray());
    if (!m_listSplitter->restoreState(settings.value(u"window/listSplitter"_s).toByteArray()))
        m_listSplitter->setSizes({width() * 13 / 20, width() * 7 / 20}); // ten columns beside a readable report
    m_columns->restoreState(settings.value(u"window/prListHeader"_s).toByteArray());
    m_detail->filesSplitter()->restoreLayout(settings.value(u"window/detailFilesSplitter"_s).toByteArray());
    m_layoutActions->restore(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace PrLens
