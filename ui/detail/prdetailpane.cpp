// SPDX-License-Identifier: MIT
#include "prdetailpane.h"

#include "diffmodel.h"
#include "diffview.h"
#include "filelistmodel.h"
#include "filessplitter.h"
#include "githublinks.h"
#include "overviewbrowser.h"
#include "overviewrenderer.h"
#include "plaintooltip.h"
#include "prreport.h"
#include "reviewview.h"
#include "syntax.h"
#include "weekreportview.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PrLens {

PrDetailPane::PrDetailPane(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    clear(); // no PR yet: the Week tab
}

PrDetailPane::~PrDetailPane() = default;

void PrDetailPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildHeader());

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_overview = new OverviewBrowser(this);
    connect(m_overview, &OverviewBrowser::pullRequestActivated, this, &PrDetailPane::pullRequestActivated);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(buildFilesTab(), QString());

    m_review = new ReviewView(this);
    connect(m_review, &ReviewView::locationActivated, this, [this](const QString &path, int line, bool oldSide) {
        if (showFile(path))
            m_diffView->revealLine(line, oldSide);
    });
    m_tabs->addTab(m_review, QString());
    m_tabs->addTab(buildRelatedTab(), QString());

    m_weekReport = new WeekReportView(this);
    connect(m_weekReport, &WeekReportView::pullRequestActivated, this, &PrDetailPane::pullRequestActivated);
    m_tabs->addTab(m_weekReport, QString());

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == FilesTab)
            requestPatchesIfNeeded();
    });
}

/// The PR's title and facts, with "Open on GitHub".
QLayout *PrDetailPane::buildHeader()
{
    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 0);
    auto *headerText = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_meta = new QLabel(this);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerText->addWidget(m_title);
    headerText->addWidget(m_meta);
    header->addLayout(headerText, 1);
    m_openPr = new QPushButton(this);
    connect(m_openPr, &QPushButton::clicked, this, &PrDetailPane::openPullRequest);
    header->addWidget(m_openPr, 0, Qt::AlignTop);
    return header;
}

/// The file list above the diff, in a splitter whose sizes are remembered.
QWidget *PrDetailPane::buildFilesTab()
{
    m_filesSplitter = new FilesSplitter(this);
    m_filesSplitter->setObjectName(u"filesSplitter"_s);
    m_fileModel = new FileListModel(this);
    m_fileView = new QTreeView(m_filesSplitter);
    m_fileView->setModel(m_fileModel);
    m_fileView->setRootIsDecorated(false);
    m_fileView->setUniformRowHeights(true);
    m_fileView->setAllColumnsShowFocus(true);
    m_fileView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fileView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fileView->setTextElideMode(Qt::ElideMiddle);
    m_fileView->header()->setStretchLastSection(false);
    m_fileView->header()->setSectionResizeMode(FileListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_fileView->header()->setSectionResizeMode(FileListModel::PathColumn, QHeaderView::Stretch);
    m_fileView->header()->setSectionResizeMode(FileListModel::AddedColumn, QHeaderView::ResizeToContents);
    m_fileView->header()->setSectionResizeMode(FileListModel::RemovedColumn, QHeaderView::ResizeToContents);
    connect(m_fileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showFileRow(current.isValid() ? current.row() : -1); });

    auto *diffPanel = new QWidget(m_filesSplitter);
    auto *diffLayout = new QVBoxLayout(diffPanel);
    diffLayout->setContentsMargins(0, 4, 0, 0);
    auto *fileBar = new QHBoxLayout;
    fileBar->setContentsMargins(8, 0, 8, 0);
    m_filePath = new QLabel(diffPanel);
    m_filePath->setTextFormat(Qt::PlainText);
    m_filePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filePath->setMinimumWidth(50);
    m_filePath->installEventFilter(this);
    m_filePath->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_fileState = new QLabel(diffPanel);
    m_fileState->setTextFormat(Qt::PlainText);
    m_openFile = new QPushButton(diffPanel);
    connect(m_openFile, &QPushButton::clicked, this, &PrDetailPane::openCurrentFile);
    fileBar->addWidget(m_filePath, 1);
    fileBar->addWidget(m_fileState);
    fileBar->addWidget(m_openFile);
    diffLayout->addLayout(fileBar);
    m_diffView = new DiffView(diffPanel);
    diffLayout->addWidget(m_diffView, 1);
    m_filesSplitter->setParts(m_fileView, diffPanel);
    return m_filesSplitter;
}

