// SPDX-License-Identifier: MIT
#pragma once

#include "weekdata.h"

#include <QWidget>

class QAction;
class QCalendarWidget;
class QComboBox;
class QLabel;
class QProgressBar;
class QToolButton;

namespace PrLens {

/// The bar above the dashboard: repository, ISO week with previous/next, time zone, refresh, progress and cancel.
class RepoWeekBar : public QWidget {
    Q_OBJECT
public:
    explicit RepoWeekBar(QWidget *parent = nullptr);

    /// Parses what the user typed: a directory → local clone, "demo:owner/name" → the bundled demo week,
    /// otherwise "owner/name" or "HOST/owner/name" (strictly,
    /// RepoSpec::parse); on failure @p why, when given, says what is wrong.
    static RepoRef repoFromText(const QString &text, QString *why = nullptr);
    /// The text shown for a repository (its path for a clone).
    static QString textForRepo(const RepoRef &repo);

    void setRepository(const RepoRef &repo);
    RepoRef repository() const;
    /// Why the typed repository is not one (translated), or empty.
    QString repositoryProblem() const;
    QString repositoryText() const;
    /// Puts the focus in the repository field with its text selected, ready for typing owner/name.
    void focusRepository();
    /// Asks for the folder of a local clone and loads it.
    void browseForClone();
    /// The "Demo" badge beside the repository, shown while the field names the bundled demo week.
    QLabel *demoBadge() const { return m_demoBadge; }
    void setRecentRepositories(const QStringList &texts);
    QStringList recentRepositories() const;
    /// Puts a repository first in the recent list (at most 10 kept).
    void addRecentRepository(const RepoRef &repo);

    void setWeek(IsoWeek week);
    IsoWeek week() const { return m_week; }
    void setZone(UtcOffset zone);
    UtcOffset zone() const;

    /// Sets the buttons' icons. The window does it once its first frame is on screen (MainWindow): looking icons
    /// up in the icon theme is the slowest part of building the window, and the first frame can do without them.
    void loadIcons();

    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    void setProgress(int done, int total, const QString &text);
    /// The source's progress text shown beside the bar while loading (elided), or empty.
    QString progressText() const;
    /// The "Cached 2 h ago" / "Fetched just now" line.
    void setStatusText(const QString &text, const QString &toolTip = {});
    QString statusText() const;

    QAction *previousWeekAction() const { return m_previousAction; }
    QAction *nextWeekAction() const { return m_nextAction; }
    QAction *refreshAction() const { return m_refreshAction; }

Q_SIGNALS:
    /// Repository, week or zone changed by the user: load that week.
    void loadRequested();
    void refreshRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createRepositoryFields();
    void createWeekFields();
    void createZoneAndStatus();
    void createActions();
    void layOut();
    void connectUi();
    void retranslate();
    /// The week picker's calendar, made when the picker first opens.
    void createCalendar();
    void updateWeekButton();
    void updateDemoBadge();
    void fillZones();

    QComboBox *m_repo = nullptr;
    QToolButton *m_browse = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_weekButton = nullptr;
    QToolButton *m_next = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QComboBox *m_zone = nullptr;
    QToolButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr; ///< what the source is doing, e.g. a rate-limit wait, while loading
    QToolButton *m_cancel = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QLabel *m_repoLabel = nullptr;
    QLabel *m_demoBadge = nullptr;
    QLabel *m_weekLabel = nullptr;
    QLabel *m_zoneLabel = nullptr;
    IsoWeek m_week;
    bool m_loading = false;
};

} // namespace PrLens
