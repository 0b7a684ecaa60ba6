// SPDX-License-Identifier: MIT
// Tooltips of the dashboard's bars and chips that quote untrusted text (chart names, a source's progress text).
#include "../ui/untrustedtext.h"
#include "filterchip.h"
#include "repoweekbar.h"

#include <QLabel>
#include <QProgressBar>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {
const QString evil = u"<img src=/dev/zero><b>bold</b>"_s;

/// The tooltips of @p widget and its children, as QToolTip would show them.
QStringList shownToolTips(const QWidget *widget)
{
    QStringList out;
    QList<const QWidget *> all = {widget};
    for (const QWidget *w : widget->findChildren<QWidget *>())
        all.append(w);
    for (const QWidget *w : all)
        if (!w->toolTip().isEmpty())
            out.append(UntrustedText::shownText(w->toolTip()));
    return out;
}
} // namespace

class TestDashboardToolTips : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filterChip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("prefix");
        QTest::addRow("tag") << int(ChartFilter::Kind::Tag) << u"Tag: "_s;
        QTest::addRow("file") << int(ChartFilter::Kind::File) << u"File: "_s;
        QTest::addRow("module") << int(ChartFilter::Kind::Module) << u"Module: "_s;
    }
    void filterChip()
    {
        QFETCH(int, kind);
        QFETCH(QString, prefix);
        FilterChip chip;
        chip.setFilter(ChartFilter {ChartFilter::Kind(kind), evil, evil});
        QCOMPARE(chip.text(), prefix + evil);
        const QStringList tips = shownToolTips(&chip);
        QVERIFY2(tips.contains(prefix + evil), qPrintable(tips.join(u'\n')));
        for (const QLabel *label : chip.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void progressAndStatus()
    {
        RepoWeekBar bar;
        bar.setProgress(1, 3, evil);
        bar.setStatusText(u"Cached"_s, evil);
        const QStringList tips = shownToolTips(&bar);
        QCOMPARE(tips.count(evil), 3); // the bar, the text beside it, the status
    }

    void progressTextBesideTheBar()
    {
        // A wait (rate limit, back-off) or the patch phase reads beside the bar, as plain text, only while loading.
        RepoWeekBar bar;
        bar.show();
        bar.setLoading(true);
        bar.setProgress(0, 0, u"Waiting 60 s: GitHub's secondary rate limit"_s);
        QCOMPARE(bar.progressText(), u"Waiting 60 s: GitHub's secondary rate limit"_s);
        bar.setProgress(0, 0, evil);
        QCOMPARE(bar.progressText(), evil); // shown as the characters it is
        const auto labels = bar.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            if (label->text() == evil)
                QCOMPARE(label->textFormat(), Qt::PlainText);
        bar.setProgress(120, 199, QString(u"Reading patches: 120 of 199… "_s + QString(200, u'x')));
        QVERIFY(bar.progressText().startsWith(u"Reading patches: 120 of 199"_s));
        QVERIFY(bar.progressText().endsWith(u"…"_s)); // elided, not clipped
        bar.setLoading(false);
        QVERIFY(bar.progressText().isEmpty());
    }
};

QTEST_MAIN(TestDashboardToolTips)
#include "tst_dashboardtooltips.moc"
