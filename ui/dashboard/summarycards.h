// SPDX-License-Identifier: MIT
#pragma once

#include "weekview.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace PrLens {

/// The row of summary cards: merged PRs, highlighted, authors, +/− lines, files, average importance, and the
/// medians of time to first review and to merge, each with its change against the previous week.
class SummaryCards : public QWidget {
    Q_OBJECT
public:
    enum Card {
        MergedCard,
        HighlightedCard,
        AuthorsCard,
        LinesCard,
        FilesCard,
        ImportanceCard,
        FirstReviewCard,
        MergeTimeCard,
        CardCount
    };

    explicit SummaryCards(QWidget *parent = nullptr);

    void setFigures(const WeekFigures &current, const std::optional<WeekFigures> &previous);
    /// The review-flow medians and their change; a source without review data shows "unknown".
    void setReviewFlow(const ReviewFlow &flow, const std::optional<ReviewFlowDelta> &delta);
    void clear();
    /// The value and delta texts of a card, for tests.
    QString valueText(Card card) const;
    QString deltaText(Card card) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void refreshReviewFlow();
    /// Stretch factors of the cards after their texts.
    void shareTheWidth();

    struct CardWidgets {
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *delta = nullptr;
    };
    CardWidgets m_cards[CardCount];
    std::optional<WeekFigures> m_current;
    std::optional<WeekFigures> m_previous;
    std::optional<ReviewFlow> m_flow;
    std::optional<ReviewFlowDelta> m_flowDelta;
};

} // namespace PrLens
