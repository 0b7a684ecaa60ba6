// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPageSize>

class QAction;
class QWidget;

namespace PrLens {

class DashboardChart;
class MainWindow;

/// The window's exports: the shown week's report (PDF, Markdown or HTML) and single charts (PDF, SVG or PNG),
/// with a note in the message bar saying where the file went or why it could not be written.
class ReportExporter : public QObject {
    Q_OBJECT
public:
    enum class ReportFormat { Pdf, Markdown, Html };
    Q_ENUM(ReportFormat)

    explicit ReportExporter(MainWindow *window);

    /// "Export Weekly Report…": asks for a file (the dialog confirms overwriting) and writes it.
    QAction *exportReportAction() const { return m_reportAction; }
    /// Gives chart a context menu entry and a small tool button "Export Chart…".
    void attachChart(DashboardChart *chart);
    /// Sets the chart export buttons' icons. The window does it once its first frame is on screen (MainWindow): looking
    /// icons up in the icon theme is the slowest part of building the window, and the first frame can do without them.
    void loadIcons();

    /// Writes the shown week's report to path without asking (for tests and scripts); true on success.
    bool exportReport(const QString &path, ReportFormat format);
    /// Writes chart to path, its format from the suffix (pdf, svg, else png); true on success.
    bool exportChart(DashboardChart *chart, const QString &path);

    /// The paper of the current locale: Letter where US units are used, else A4.
    static QPageSize::PageSizeId localePaper();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseReportFile();
    void chooseChartFile(DashboardChart *chart);
    void retranslate();
    void reportSaved(const QString &path);
    void reportFailed(const QString &message);

    MainWindow *m_window;
    QAction *m_reportAction = nullptr;
    QList<QAction *> m_chartActions;
};

} // namespace PrLens
