// SPDX-License-Identifier: MIT
#pragma once

#include "weekview.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace PrLens {

/// The row of summary cards: merged PRs, highlighted, authors, +/− lines, files, average importance,
/// each with its change against the previous week.
class SummaryCards : public QWidget
{
    Q_OBJECT
public:
    enum Card { MergedCard, HighlightedCard, AuthorsCard, LinesCard, FilesCard, ImportanceCard, CardCount };

    explicit SummaryCards(QWidget *parent = nullptr);

    void setFigures(const WeekFigures &current, const std::optional<WeekFigures> &previous);
    void clear();
    /// The value and delta texts of a card, for tests.
    QString valueText(Card card) const;
    QString deltaText(Card card) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    struct CardWidgets
    {
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *delta = nullptr;
    };
    CardWidgets m_cards[CardCount];
    std::optional<WeekFigures> m_current;
    std::optional<WeekFigures> m_previous;
};

} // namespace PrLens
