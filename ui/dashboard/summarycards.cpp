// SPDX-License-Identifier: MIT
#include "summarycards.h"

#include "paintedwidgets.h"
#include "reviewflowreport.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

/// Gives @p label the text colour @p colour, or the inherited one when @p colour is invalid.
void setTextColour(QLabel *label, const QColor &colour)
{
    if (!colour.isValid()) {
        label->setPalette(QPalette());
        return;
    }
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

} // namespace

SummaryCards::SummaryCards(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (int i = 0; i < CardCount; ++i) {
        auto *frame = new RoundedFrame(this);
        frame->setObjectName(u"summaryCard"_s);
        frame->setBorder({QPalette::Mid, {}});
        frame->setFill({QPalette::Base, {}});
        frame->setRadius(6);
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(10, 2, 10, 2);
        v->setSpacing(0);
        CardWidgets &c = m_cards[i];
        c.title = new QLabel(frame);
        c.value = new QLabel(frame);
        c.delta = new QLabel(frame);
        QFont big = c.value->font();
        big.setPointSizeF(big.pointSizeF() * 1.45);
        big.setBold(true);
        c.value->setFont(big);
        QFont small = c.title->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        c.title->setFont(small);
        c.delta->setFont(small);
        // Cards share the width rather than widen the window. The change wraps, so eight cards at 1280 px still
        // read it whole, into a room of two lines whatever it says: the row keeps its height (and a restored
        // window its splitter sizes). The tooltip has it too.
        for (QLabel *l : {c.title, c.value, c.delta})
            l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        c.delta->setWordWrap(true);
        c.delta->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        c.delta->setFixedHeight(2 * QFontMetrics(small).lineSpacing());
        v->addWidget(c.title);
        v->addWidget(c.value);
        v->addWidget(c.delta);
        layout->addWidget(frame, 1);
    }
    retranslate();
}

void SummaryCards::setFigures(const WeekFigures &current, const std::optional<WeekFigures> &previous)
{
    m_current = current;
    m_previous = previous;
    refresh();
}

void SummaryCards::setReviewFlow(const ReviewFlow &flow, const std::optional<ReviewFlowDelta> &delta)
{
    m_flow = flow;
    m_flowDelta = delta;
    refresh();
}

void SummaryCards::clear()
{
    m_current.reset();
    m_previous.reset();
    m_flow.reset();
    m_flowDelta.reset();
    refresh();
}

QString SummaryCards::valueText(Card card) const
{
    return m_cards[card].value->text();
}

QString SummaryCards::deltaText(Card card) const
{
    return m_cards[card].delta->text();
}

void SummaryCards::refresh()
{
    const QLocale locale;
    const auto number = [&locale](double v, bool decimal) {
        return decimal ? locale.toString(v, 'f', 1) : locale.toString(qRound64(v));
    };
    const auto values = [](const WeekFigures &f, int card) -> double {
        switch (card) {
        case MergedCard:
            return f.mergedPrs;
        case HighlightedCard:
            return f.highlighted;
        case AuthorsCard:
            return f.authors;
        case LinesCard:
            return f.additions + f.deletions;
        case FilesCard:
            return f.files;
        case ImportanceCard:
            return f.averageImportance;
        }
        return 0;
    };
    const QColor up
        = palette().color(QPalette::Window).lightness() > 128 ? QColor(0x26, 0x8a, 0x3c) : QColor(0x6c, 0xd6, 0x7e);
    const QColor down
        = palette().color(QPalette::Window).lightness() > 128 ? QColor(0xc0, 0x1c, 0x28) : QColor(0xff, 0x7b, 0x7b);
    for (int i = 0; i < FirstReviewCard; ++i) {
        CardWidgets &c = m_cards[i];
        const bool decimal = i == ImportanceCard;
        if (!m_current) {
            c.value->setText(u"—"_s);
            c.delta->setText(QString());
            continue;
        }
        if (i == LinesCard)
            c.value->setText(
                tr("+%1 −%2").arg(locale.toString(m_current->additions), locale.toString(m_current->deletions)));
        else
            c.value->setText(number(values(*m_current, i), decimal));
        if (!m_previous) {
            c.delta->setText(tr("— no data for the week before"));
            setTextColour(c.delta, QColor());
            continue;
        }
        const double d = values(*m_current, i) - values(*m_previous, i);
        const bool zero = decimal ? qAbs(d) < 0.05 : qRound64(d) == 0;
        const QString amount = number(qAbs(d), decimal);
        if (zero)
            c.delta->setText(tr("= last week"));
        else if (d > 0)
            c.delta->setText(tr("▲ %1 vs last week").arg(amount));
        else
            c.delta->setText(tr("▼ %1 vs last week").arg(amount));
        setTextColour(c.delta, zero ? QColor() : (d > 0 ? up : down));
    }
    refreshReviewFlow();
    for (const CardWidgets &c : m_cards)
        c.delta->setToolTip(c.delta->text());
    shareTheWidth();
}