QWidget *PrDetailPane::buildRelatedTab()
{
    auto *relatedPage = new QWidget(this);
    auto *relatedLayout = new QVBoxLayout(relatedPage);
    m_relatedEmpty = new QLabel(relatedPage);
    m_relatedEmpty->setTextFormat(Qt::PlainText);
    m_relatedEmpty->setWordWrap(true);
    m_relatedList = new QListWidget(relatedPage);
    m_relatedList->setWordWrap(true);
    m_relatedList->setCursor(Qt::PointingHandCursor);
    auto activate = [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT pullRequestActivated(item->data(Qt::UserRole).toInt());
    };
    connect(m_relatedList, &QListWidget::itemActivated, this, activate);
    connect(m_relatedList, &QListWidget::itemClicked, this, activate);
    relatedLayout->addWidget(m_relatedEmpty);
    relatedLayout->addWidget(m_relatedList, 1);
    return relatedPage;
}

void PrDetailPane::retranslateUi()
{
    m_openPr->setText(tr("Open on GitHub"));
    m_openPr->setToolTip(tr("Open this pull request in the web browser"));
    m_openFile->setText(tr("Open File on GitHub"));
    m_openFile->setToolTip(tr("Open this file's diff in the web browser"));
    m_fileModel->retranslate();
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(FilesTab, m_hasPr ? tr("Files && diff (%1)").arg(m_pr.files.size()) : tr("Files && diff"));
    m_tabs->setTabText(ReviewTab,
        m_hasPr && m_pr.reviewDataKnown ? tr("Review (%1)").arg(m_pr.reviewThreads.size() + m_pr.reviews.size())
                                        : tr("Review"));
    m_tabs->setTabText(RelatedTab, m_hasPr ? tr("Related (%1)").arg(m_related.size()) : tr("Related"));
    m_tabs->setTabText(WeekTab, tr("Week"));
    m_tabs->setTabToolTip(WeekTab,
        tr("The week's report: summary, key changes, modules, risks, highlighted PRs "
           "and recommendations"));
    updateHeader();
    updateOverview();
    updateRelated();
    updateFileBar();
}

void PrDetailPane::setRepository(const SyntaxRepository *repository)
{
    m_repository = repository;
    m_diffView->setRepository(repository);
    m_review->setRepository(repository);
}

void PrDetailPane::setPullRequest(const RepoRef &repo, const PullRequest &pr)
{
    const bool samePr = m_hasPr && m_pr.number == pr.number && m_repo == repo;
    m_repo = repo;
    m_pr = pr;
    m_hasPr = true;
    if (!samePr) {
        m_patchesRequested = false;
        m_analysis.reset();
        m_report.reset();
        m_related.clear();
        m_currentPath.clear();
    }
    for (int tab : {OverviewTab, FilesTab, ReviewTab, RelatedTab})
        m_tabs->setTabEnabled(tab, true);
    if (!samePr && m_tabs->currentIndex() == WeekTab)
        m_tabs->setCurrentIndex(OverviewTab); // a PR was chosen: show it
    m_fileModel->setFiles(m_pr.files);
    m_review->setPullRequest(m_pr);
    selectFileRow(std::max(0, m_fileModel->rowOf(m_currentPath)));
    retranslateUi();
    if (m_tabs->currentIndex() == FilesTab)
        requestPatchesIfNeeded();
}

void PrDetailPane::setAnalysis(const PrAnalysis &analysis, int moduleDepth)
{
    m_analysis = analysis;
    m_moduleDepth = moduleDepth;
    m_related = analysis.related;
    retranslateUi(); // builds the report and the related list
}

void PrDetailPane::setReport(const ReportDocument &report)
{
    m_analysis.reset();
    m_report = report;
    updateOverview();
}

void PrDetailPane::setRelated(const QList<RelatedPr> &related)
{
    m_related = related;
    retranslateUi();
}

