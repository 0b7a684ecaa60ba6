// SPDX-License-Identifier: MIT
#include "prsummaryview.h"

#include <QEvent>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace PrLens {

PrSummaryView::PrSummaryView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    refresh();
}

void PrSummaryView::setRow(const PrRow *row)
{
    if (row)
        m_row = *row;
    else
        m_row.reset();
    refresh();
}

void PrSummaryView::refresh()
{
    if (!m_row) {
        setPlaceholderText(tr("Select a pull request to see its details."));
        setPlainText(QString());
        return;
    }
    const PrRow &r = *m_row;
    const PullRequest &pr = r.pr;
    const QLocale locale;
    QStringList lines;
    lines << (pr.number > 0 ? tr("#%1 %2").arg(pr.number).arg(pr.title) : pr.title);
    lines << tr("by %1, merged %2").arg(pr.author, locale.toString(pr.mergedAt.toLocalTime(), QLocale::ShortFormat));
    if (!pr.url.isEmpty())
        lines << pr.url;
    lines << QString();
    if (!r.tags.isEmpty())
        lines << tr("Tags: %1").arg(r.tags.join(u", "_s));
    lines << tr("Importance: %1 of 5 (%2)").arg(r.importance).arg(r.importanceReason);
    lines << tr("Size: +%1 −%2 in %n file(s)", nullptr, int(pr.files.size()))
                 .arg(locale.toString(pr.additions), locale.toString(pr.deletions));
    if (!r.risks.isEmpty()) {
        lines << QString() << tr("Risks:");
        for (const RiskBadge &b : r.risks)
            lines << tr("  • %1 — %2").arg(b.name, b.evidence);
    }
    lines << QString() << tr("Files:");
    for (const FileChange &f : pr.files)
        lines << tr("  %1  (+%2 −%3)").arg(f.path).arg(f.additions).arg(f.deletions);
    if (!pr.body.trimmed().isEmpty())
        lines << QString() << pr.body.trimmed();
    setPlainText(lines.join(u'\n'));
}

void PrSummaryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QPlainTextEdit::changeEvent(event);
}

} // namespace PrLens
