// SPDX-License-Identifier: MIT
// The summary cards' week-over-week changes: coloured by direction through the label's palette, and back to the
// inherited colour when the week before is unknown.
#include "summarycards.h"

#include <QLabel>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestSummaryCards : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deltaColourFollowsTheChange()
    {
        SummaryCards cards;
        WeekFigures current;
        current.mergedPrs = 12;
        WeekFigures previous;
        previous.mergedPrs = 7;
        const auto deltaLabel = [&cards] {
            for (QLabel *label : cards.findChildren<QLabel *>())
                if (label->text() == cards.deltaText(SummaryCards::MergedCard))
                    return label;
            return static_cast<QLabel *>(nullptr);
        };
        const QColor inherited = cards.palette().color(QPalette::WindowText);

        cards.setFigures(current, previous);
        QCOMPARE(cards.deltaText(SummaryCards::MergedCard), u"▲ 5 vs last week"_s);
        QLabel *delta = deltaLabel();
        QVERIFY(delta);
        QVERIFY(delta->palette().color(QPalette::WindowText) != inherited);
        QVERIFY(delta->styleSheet().isEmpty());

        cards.setFigures(current, std::nullopt);
        QCOMPARE(cards.deltaText(SummaryCards::MergedCard), u"— no data for the week before"_s);
        QCOMPARE(delta->palette().color(QPalette::WindowText), inherited);
    }
};

QTEST_MAIN(TestSummaryCards)
#include "tst_summarycards.moc"
