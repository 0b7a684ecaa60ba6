// SPDX-License-Identifier: MIT
#pragma once

#include "reportdocument.h"
#include "weekanalysis.h"
#include "weekdata.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLayout;
class QListWidget;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace PrLens {

class SyntaxRepository;

class DiffView;
class FilesSplitter;
class FileListModel;
class OverviewBrowser;
class ReviewView;
class WeekReportView;

/// Everything about one pull request: Overview (the PR report), Files & diff, Review, Related; and the Week tab
/// with the week's report, shown when no PR is selected. Patches are asked for when the files are first looked at
/// (patchesWanted) and handed in with setPatches().
class PrDetailPane : public QWidget {
    Q_OBJECT
public:
    enum Tab { OverviewTab, FilesTab, ReviewTab, RelatedTab, WeekTab };

    explicit PrDetailPane(QWidget *parent = nullptr);
    ~PrDetailPane() override;

    /// The application's syntax repository (not owned); must outlive the pane.
    void setRepository(const SyntaxRepository *repository);

    /// Shows @p pr of @p repo. The report and related PRs are set separately (they come from the analysis).
    void setPullRequest(const RepoRef &repo, const PullRequest &pr);
    /// The PR's analysis (WeekAnalysis::pulls entry): the Overview shows its PR report (rebuilt when patches
    /// arrive and when the language changes) and the Related tab its related PRs.
    void setAnalysis(const PrAnalysis &analysis, int moduleDepth = 2);
    /// A ready-made PR report for the Overview (when there is no analysis to build it from).
    void setReport(const ReportDocument &report);
    /// Earlier and later PRs linked to this one (PrAnalysis::related); choosing one emits pullRequestActivated().
    void setRelated(const QList<PrLens::RelatedPr> &related);
    /// Shows no PR: the PR tabs are disabled and the Week tab is shown.
    void clear();

    int pullRequestNumber() const { return m_hasPr ? m_pr.number : 0; }
    const PullRequest &pullRequest() const { return m_pr; }
    /// Selects the file in the Files & diff tab (and shows that tab).
    bool showFile(const QString &path);
    void setCurrentTab(Tab tab);

    // The parts, for the main window's printing and for tests.
    QTabWidget *tabs() const { return m_tabs; }
    OverviewBrowser *overview() const { return m_overview; }
    QTreeView *fileView() const { return m_fileView; }
    FileListModel *fileModel() const { return m_fileModel; }
    DiffView *diffView() const { return m_diffView; }
    /// The Files & diff tab: the file list above the diff (its state is remembered by the main window).
    FilesSplitter *filesSplitter() const { return m_filesSplitter; }
    ReviewView *reviewView() const { return m_review; }
    QListWidget *relatedList() const { return m_relatedList; }
    WeekReportView *weekReport() const { return m_weekReport; }

public Q_SLOTS:
    /// Patches of PR @p number arrived (ignored when another PR is shown by now).
    void setPatches(int number, const QList<PrLens::FileChange> &files);

Q_SIGNALS:
    /// The shown PR's patches are needed (the files tab is open and they are not loaded).
    void patchesWanted(int number);
    /// The user chose another PR (a related link or a PR link in the report).
    void pullRequestActivated(int number);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QLayout *buildHeader();
    QWidget *buildFilesTab();
    QWidget *buildRelatedTab();
    void retranslateUi();
    void updateHeader();
    void updateOverview();
    void updateRelated();
    void selectFileRow(int row);
    void showFileRow(int row);
    void updateFileBar();
    void elideFilePath();
    void requestPatchesIfNeeded();
    void openPullRequest();
    void openCurrentFile();
    bool patchesMissing() const;

    const SyntaxRepository *m_repository = nullptr;
    RepoRef m_repo;
    PullRequest m_pr;
    bool m_hasPr = false;
    bool m_patchesRequested = false;
    std::optional<PrAnalysis> m_analysis;
    int m_moduleDepth = 2;
    std::optional<ReportDocument> m_report;
    QList<RelatedPr> m_related;
    QString m_currentPath;

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QPushButton *m_openPr = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewBrowser *m_overview = nullptr;
    FilesSplitter *m_filesSplitter = nullptr;
    FileListModel *m_fileModel = nullptr;
    QTreeView *m_fileView = nullptr;
    QLabel *m_filePath = nullptr;
    QLabel *m_fileState = nullptr;
    QPushButton *m_openFile = nullptr;
    DiffView *m_diffView = nullptr;
    ReviewView *m_review = nullptr;
    QLabel *m_relatedEmpty = nullptr;
    QListWidget *m_relatedList = nullptr;
    WeekReportView *m_weekReport = nullptr;
};

} // namespace PrLens
