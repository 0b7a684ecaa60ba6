// SPDX-License-Identifier: MIT
#include "weekreportview.h"

#include "overviewbrowser.h"
#include "reportrenderer.h"
#include "weeklyreport.h"

#include <QEvent>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PrLens {

WeekReportView::WeekReportView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new OverviewBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    connect(m_browser, &OverviewBrowser::pullRequestActivated, this, &WeekReportView::pullRequestActivated);
    connect(m_browser, &OverviewBrowser::filterRequested, this, &WeekReportView::filterRequested);
    render();
}

void WeekReportView::setWeek(const WeekAnalysis &analysis, const WeekData &week)
{
    m_week = Week {analysis, week};
    render();
}

void WeekReportView::clear()
{
    m_week.reset();
    render();
}

void WeekReportView::render()
{
    if (!m_week) {
        m_browser->setHtml(u"<p>%1</p>"_s.arg(tr("No week loaded. Choose a repository and a week above.").toHtmlEscaped()));
        return;
    }
    // The same report as the exported one, with links that stay in the app; kept at the reader's place.
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(
        ReportRenderer::toHtml(WeeklyReport::build(m_week->analysis, m_week->data), ReportRenderer::Links::App));
    m_browser->verticalScrollBar()->setValue(scroll);
}

void WeekReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace PrLens
