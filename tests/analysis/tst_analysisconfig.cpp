// SPDX-License-Identifier: MIT
// A configuration whose glob can never match is refused and the glob named, instead of matching nothing.
#include "analysisconfig.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

class TestAnalysisConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void globsAreChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("badGlob"); // empty: accepted
        QTest::addRow("usable globs") << QByteArray("{\"coreGlobs\": [\"src/core/*\", \"engine/\"], "
                                                    "\"exclude\": [\"*.snap\", \"docs/[a-z]*.md\"], "
                                                    "\"rules\": {\"core-path\": {\"globs\": [\"src/engine/*\"]}}}")
                                      << QString();
        QTest::addRow("unclosed bracket in coreGlobs")
            << QByteArray("{\"coreGlobs\": [\"src/[core\"]}") << u"src/[core"_s;
        QTest::addRow("reversed range in exclude") << QByteArray("{\"exclude\": [\"*.[z-a]\"]}") << u"*.[z-a]"_s;
        QTest::addRow("bad rule glob") << QByteArray("{\"rules\": {\"core-path\": {\"globs\": [\"ok/*\", \"[x\"]}}}")
                                       << u"[x"_s;
        QTest::addRow("empty glob") << QByteArray("{\"coreGlobs\": [\"\"]}") << u"\"\""_s;
    }
    void globsAreChecked()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, badGlob);
        AnalysisConfig config;
        QString error;
        const bool applied = config.apply(QJsonDocument::fromJson(json).object(), &error);
        QCOMPARE(applied, badGlob.isEmpty());
        if (applied)
            return;
        QVERIFY2(error.contains(badGlob), qPrintable(error));
        QVERIFY2(error.contains(u"glob"_s), qPrintable(error));
        // All or nothing: the configuration is as it was.
        QVERIFY(config.coreGlobs.isEmpty());
        QCOMPARE(config.paths.exclusions(), AnalysisConfig().paths.exclusions());
    }

    void loadNamesTheGlob()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"repo.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"exclude\": [\"gen/[out\"]}");
        f.close();
        AnalysisConfig config;
        QString error;
        QVERIFY(!config.load(path, &error));
        QVERIFY2(error.contains(u"gen/[out"_s) && error.contains(u"exclude"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisConfig)
#include "tst_analysisconfig.moc"
