// SPDX-License-Identifier: MIT
// The command line reads what the settings dialog saved: rules, severities, the override file, hosts, cache.
#include "clitestrun.h"
#include "fakegithubserver.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

namespace {

const QString fastDeployDir
    = QStringLiteral(PRLENS_SHARED_DIR "/datasets/PaddlePaddle__FastDeploy/2026-03-30_2026-04-05");

/// Every (rule, severity) pair of the findings anywhere in the report: rule id → severities seen.
void collectFindings(const QJsonValue &v, QMap<QString, QStringList> *out)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectFindings(e, out);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    if (o.contains("rule"_L1) && o.contains("severity"_L1))
        (*out)[o.value("rule"_L1).toString()].append(o.value("severity"_L1).toString());
    for (auto it = o.begin(); it != o.end(); ++it)
        collectFindings(it.value(), out);
}

} // namespace

class TestCliSettings : public QObject {
    Q_OBJECT

    FakeGitHubServer m_server;
    QString m_api;

    /// A fresh home whose saved settings are @p values.
    static void writeSettings(const QTemporaryDir &home, const QVariantMap &values)
    {
        QSettings settings(home.filePath(u"config/PRLens/prlens.conf"_s), QSettings::IniFormat);
        for (auto it = values.begin(); it != values.end(); ++it)
            settings.setValue(it.key(), it.value());
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }

    CliTest::Result report(const QTemporaryDir &home, const QStringList &extra)
    {
        return CliTest::run(QStringList {u"report"_s, u"--repo"_s, u"PaddlePaddle/FastDeploy"_s, u"--week"_s,
                                u"2026-W14"_s, u"--tz"_s, u"+08:00"_s, u"--format"_s, u"json"_s, u"--api-url"_s, m_api,
                                u"--cache"_s, home.filePath(u"c.sqlite"_s)}
                + extra,
            home.path());
    }

    static QMap<QString, QStringList> findings(const CliTest::Result &r)
    {
        QMap<QString, QStringList> out;
        collectFindings(QJsonDocument::fromJson(r.out).object(), &out);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(CliTest::binary()), "the prlens binary is not built");
        if (!QFileInfo::exists(fastDeployDir + u"/pulls.json"_s))
            QSKIP("the shared FastDeploy dataset is absent");
        QString error;
        QVERIFY2(m_server.addDataset(fastDeployDir, &error), qPrintable(error));
        QVERIFY(m_server.listen() != 0);
        m_api = m_server.baseUrl().toString();
    }

    void savedRulesAndConfigFileApply()
    {
        QTemporaryDir plainHome;
        const CliTest::Result plain = report(plainHome, {});
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        const QMap<QString, QStringList> before = findings(plain);
        QVERIFY2(before.size() >= 3, qPrintable(before.keys().join(u", "_s)));

        // One rule off, one re-weighted to a severity it does not have by default, in the saved settings.
        const QStringList ids = before.keys();
        const QString disabled = ids.at(0);
        const QString reweighted = ids.at(1);
        const QString original = before.value(reweighted).first();
        const QString severity = original == u"high" ? u"info"_s : u"high"_s;
        QTemporaryDir home;
        writeSettings(home,
            {{u"analysis/rules/%1/enabled"_s.arg(disabled), false},
                {u"analysis/rules/%1/severity"_s.arg(reweighted), severity}});
        const CliTest::Result saved = report(home, {});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const QMap<QString, QStringList> after = findings(saved);
        QVERIFY2(!after.contains(disabled), qPrintable(disabled));
        QVERIFY(!after.value(reweighted).isEmpty());
        for (const QString &s : after.value(reweighted))
            QCOMPARE(s, severity);
        QCOMPARE(after.value(ids.at(2)), before.value(ids.at(2)));

        // --config adds a per-repository JSON over the saved settings.
        const QString json = home.filePath(u"repo.json"_s);
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QJsonDocument(QJsonObject {{"rules"_L1, QJsonObject {{ids.at(2), QJsonObject {{"enabled"_L1, false}}}}}})
                .toJson());
        f.close();
        const CliTest::Result configured = report(home, {u"--config"_s, json});
        QVERIFY2(configured.exitCode == 0, configured.err.constData());
        const QMap<QString, QStringList> withFile = findings(configured);
        QVERIFY(!withFile.contains(ids.at(2)));
        QVERIFY(!withFile.contains(disabled));
        QCOMPARE(withFile.value(reweighted), after.value(reweighted));

        // The same file saved as the override file works without --config.
        writeSettings(home, {{u"analysis/overrideFile"_s, json}});
        QVERIFY(!findings(report(home, {})).contains(ids.at(2)));

        // A --config that cannot be read is a usage error with one line.
        const CliTest::Result missing = report(home, {u"--config"_s, home.filePath(u"absent.json"_s)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.oneErrorLine(), missing.err.constData());
        QVERIFY(missing.out.isEmpty());

        // So is one whose glob can never match: it is named, not silently ignored.
        const QString badGlob = home.filePath(u"bad-glob.json"_s);
        QFile g(badGlob);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("{\"rules\": {\"core-path\": {\"globs\": [\"src/engine/[core\"]}}}");
        g.close();
        const CliTest::Result rejected = report(home, {u"--config"_s, badGlob});
        QCOMPARE(rejected.exitCode, 2);
        QVERIFY2(rejected.oneErrorLine(), rejected.err.constData());
        QVERIFY2(rejected.err.contains("src/engine/[core"), rejected.err.constData());
        QVERIFY(rejected.out.isEmpty());
    }

    void savedHostUrlsAndCacheLocation()
    {
        // An Enterprise host saved with its API URLs (here the loopback server): no --api-url needed.
        QTemporaryDir home;
        const QString cacheFile = home.filePath(u"saved/where.sqlite"_s);
        QSettings settings(home.filePath(u"config/PRLens/prlens.conf"_s), QSettings::IniFormat);
        settings.setValue(u"cache/location"_s, cacheFile);
        settings.beginWriteArray(u"accounts/hosts"_s);
        settings.setArrayIndex(0);
        settings.setValue(u"host"_s, u"ghe.test"_s);
        settings.setValue(u"apiUrl"_s, m_api);
        settings.setValue(u"graphqlUrl"_s, QString(m_api + u"/graphql"_s));
        settings.endArray();
        settings.sync();

        const QStringList args {u"report"_s, u"--repo"_s, u"ghe.test/PaddlePaddle/FastDeploy"_s, u"--week"_s,
            u"2026-W14"_s, u"--tz"_s, u"+08:00"_s, u"--format"_s, u"json"_s};
        m_server.resetCounts();
        const CliTest::Result r = CliTest::run(args, home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("summary"_L1)[u"mergedPrs"_s].toInt(), 54);
        QVERIFY(m_server.totalRequests() > 0);
        QVERIFY2(QFileInfo::exists(cacheFile), "the saved cache location was not used");

        // --api-url still wins over the saved host URLs, --cache over the saved location.
        const CliTest::Result overridden = CliTest::run(args
                + QStringList {u"--api-url"_s, u"http://127.0.0.1:1"_s, u"--refresh"_s, u"--cache"_s,
                    home.filePath(u"other.sqlite"_s)},
            home.path());
        QCOMPARE(overridden.exitCode, 4);
        QVERIFY(QFileInfo::exists(home.filePath(u"other.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliSettings)
#include "tst_clisettings.moc"