void PrDetailPane::clear()
{
    m_pr = {};
    m_hasPr = false;
    m_patchesRequested = false;
    m_analysis.reset();
    m_report.reset();
    m_related.clear();
    m_currentPath.clear();
    m_fileModel->setFiles({});
    m_diffView->clear();
    m_review->clear();
    m_tabs->setCurrentIndex(WeekTab);
    for (int tab : {OverviewTab, FilesTab, ReviewTab, RelatedTab})
        m_tabs->setTabEnabled(tab, false);
    retranslateUi();
}

bool PrDetailPane::showFile(const QString &path)
{
    const int row = m_fileModel->rowOf(path);
    if (row < 0)
        return false;
    m_tabs->setCurrentIndex(FilesTab);
    m_fileView->setCurrentIndex(m_fileModel->index(row, FileListModel::PathColumn));
    return true;
}

void PrDetailPane::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void PrDetailPane::setPatches(int number, const QList<FileChange> &files)
{
    if (!m_hasPr || number != m_pr.number)
        return;
    if (m_pr.files.isEmpty()) {
        m_pr.files = files;
    } else {
        for (const FileChange &incoming : files) {
            for (FileChange &f : m_pr.files) {
                if (f.path == incoming.path) {
                    f.binary = incoming.binary;
                    f.hasPatch = incoming.hasPatch;
                    f.patch = incoming.patch;
                    f.patchTruncated = incoming.patchTruncated;
                    break;
                }
            }
        }
    }
    m_pr.patchesLoaded = true;
    const QString current = m_currentPath;
    m_fileModel->setFiles(m_pr.files);
    m_currentPath.clear();
    selectFileRow(std::max(0, m_fileModel->rowOf(current)));
    retranslateUi();
}

bool PrDetailPane::patchesMissing() const
{
    if (m_pr.patchesLoaded)
        return false;
    return std::any_of(
        m_pr.files.cbegin(), m_pr.files.cend(), [](const FileChange &f) { return !f.binary && !f.hasPatch; });
}

void PrDetailPane::requestPatchesIfNeeded()
{
    if (!m_hasPr || m_patchesRequested || !patchesMissing())
        return;
    m_patchesRequested = true;
    updateFileBar();
    Q_EMIT patchesWanted(m_pr.number);
}

void PrDetailPane::updateHeader()
{
    if (!m_hasPr) {
        m_title->setText(tr("No pull request selected"));
        m_meta->setText(tr("Select a pull request in the list to see its report, diff and review."));
        m_openPr->setVisible(false);
        return;
    }
    m_title->setText(m_pr.title);
    const QString merged = m_pr.mergedAt.isValid()
        ? QLocale().toString(m_pr.mergedAt.toLocalTime(), QLocale::ShortFormat)
        : tr("unknown time");
    const QString files = tr("%n file(s)", nullptr, int(m_pr.files.size()));
    const QString who = m_pr.author.isEmpty() ? tr("unknown author") : m_pr.author;
    if (m_pr.isDirectCommit || m_pr.number <= 0)
        m_meta->setText(tr("Direct commit by %1 · %2 · +%3 −%4 · %5")
                .arg(who, merged)
                .arg(m_pr.additions)
                .arg(m_pr.deletions)
                .arg(files));
    else
        m_meta->setText(tr("#%1 by %2 · merged %3 · +%4 −%5 · %6")
                .arg(m_pr.number)
                .arg(who, merged)
                .arg(m_pr.additions)
                .arg(m_pr.deletions)
                .arg(files));
    m_openPr->setVisible(!GitHubLinks::pullRequest(m_repo, m_pr.number).isEmpty());
}

void PrDetailPane::updateOverview()
{
    if (!m_hasPr) {
        m_overview->clear();
        return;
    }
    // The report is written in the current language, and its key hunk needs the patches: build it afresh.
    if (m_analysis && m_analysis->number == m_pr.number)
        m_report = PrReport::build(m_pr, *m_analysis, m_repo, m_moduleDepth);
    if (m_report) {
        OverviewRenderer::Context context;
        context.repository = m_repository;
        const SyntaxTheme theme = m_repository ? m_repository->themeForPalette(palette()) : SyntaxTheme();
        context.theme = &theme;
        context.palette = m_overview->palette();
        PrReport::keyHunk(m_pr, &context.keyHunkPath);
        m_overview->setHtml(OverviewRenderer::toHtml(*m_report, context));
        return;
    }
    // Until the analysis is there: the description, escaped, in a page of our own markup.
    const QString body
        = m_pr.body.trimmed().isEmpty() ? tr("The pull request has no description.") : m_pr.body.trimmed();
    m_overview->setHtml(u"<h3>%1</h3><p style=\"white-space: pre-wrap\">%2</p>"_s.arg(
        tr("Description").toHtmlEscaped(), body.toHtmlEscaped()));
}

