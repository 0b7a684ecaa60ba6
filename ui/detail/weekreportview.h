// SPDX-License-Identifier: MIT
#pragma once

#include "weekanalysis.h"
#include "weekdata.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace PrLens {

class OverviewBrowser;

/// The week's report (WeeklyReport: the six sections) in the window, in the current language and written
/// again when the language changes. Its PR numbers select PRs and its table counts filter the PR list; it
/// never opens a web page and never loads a resource.
class WeekReportView : public QWidget {
    Q_OBJECT
public:
    explicit WeekReportView(QWidget *parent = nullptr);

    /// Shows the report of `analysis`, computed from `week`. While the week's patches are still being read
    /// (`patchesReading`), a note above the report says the diff rules' checks wait for them, so the PRs not read
    /// yet do not read as checks that could not be run.
    void setWeek(const WeekAnalysis &analysis, const WeekData &week, bool patchesReading = false);
    void clear();
    bool hasWeek() const { return m_week.has_value(); }
    /// The note that the week's patches are still being read is on show.
    bool waitsForPatches() const;

    OverviewBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    void pullRequestActivated(int number);
    /// kind: "tag", "file", "module" or "risk"
    void filterRequested(const QString &kind, const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    struct Week {
        WeekAnalysis analysis;
        WeekData data;
        bool patchesReading = false;
    };
    std::optional<Week> m_week;
    OverviewBrowser *m_browser = nullptr;
    QLabel *m_pendingNote = nullptr; ///< plain text: patches still being read
};

} // namespace PrLens
