// SPDX-License-Identifier: MIT
#include "../analysis/reviewflowweeks.h"
#include "countbarchart.h"
#include "prfilterproxy.h"
#include "prtablemodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QResizeEvent>
#include <QSignalSpy>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestPrTableModel : public QObject {
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
        const QList<CountEntry> entries = k == ChartFilter::Kind::Tag ? m_view.tags
            : k == ChartFilter::Kind::File                            ? m_view.hotFiles
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

    void reviewFlowColumnsAndCharts()
    {
        WeekData week;
        if (!Test::reviewFlowWeek(&week))
            QSKIP("the FastDeploy dataset is not available");
        AnalysisConfig cfg;
        cfg.bots = {u"ci-helper"_s};
        const WeekView view = buildWeekView(week, {}, cfg);
        PrTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(view.rows);
        const auto cell = [&](int i, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowOfNumber(week.pulls.at(i).number), column).data(role);
        };
        // waited for review and open for, as computed by hand in tst_reviewflow
        QCOMPARE(cell(0, PrTableModel::WaitedColumn).toString(), u"2 h"_s);
        QCOMPARE(cell(0, PrTableModel::OpenForColumn).toString(), u"10 h"_s);
        QCOMPARE(cell(1, PrTableModel::WaitedColumn).toString(), u"4 h"_s);
        QCOMPARE(cell(1, PrTableModel::OpenForColumn).toString(), u"1 d"_s);
        QCOMPARE(cell(3, PrTableModel::WaitedColumn).toString(), u"30 min"_s);
        QCOMPARE(cell(4, PrTableModel::WaitedColumn).toString(), u"< 1 min"_s);
        QCOMPARE(cell(5, PrTableModel::WaitedColumn).toString(), u"not reviewed"_s);
        QCOMPARE(cell(5, PrTableModel::OpenForColumn).toString(), u"2 d"_s);
        // sorted by wait, an unreviewed PR comes after the longest wait
        QVERIFY(cell(5, PrTableModel::WaitedColumn, PrTableModel::SortRole).toInt()
            > cell(1, PrTableModel::WaitedColumn, PrTableModel::SortRole).toInt());
        QCOMPARE(cell(1, PrTableModel::NumberColumn, PrTableModel::ReviewersRole).toStringList(),
            QStringList {u"bob"_s}); // not the bot, not the author
        QVERIFY(cell(2, PrTableModel::NumberColumn, PrTableModel::ReviewersRole).toStringList().isEmpty());

        // time-to-merge distribution: 1 h, 3 h, 10 h, 20 h | 24 h | 48 h → <1 h 0, <1 d 4, <3 d 2, <1 w 0, more 0
        QCOMPARE(view.mergeTimes.size(), 5);
        QList<int> counts;
        for (const CountEntry &e : view.mergeTimes)
            counts.append(e.count);
        QCOMPARE(counts, (QList<int> {0, 4, 2, 0, 0}));
        QCOMPARE(view.reviewerLoad.size(), 2);
        QCOMPARE(view.reviewerLoad.first().key, u"alice"_s);
        QCOMPARE(view.reviewerLoad.first().count, 3);

        // clicking a bar filters the list to the PRs it counts
        PrFilterProxy proxy;
        proxy.setSourceModel(&model);
        CountBarChart merge(ChartFilter::Kind::MergeTime);
        merge.setEntries(view.mergeTimes);
        merge.resize(400, 400); // room for every bar, laid out as a shown chart is
        QResizeEvent resize(merge.size(), QSize());
        QCoreApplication::sendEvent(&merge, &resize);
        connect(&merge, &DashboardChart::filterRequested, &proxy, &PrFilterProxy::setChartFilter);
        merge.activateBar(2); // < 3 days
        QCOMPARE(proxy.chartFilter().kind, ChartFilter::Kind::MergeTime);
        QCOMPARE(proxy.rowCount(), 2);
        CountBarChart reviewers(ChartFilter::Kind::Reviewer);
        reviewers.setEntries(view.reviewerLoad);
        connect(&reviewers, &DashboardChart::filterRequested, &proxy, &PrFilterProxy::setChartFilter);
        reviewers.activateBar(0); // alice
        QCOMPARE(proxy.chartFilter().key, u"alice"_s);
        QCOMPARE(proxy.rowCount(), 3);
    }

    void copesWithAYearOfPrs()
    {
        QList<PullRequest> pulls;
        if (!Test::readVllmYear(&pulls))
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
