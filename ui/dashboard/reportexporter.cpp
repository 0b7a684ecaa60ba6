// SPDX-License-Identifier: MIT
#include "reportexporter.h"

#include "chartrenderer.h"
#include "dashboardchart.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "reportcharts.h"
#include "reportoutputfile.h"
#include "reportrenderer.h"
#include "weeklyreport.h"
#include "weeklyreportpdf.h"

#include <QAction>
#include <QChart>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

constexpr char ButtonName[] = "exportChartButton";

/// Writes text as UTF-8, never leaving a half-written file (see ReportOutputFile).
bool writeText(const QString &path, const QString &text, QString *error)
{
    ReportOutputFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (file.open() && file.device()->write(bytes) == bytes.size() && file.commit())
        return true;
    *error = ReportExporter::tr("Could not write %1: %2. Choose a folder you can write to.")
                 .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace

ReportExporter::ReportExporter(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_reportAction(new QAction(this))
{
    m_reportAction->setObjectName(u"exportReportAction"_s);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_reportAction, &QAction::triggered, this, &ReportExporter::chooseReportFile);
    window->installEventFilter(this);
    retranslate();
}

QPageSize::PageSizeId ReportExporter::localePaper()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

void ReportExporter::attachChart(DashboardChart *chart)
{
    auto *action = new QAction(chart);
    action->setObjectName(u"exportChartAction"_s);
    connect(action, &QAction::triggered, this, [this, chart] { chooseChartFile(chart); });
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    chart->addAction(action);
    auto *button = new QToolButton(chart);
    button->setObjectName(QString::fromLatin1(ButtonName));
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setDefaultAction(action);
    chart->installEventFilter(this);
    m_chartActions.append(action);
    retranslate();
}

void ReportExporter::loadIcons()
{
    // The icon sits on the action: a default action replaces the button's own icon, and a text button
    // would cover the chart's title.
    for (QAction *action : std::as_const(m_chartActions)) {
        auto *chart = static_cast<QWidget *>(action->parent());
        action->setIcon(
            QIcon::fromTheme(u"document-save-as"_s, chart->style()->standardIcon(QStyle::SP_DialogSaveButton)));
    }
}

bool ReportExporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == m_window) {
        retranslate();
    } else if (event->type() == QEvent::Resize) {
        // Keep each chart's export button in its top-right corner.
        if (auto *chart = qobject_cast<DashboardChart *>(watched)) {
            if (auto *button = chart->findChild<QToolButton *>(QString::fromLatin1(ButtonName))) {
                const QSize s = button->sizeHint();
                button->setGeometry(chart->width() - s.width() - 2, 2, s.width(), s.height());
                button->raise();
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void ReportExporter::retranslate()
{
    m_reportAction->setText(tr("Export Weekly Report…"));
    m_reportAction->setToolTip(tr("Save the shown week's report as PDF, Markdown or HTML"));
    for (QAction *action : std::as_const(m_chartActions)) {
        action->setText(tr("Export Chart…"));
        action->setToolTip(tr("Save this chart as PDF, SVG or PNG"));
    }
}

void ReportExporter::chooseReportFile()
{
    if (!m_window->hasData()) {
        m_window->messageBar()->showMessage(
            MessageBar::Kind::Information, tr("Load a week first; then its report can be exported."));
        return;
    }
    const WeekView &view = m_window->weekView();
    const QString pdf = tr("PDF document (*.pdf)");
    const QString md = tr("Markdown (*.md)");
    const QString html = tr("HTML page (*.html)");
    QString filter = pdf;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name
        = u"%1-%2.pdf"_s.arg(view.data.repo.displayName().replace(u'/', u'-'), view.data.week.toString());
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Weekly Report"), QDir(dir).filePath(name),
        QStringList {pdf, md, html}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    const ReportFormat format = filter == md ? ReportFormat::Markdown
        : filter == html                     ? ReportFormat::Html
                                             : ReportFormat::Pdf;
    const QString suffix = format == ReportFormat::Markdown ? u"md"_s
        : format == ReportFormat::Html                      ? u"html"_s
                                                            : u"pdf"_s;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    exportReport(path, format);
}

void ReportExporter::chooseChartFile(DashboardChart *chart)
{
    const QString pdf = tr("PDF document (*.pdf)");
    const QString svg = tr("SVG image (*.svg)");
    const QString png = tr("PNG image (*.png)");
    QString filter = svg;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString title = chart->chart()->title().isEmpty() ? tr("chart") : chart->chart()->title();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Chart"), QDir(dir).filePath(title + u".svg"_s),
        QStringList {svg, pdf, png}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == pdf ? u".pdf"_s : filter == png ? u".png"_s : u".svg"_s;
    exportChart(chart, path);
}

bool ReportExporter::exportReport(const QString &path, ReportFormat format)
{
    if (!m_window->hasData()) {
        reportFailed(tr("There is no week to export yet; load one first."));
        return false;
    }
    const WeekView &view = m_window->weekView();
    const ReportDocument doc = WeeklyReport::build(view.analysis, view.data);
    QString error;
    bool ok = false;
    switch (format) {
    case ReportFormat::Markdown:
        ok = writeText(path, ReportRenderer::toMarkdown(doc), &error);
        break;
    case ReportFormat::Html:
        ok = writeText(path, ReportRenderer::toHtml(doc), &error);
        break;
    case ReportFormat::Pdf: {
        const ReportCharts charts(view.tags, view.hotFiles, view.trend, view.risks, ReportCharts::defaultSize(),
            view.mergeTimes, view.reviewerLoad);
        WeeklyReportPdf::Options options;
        options.paper = localePaper();
        ok = WeeklyReportPdf::write(path, doc, view.data, view.analysis, charts.charts(), options, &error);
        break;
    }
    }
    if (ok)
        reportSaved(path);
    else
        reportFailed(error);
    return ok;
}

bool ReportExporter::exportChart(DashboardChart *chart, const QString &path)
{
    QString error;
    const QSizeF size = chart->chart()->size().isEmpty() ? QSizeF(chart->size()) : chart->chart()->size();
    if (!ChartRenderer::write(chart->chart(), path, ChartRenderer::formatForPath(path), size, &error)) {
        reportFailed(error);
        return false;
    }
    reportSaved(path);
    return true;
}

void ReportExporter::reportSaved(const QString &path)
{
    MessageBar *bar = m_window->messageBar();
    if (QAction *old = bar->extraAction())
        old->deleteLater();
    bar->showMessage(MessageBar::Kind::Information, tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    auto *open = new QAction(tr("Open Folder"), bar);
    const QUrl folder = QUrl::fromLocalFile(QFileInfo(path).absolutePath());
    connect(open, &QAction::triggered, open, [folder] { QDesktopServices::openUrl(folder); });
    bar->setExtraAction(open);
}

void ReportExporter::reportFailed(const QString &message)
{
    m_window->messageBar()->showMessage(MessageBar::Kind::Error, message);
}

} // namespace PrLens
