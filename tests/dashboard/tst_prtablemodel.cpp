// SPDX-License-Identifier: MIT
#include "countbarchart.h"
#include "prfilterproxy.h"
#include "prtablemodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestPrTableModel : public QObject
{
    Q_OBJECT

private:
    WeekView m_view;
    QList<PullRequest> m_pulls;

    static int countMatching(const QList<PrRow> &rows, const std::function<bool(const PrRow &)> &pred)
    {
        return int(std::count_if(rows.cbegin(), rows.cend(), pred));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestData::read(TestData::fastDeployPulls(), &m_pulls))
            QSKIP("the FastDeploy dataset is not available");
        WeekData week;
        week.repo = RepoRef::parseGitHub(u"PaddlePaddle/FastDeploy");
        week.week = IsoWeek(2026, 14);
        week.zone = UtcOffset(8 * 3600);
        week.pulls = m_pulls;
        m_view = buildWeekView(week, {});
        QVERIFY(m_view.rows.size() > 10);
    }

    void passesModelTester()
    {
        PrTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(m_view.rows);
        QCOMPARE(model.rowCount(), m_view.rows.size());
        QCOMPARE(model.columnCount(), int(PrTableModel::ColumnCount));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        model.setRows(m_view.rows);

        PrFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(PrTableModel::SizeColumn, Qt::DescendingOrder);
        proxy.setSearchText(u"fix"_s);
        proxy.setSearchText(QString());
    }

    void headersRetranslate()
    {
        PrTableModel model;
        model.setRows(m_view.rows);
        QSignalSpy spy(&model, &QAbstractItemModel::headerDataChanged);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(1).toInt(), 0);
        QCOMPARE(spy.first().at(2).toInt(), PrTableModel::ColumnCount - 1);
    }

    void sortsNumerically_data()
    {
        QTest::addColumn<int>("column");
        QTest::addRow("number") << int(PrTableModel::NumberColumn);
        QTest::addRow("size") << int(PrTableModel::SizeColumn);
        QTest::addRow("files") << int(PrTableModel::FilesColumn);
        QTest::addRow("importance") << int(PrTableModel::ImportanceColumn);
        QTest::addRow("risks") << int(PrTableModel::RisksColumn);
    }

    void sortsNumerically()
    {
        QFETCH(int, column);
        PrTableModel model;
        model.setRows(m_view.rows);
        PrFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(column, Qt::AscendingOrder);
        int previous = std::numeric_limits<int>::min();
        int distinct = 0;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QVariant key = proxy.index(r, column).data(PrTableModel::SortRole);
            QCOMPARE(key.typeId(), QMetaType::Int);
            QVERIFY2(key.toInt() >= previous, qPrintable(u"row %1"_s.arg(r)));
            distinct += key.toInt() != previous ? 1 : 0;
            previous = key.toInt();
        }
        QVERIFY(distinct > 1);
    }

    void filtersBySearchText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("title word") << u"support"_s;
        QTest::addRow("path fragment") << u"fastdeploy/model_executor"_s;
        QTest::addRow("upper case") << u"BUGFIX"_s;
        QTest::addRow("two words") << u"fix xpu"_s;
        QTest::addRow("nothing") << u"zzzz-no-such-text"_s;
    }

    void filtersBySearchText()
    {
        QFETCH(QString, text);
        PrTableModel model;
        model.setRows(m_view.rows);
        PrFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(text);
        const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
        const int expected = countMatching(m_view.rows, [&words](const PrRow &r) {
            for (const QString &w : words) {
                bool found = r.pr.title.toLower().contains(w) || r.pr.author.toLower().contains(w)
                             || r.tags.join(u' ').contains(w) || r.tagLabels.join(u' ').toLower().contains(w);
                for (const FileChange &f : r.pr.files)
                    found = found || f.path.toLower().contains(w);
                if (!found)
                    return false;
            }
            return true;
        });
        QCOMPARE(proxy.rowCount(), expected);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void filtersByChartClick_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addRow("top tag") << int(ChartFilter::Kind::Tag);
        QTest::addRow("hottest file") << int(ChartFilter::Kind::File);
        QTest::addRow("top risk") << int(ChartFilter::Kind::Risk);
    }

    void filtersByChartClick()
    {
        QFETCH(int, kind);
        const auto k = ChartFilter::Kind(kind);
        CountBarChart chart(k);
        const QList<CountEntry> entries = k == ChartFilter::Kind::Tag    ? m_view.tags
                                          : k == ChartFilter::Kind::File ? m_view.hotFiles
                                                                         : m_view.risks;
        if (entries.isEmpty())
            QSKIP("the dataset gives this chart no bars");
        chart.setEntries(entries);
        PrTableModel model;
        model.setRows(m_view.rows);
        PrFilterProxy proxy;
        proxy.setSourceModel(&model);
        connect(&chart, &DashboardChart::filterRequested, &proxy, &PrFilterProxy::setChartFilter);
        QSignalSpy changed(&proxy, &PrFilterProxy::chartFilterChanged);

        chart.activateBar(0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(proxy.chartFilter().key, entries.first().key);
        // The bar's count is the number of PRs it stands for.
        QCOMPARE(proxy.rowCount(), entries.first().count);
        QVERIFY(proxy.rowCount() < model.rowCount() || entries.first().count == model.rowCount());

        proxy.clearChartFilter();
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QCOMPARE(changed.count(), 2);
    }

    void copesWithAYearOfPrs()
    {
        QTemporaryDir dir;
        QList<PullRequest> pulls;
        if (!TestData::readYear(dir, &pulls))
            QSKIP("the year-scale vLLM dataset is not available");
        QVERIFY(pulls.size() >= 10000);
        // Rows straight from the PRs: this measures the list, not the analysis.
        QList<PrRow> rows;
        rows.reserve(pulls.size());
        for (const PullRequest &pr : std::as_const(pulls)) {
            PrRow row;
            row.pr = pr;
            row.importance = 1 + int(pr.size() % 5);
            rows.append(row);
        }
        QElapsedTimer timer;
        timer.start();
        PrTableModel model;
        model.setRows(rows);
        const qint64 buildMs = timer.restart();
        PrFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(PrTableModel::SizeColumn, Qt::DescendingOrder);
        const qint64 sortMs = timer.restart();
        proxy.setSearchText(u"attention"_s);
        const qint64 searchMs = timer.restart();
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY(proxy.rowCount() < model.rowCount());
        qInfo("%lld PRs: set rows %lld ms, sort by size %lld ms, search %lld ms", qint64(rows.size()), buildMs, sortMs,
              searchMs);
    }
};

QTEST_MAIN(TestPrTableModel)
#include "tst_prtablemodel.moc"