void PrDetailPane::updateRelated()
{
    m_relatedList->clear();
    for (const RelatedPr &r : std::as_const(m_related)) {
        // describe() names the other PR's number and the link; the title is untrusted and stays plain text.
        const QString text = r.title.isEmpty() ? r.describe() : tr("%1: %2").arg(r.describe(), r.title);
        auto *item = new QListWidgetItem(text, m_relatedList);
        item->setData(Qt::UserRole, r.number);
        const QString tip = tr("Show pull request #%1").arg(r.number);
        item->setToolTip(plainToolTip(r.sharedFiles.isEmpty() ? tip : tip + u'\n' + r.sharedFiles.join(u'\n')));
        QFont f = item->font();
        f.setUnderline(true);
        item->setFont(f);
        item->setForeground(palette().color(QPalette::Link));
    }
    m_relatedEmpty->setText(m_hasPr ? tr("No related pull requests: none of the recent weeks' pull requests touch "
                                         "the same files, revert this one or follow it up.")
                                    : QString());
    m_relatedEmpty->setVisible(m_related.isEmpty());
    m_relatedList->setVisible(!m_related.isEmpty());
}

void PrDetailPane::selectFileRow(int row)
{
    if (row < m_fileModel->rowCount()) {
        const QSignalBlocker blocker(m_fileView->selectionModel());
        m_fileView->setCurrentIndex(m_fileModel->index(row, FileListModel::PathColumn));
    }
    showFileRow(row < m_fileModel->rowCount() ? row : -1);
}

void PrDetailPane::showFileRow(int row)
{
    if (row < 0 || row >= m_pr.files.size()) {
        m_currentPath.clear();
        m_diffView->clear();
    } else {
        const FileChange &f = m_pr.files.at(row);
        m_currentPath = f.path;
        m_diffView->setFile(f);
    }
    updateFileBar();
}

void PrDetailPane::updateFileBar()
{
    const int row = m_fileModel->rowOf(m_currentPath);
    if (m_currentPath.isEmpty() || row < 0) {
        m_filePath->clear();
        m_fileState->clear();
        m_openFile->setVisible(false);
        return;
    }
    const FileChange &f = m_pr.files.at(row);
    m_filePath->setToolTip(plainToolTip(f.path));
    elideFilePath();
    if (!f.binary && !f.hasPatch && m_patchesRequested && !m_pr.patchesLoaded)
        m_fileState->setText(tr("Loading diff…"));
    else if (f.patchTruncated)
        m_fileState->setText(tr("Truncated"));
    else
        m_fileState->clear();
    m_openFile->setVisible(!GitHubLinks::file(m_repo, m_pr.number, f.path).isEmpty());
}

void PrDetailPane::elideFilePath()
{
    // Long paths keep their beginning and their file name; the tooltip has the whole path.
    m_filePath->setText(m_filePath->fontMetrics().elidedText(m_currentPath, Qt::ElideMiddle, m_filePath->width()));
}

bool PrDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filePath && event->type() == QEvent::Resize)
        elideFilePath();
    return QWidget::eventFilter(watched, event);
}

void PrDetailPane::openPullRequest()
{
    const QUrl url = GitHubLinks::pullRequest(m_repo, m_pr.number);
    if (GitHubLinks::isWebUrl(url))
        QDesktopServices::openUrl(url);
}

void PrDetailPane::openCurrentFile()
{
    const QUrl url = GitHubLinks::file(m_repo, m_pr.number, m_currentPath);
    if (GitHubLinks::isWebUrl(url))
        QDesktopServices::openUrl(url);
}

void PrDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateOverview(); // the report's colours and the key hunk's theme follow the palette
    QWidget::changeEvent(event);
}

} // namespace PrLens
