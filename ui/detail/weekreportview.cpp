// SPDX-License-Identifier: MIT
#include "weekreportview.h"

#include "overviewbrowser.h"
#include "reportrenderer.h"
#include "weeklyreport.h"

#include <QEvent>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PrLens {

WeekReportView::WeekReportView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new OverviewBrowser(this))
    , m_pendingNote(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pendingNote->setTextFormat(Qt::PlainText);
    m_pendingNote->setWordWrap(true);
    m_pendingNote->setContentsMargins(6, 4, 6, 4);
    m_pendingNote->hide();
    layout->addWidget(m_pendingNote);
    layout->addWidget(m_browser);
    connect(m_browser, &OverviewBrowser::pullRequestActivated, this, &WeekReportView::pullRequestActivated);
    connect(m_browser, &OverviewBrowser::filterRequested, this, &WeekReportView::filterRequested);
    render();
}

void WeekReportView::setWeek(const WeekAnalysis &analysis, const WeekData &week, bool patchesReading)
{
    m_week = Week {analysis, week, patchesReading};
    render();
}

bool WeekReportView::waitsForPatches() const
{
    return !m_pendingNote->isHidden();
}

void WeekReportView::clear()
{
    m_week.reset();
    render();
}

void WeekReportView::render()
{
    const int unread = m_week && m_week->patchesReading ? m_week->data.pullsWithoutPatches() : 0;
    if (unread > 0)
        m_pendingNote->setText(tr("Reading patches: %1 of %n pull request(s) still to come. Until they arrive, "
                                  "the diff rules' checks on them count as not run; the findings fill in as they "
                                  "come.",
            nullptr, int(m_week->data.pulls.size()))
                .arg(unread));
    m_pendingNote->setVisible(unread > 0);
    if (!m_week) {
        m_browser->setHtml(
            u"<p>%1</p>"_s.arg(tr("No week loaded. Choose a repository and a week above.").toHtmlEscaped()));
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