void SummaryCards::refreshReviewFlow()
{
    // Longer waits are worse: a rise is shown in the "down" colour.
    const bool light = palette().color(QPalette::Window).lightness() > 128;
    const QColor worse = light ? QColor(0xc0, 0x1c, 0x28) : QColor(0xff, 0x7b, 0x7b);
    const QColor better = light ? QColor(0x26, 0x8a, 0x3c) : QColor(0x6c, 0xd6, 0x7e);
    for (const Card card : {FirstReviewCard, MergeTimeCard}) {
        CardWidgets &c = m_cards[card];
        setTextColour(c.delta, QColor());
        // Shown only with a figure: a clone's unknown times or a week without reviews leave the room to the rest.
        const DurationStats *stats = !m_current || !m_flow || !m_flow->known ? nullptr
            : card == FirstReviewCard                                        ? &m_flow->timeToFirstReview
                                                                             : &m_flow->timeToMerge;
        c.value->parentWidget()->setVisible(stats && stats->count > 0);
        if (!m_current || !m_flow) {
            c.value->setText(u"—"_s);
            c.delta->setText(QString());
            continue;
        }
        if (!m_flow->known) {
            c.value->setText(u"—"_s);
            c.delta->setText(tr("unknown for this source"));
            continue;
        }
        const DurationStats &s = card == FirstReviewCard ? m_flow->timeToFirstReview : m_flow->timeToMerge;
        c.value->setText(s.count > 0 ? ReviewFlowReport::duration(s.medianSeconds) : u"—"_s);
        const std::optional<double> d = !m_flowDelta ? std::nullopt
            : card == FirstReviewCard                ? m_flowDelta->timeToFirstReviewMedian
                                                     : m_flowDelta->timeToMergeMedian;
        if (!d) {
            c.delta->setText(s.count > 0 ? tr("— no data for the week before") : tr("no reviewed PRs"));
        } else if (std::abs(*d) < 60) {
            c.delta->setText(tr("= last week"));
        } else {
            const QString amount = ReviewFlowReport::duration(*d);
            c.delta->setText(*d > 0 ? tr("▲ %1 vs last week").arg(amount) : tr("▼ %1 vs last week").arg(amount));
            setTextColour(c.delta, *d > 0 ? worse : better);
        }
    }
}

void SummaryCards::shareTheWidth()
{
    // Each card gets the row's width in proportion to what it has to show: its figure whole ("+25,286 −14,399",
    // "11 小时 5 分钟"), its title, and its change line in two lines.
    auto *row = static_cast<QBoxLayout *>(layout());
    for (const CardWidgets &c : m_cards) {
        const int value = c.value->fontMetrics().horizontalAdvance(c.value->text());
        const int title = c.title->fontMetrics().horizontalAdvance(c.title->text());
        const int delta = c.delta->fontMetrics().horizontalAdvance(c.delta->text()) / 2;
        const int floor = c.value->fontMetrics().horizontalAdvance(u"8888"_s);
        row->setStretchFactor(c.value->parentWidget(), std::max({value, title, delta, floor}));
    }
}

void SummaryCards::retranslate()
{
    m_cards[MergedCard].title->setText(tr("Merged PRs"));
    m_cards[HighlightedCard].title->setText(tr("Highlighted"));
    m_cards[AuthorsCard].title->setText(tr("Authors"));
    m_cards[LinesCard].title->setText(tr("Lines +/−"));
    m_cards[FilesCard].title->setText(tr("Files"));
    m_cards[ImportanceCard].title->setText(tr("Avg. importance"));
    m_cards[FirstReviewCard].title->setText(tr("Median to review"));
    m_cards[MergeTimeCard].title->setText(tr("Median to merge"));
    m_cards[FirstReviewCard].title->setToolTip(tr("From ready for review (or opening) to the first review by a "
                                                  "person other than the author; bots not counted"));
    m_cards[MergeTimeCard].title->setToolTip(tr("From ready for review (or opening) to the merge"));
    refresh();
}

void SummaryCards::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace PrLens
