// SPDX-License-Identifier: MIT
// Where the PR list's risk badges go in a cell: every badge inside it, a "+N" for those that do not fit, and the
// first always shown (elided if it must be).
#include "plaintooltip.h"
#include "prtablemodel.h"
#include "riskbadgedelegate.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QStandardItemModel>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestRiskBadgeDelegate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void badgeTextIsTheShortTitle_data()
    {
        QTest::addColumn<QVariantMap>("risk");
        QTest::addColumn<QString>("text");
        QTest::addRow("short title") << QVariantMap {{u"ruleId"_s, u"no-approval"_s},
            {u"name"_s, u"Merged without approval"_s}, {u"shortName"_s, u"No approval"_s}}
                                     << u"No approval"_s;
        QTest::addRow("no short title: the name, cut") << QVariantMap {{u"ruleId"_s, u"custom"_s},
            {u"name"_s, u"Merged without approval"_s}} << u"Merged without …"_s;
    }

    void badgeTextIsTheShortTitle()
    {
        QFETCH(QVariantMap, risk);
        QFETCH(QString, text);
        QCOMPARE(RiskBadgeDelegate::badgeText(risk), text);
    }

    void toolTipIsPlainText()
    {
        // The evidence is diff text: it shows literally, and so does everything around it.
        QStandardItemModel model(1, 1);
        const QString evidence = u"Reads 1 new environment variable: X.\nvllm/envs.py:12  \"<b>X</b>\": 1,"_s;
        model.setData(model.index(0, 0),
            QVariantList {QVariantMap {{u"ruleId"_s, u"new-env-var"_s}, {u"name"_s, u"New environment variable"_s},
                {u"evidence"_s, evidence}}},
            PrTableModel::RisksRole);
        const QString tip = RiskBadgeDelegate::toolTipFor(model.index(0, 0));
        QCOMPARE(tip, plainToolTip(u"New environment variable (new-env-var)\n"_s + evidence));
        QVERIFY(!tip.contains(u"<b>"_s));
    }

    void layout_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<int>("badges");
        QTest::addColumn<bool>("firstElided");
        const QStringList three {u"Missing tests"_s, u"Core path"_s, u"No approval"_s};
        QTest::addRow("wide: every badge") << 600 << three << 3 << false;
        QTest::addRow("one badge and +2") << 150 << three << 1 << false;
        QTest::addRow("narrow: the first elided, and +2") << 70 << three << 1 << true;
        QTest::addRow("a single badge elided") << 50 << QStringList {u"Hard-coded value"_s} << 1 << true;
        QTest::addRow("no findings") << 100 << QStringList() << 0 << false;
    }

    void layout()
    {
        QFETCH(int, width);
        QFETCH(QStringList, texts);
        QFETCH(int, badges);
        QFETCH(bool, firstElided);
        const QFontMetrics fm(QGuiApplication::font());
        const QRect line(10, 5, width, fm.height() + 2);
        const QList<RiskBadgeDelegate::Item> items = RiskBadgeDelegate::layout(fm, line, texts);

        int shown = 0;
        for (int i = 0; i < items.size(); ++i) {
            const RiskBadgeDelegate::Item &item = items.at(i);
            QVERIFY2(line.contains(item.rect), qPrintable(item.text));
            if (i > 0)
                QVERIFY(item.rect.left() > items.at(i - 1).rect.right());
            if (item.badge) {
                ++shown;
                // What is drawn fits its badge.
                QVERIFY(fm.horizontalAdvance(item.text) <= item.rect.width());
                continue;
            }
            // "+N" comes last and counts the badges not drawn.
            QCOMPARE(i, items.size() - 1);
            QVERIFY(fm.horizontalAdvance(item.text) <= item.rect.width());
            QCOMPARE(item.text, u"+%1"_s.arg(texts.size() - shown));
        }
        QCOMPARE(shown, badges);
        if (shown < texts.size())
            QVERIFY(!items.isEmpty() && !items.last().badge);
        if (!texts.isEmpty()) {
            QVERIFY(items.first().badge);
            QCOMPARE(items.first().text != texts.first(), firstElided);
            if (firstElided)
                QVERIFY(items.first().text.endsWith(u'…') || items.first().text.isEmpty());
        }
    }
};

QTEST_MAIN(TestRiskBadgeDelegate)
#include "tst_riskbadgedelegate.moc"
