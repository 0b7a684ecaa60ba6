// SPDX-License-Identifier: MIT
#include "analysistesthelpers.h"
#include "tagextractor.h"
#include "weekanalysis.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

class TstTags : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void titlePrefixes_data();
    void titlePrefixes();
    void conventionalType_data();
    void conventionalType();
    void normalize_data();
    void normalize();
    void extractAllSources();
    void repositoryMapping();
    void malformedMappingRejected();
    void fastDeployDistributionMatchesHandCount();
};

void TstTags::titlePrefixes_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("single") << u"[BugFix] fix extract_tool_calls"_s << QStringList {u"BugFix"_s};
    QTest::addRow("adjacent groups") << u"[BugFix][Speculative Decoding] Correct index"_s
                                     << QStringList {u"BugFix"_s, u"Speculative Decoding"_s};
    QTest::addRow("spaced groups") << u"[RL] [KVCache] let cache transfer"_s << QStringList {u"RL"_s, u"KVCache"_s};
    QTest::addRow("no space after tag") << u"[Optimization]Fix tool parser"_s << QStringList {u"Optimization"_s};
    QTest::addRow("fullwidth bracket not a tag") << u"[CI]【Hackathon 10th】 单测补充"_s << QStringList {u"CI"_s};
    QTest::addRow("bracket later in title") << u"fix bug in [cudagraph]"_s << QStringList {};
    QTest::addRow("revert quote") << u"Revert \"[BugFix] Add lock\""_s << QStringList {};
    QTest::addRow("unclosed") << u"[CI broken title"_s << QStringList {};
    QTest::addRow("empty group skipped") << u"[] [Docs] x"_s << QStringList {u"Docs"_s};
}

void TstTags::titlePrefixes()
{
    QFETCH(QString, title);
    QFETCH(QStringList, expected);
    QCOMPARE(TagExtractor::titlePrefixes(title), expected);
}

void TstTags::conventionalType_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << u"feat: add x"_s << u"feat"_s;
    QTest::addRow("scope and bang") << u"feat(core)!: drop y"_s << u"feat"_s;
    QTest::addRow("fix with scope") << u"fix(ui): crash"_s << u"fix"_s;
    QTest::addRow("upper case") << u"Docs: typo"_s << u"Docs"_s;
    QTest::addRow("not a type") << u"Note: something"_s << QString();
    QTest::addRow("no space after colon") << u"feat:x"_s << QString();
    QTest::addRow("bracket title") << u"[CI] fix: y"_s << QString();
}

void TstTags::conventionalType()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    QCOMPARE(TagExtractor::conventionalType(title), expected);
}

void TstTags::normalize_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("display");
    QTest::addRow("Bugfix") << u"Bugfix"_s << u"bugfix"_s << u"Bugfix"_s;
    QTest::addRow("BugFix") << u"BugFix"_s << u"bugfix"_s << u"Bugfix"_s;
    QTest::addRow("bug-fix") << u"bug-fix"_s << u"bugfix"_s << u"Bugfix"_s;
    QTest::addRow("fix") << u"fix"_s << u"bugfix"_s << u"Bugfix"_s;
    QTest::addRow("feat") << u"feat"_s << u"feature"_s << u"Feature"_s;
    QTest::addRow("perf") << u"Perf"_s << u"optimization"_s << u"Optimization"_s;
    QTest::addRow("others") << u"Others"_s << u"other"_s << u"Other"_s;
    QTest::addRow("doc") << u"DOC"_s << u"docs"_s << u"Docs"_s;
    QTest::addRow("unknown keeps words") << u"Speculative  Decoding"_s << u"speculative decoding"_s
                                         << u"speculative decoding"_s;
    QTest::addRow("series marker dropped") << u"2/N"_s << QString() << QString();
    QTest::addRow("blank dropped") << u"  "_s << QString() << QString();
}

void TstTags::normalize()
{
    QFETCH(QString, raw);
    QFETCH(QString, key);
    QFETCH(QString, display);
    const TagNormalizer n;
    QCOMPARE(n.normalize(raw), key);
    if (!key.isEmpty())
        QCOMPARE(n.display(key), display);
}

void TstTags::extractAllSources()
{
    PullRequest pr = Test::pull(1, u"[BugFix][XPU] feat: things"_s);
    pr.labels = {{u"bug"_s, {}}, {u"Hardware"_s, {}}};
    const TagNormalizer n;
    QCOMPARE(TagExtractor::tags(pr, n), (QStringList {u"bugfix"_s, u"hardware"_s, u"xpu"_s, u"feature"_s}));
    const QList<TagOrigin> origins = TagExtractor::origins(pr, n);
    QCOMPARE(origins.size(), 5); // bug, Hardware, BugFix, XPU, feat
    QCOMPARE(origins.at(2).source, TagOrigin::Source::TitlePrefix);
    QCOMPARE(origins.at(2).raw, u"BugFix"_s);
    QCOMPARE(origins.at(4).source, TagOrigin::Source::ConventionalCommit);
}

void TstTags::repositoryMapping()
{
    TagNormalizer n;
    QString error;
    const QJsonObject mapping = QJsonDocument::fromJson(
        R"({"synonyms": {"KV Cache": "kvcache", "MRV2": "model runner v2"}, "display": {"kvcache": "KV cache"}, "ignore": ["WIP"]})")
                                    .object();
    QVERIFY2(n.apply(mapping, &error), qPrintable(error));
    QCOMPARE(n.normalize(u"kv  cache"_s), u"kvcache"_s);
    QCOMPARE(n.display(u"kvcache"_s), u"KV cache"_s);
    QCOMPARE(n.normalize(u"mrv2"_s), u"model runner v2"_s);
    QCOMPARE(n.normalize(u"wip"_s), QString());
}

void TstTags::malformedMappingRejected()
{
    TagNormalizer n;
    QString error;
    QVERIFY(!n.apply(QJsonDocument::fromJson(R"({"synonyms": {"x": 3}})").object(), &error));
    QVERIFY(error.contains(u"synonyms"_s));
    QCOMPARE(n.normalize(u"x"_s), u"x"_s); // nothing applied
}

void TstTags::fastDeployDistributionMatchesHandCount()
{
    WeekData week;
    if (!Test::loadDatasetWeek(u"PaddlePaddle__FastDeploy"_s, u"2026-03-30_2026-04-05"_s, IsoWeek(2026, 14), &week))
        QSKIP("shared FastDeploy dataset not present");
    QCOMPARE(week.pulls.size(), 54);

    // Hand count, independent of TagExtractor: scan each title character by character for leading [..] groups.
    QMap<QString, int> hand;
    for (const PullRequest &pr : std::as_const(week.pulls)) {
        const QString t = pr.title;
        int i = 0;
        bool any = false;
        for (;;) {
            while (i < t.size() && t.at(i) == u' ')
                ++i;
            if (i >= t.size() || t.at(i) != u'[')
                break;
            const int j = int(t.indexOf(u']', i));
            if (j < 0)
                break;
            hand[t.mid(i + 1, j - i - 1).toLower()] += 1;
            any = true;
            i = j + 1;
        }
        if (!any)
            hand[u"(none)"_s] += 1;
    }

    // 1. the raw prefixes equal the hand count and stats.json's title_tag_distribution
    QMap<QString, int> raw;
    for (const PullRequest &pr : std::as_const(week.pulls)) {
        const QStringList p = TagExtractor::titlePrefixes(pr.title);
        if (p.isEmpty())
            raw[u"(none)"_s] += 1;
        for (const QString &s : p)
            raw[s.toLower()] += 1;
    }
    QCOMPARE(raw, hand);
    QFile statsFile(Test::datasetDir(u"PaddlePaddle__FastDeploy"_s, u"2026-03-30_2026-04-05"_s) + u"/stats.json"_s);
    QVERIFY(statsFile.open(QIODevice::ReadOnly));
    const QJsonObject dist
        = QJsonDocument::fromJson(statsFile.readAll()).object().value("title_tag_distribution"_L1).toObject();
    QMap<QString, int> stats;
    for (auto it = dist.begin(); it != dist.end(); ++it)
        stats.insert(it.key(), it.value().toInt());
    QCOMPARE(raw, stats);

    // 2. the analysis' tag distribution: the hand count with synonyms merged, each count backed by its PR list
    const TagNormalizer n;
    QMap<QString, int> expected;
    for (auto it = hand.begin(); it != hand.end(); ++it)
        if (it.key() != u"(none)"_s)
            expected[n.normalize(it.key())] += it.value();
    const WeekAnalysis a = analyzeWeek(week, {}, AnalysisConfig());
    QMap<QString, int> got;
    for (const CountedItem &c : a.tags) {
        got.insert(c.key, c.count());
        for (int number : c.prs)
            QVERIFY2(TagExtractor::tags(*week.find(number), n).contains(c.key), qPrintable(c.key));
    }
    QCOMPARE(got, expected);
    QCOMPARE(a.untaggedPrs.size(), hand.value(u"(none)"_s));
    // "[Other]" and "[Others]" are one tag
    QCOMPARE(got.value(u"other"_s), hand.value(u"other"_s) + hand.value(u"others"_s));
}

QTEST_GUILESS_MAIN(TstTags)
#include "tst_tags.moc"
