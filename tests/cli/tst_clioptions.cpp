// SPDX-License-Identifier: MIT
#include "cliexitcode.h"
#include "clioptions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;
using namespace PrLens::Cli;

class TestCliOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("repoKey");
        QTest::addColumn<QString>("week");
        QTest::addColumn<int>("zoneSeconds");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("number");
        const int md = int(CliOptions::Format::Markdown), json = int(CliOptions::Format::Json),
                  html = int(CliOptions::Format::Html);
        const int first = int(CachedWeekSource::Policy::CacheFirst), refresh = int(CachedWeekSource::Policy::Refresh),
                  offline = int(CachedWeekSource::Policy::Offline);
        QTest::addRow("GitHub week in UTC+8 as JSON")
            << QStringList {u"report"_s, u"--repo"_s, u"vllm-project/vllm"_s, u"--week"_s, u"2026-W13"_s, u"--tz"_s,
                   u"+08:00"_s, u"--format"_s, u"json"_s}
            << u"vllm-project/vllm"_s << u"2026-W13"_s << 8 * 3600 << json << first << 0;
        QTest::addRow("Enterprise URL, refresh, HTML")
            << QStringList {u"report"_s, u"--repo=https://ghe.example.com/team/tool"_s, u"--week=2026W02"_s,
                   u"--tz=-05:30"_s, u"--format=html"_s, u"--refresh"_s}
            << u"ghe.example.com/team/tool"_s << u"2026-W02"_s << -(5 * 3600 + 1800) << html << refresh << 0;
        QTest::addRow("git clone with branch, no week, offline")
            << QStringList {u"report"_s, u"--git"_s, u"/srv/app"_s, u"--branch"_s, u"release"_s, u"--tz"_s, u"Z"_s,
                   u"--offline"_s}
            << u"git:/srv/app#release"_s << QString() << 0 << md << offline << 0;
        QTest::addRow("GitHub without week, with a config file")
            << QStringList {u"report"_s, u"--repo"_s, u"a/b"_s, u"--tz"_s, u"+08:00"_s, u"--config"_s, u"r.json"_s}
            << u"a/b"_s << QString() << 8 * 3600 << md << first << 0;
        QTest::addRow("one PR") << QStringList {u"pr"_s, u"--repo"_s, u"a/b"_s, u"--week"_s, u"2026-W14"_s, u"--tz"_s,
            u"+00:00"_s, u"--number"_s, u"7133"_s}
                                << u"a/b"_s << u"2026-W14"_s << 0 << md << first << 7133;
    }
    void valid()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, repoKey);
        QFETCH(QString, week);
        QFETCH(int, zoneSeconds);
        QFETCH(int, format);
        QFETCH(int, policy);
        QFETCH(int, number);
        args.prepend(u"prlens"_s);
        const CliParseResult r = parseArguments(args);
        QVERIFY2(r.options, qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.options->repo.key(), repoKey);
        QCOMPARE(r.options->week ? r.options->week->toString() : QString(), week);
        QCOMPARE(r.options->zone.seconds(), zoneSeconds);
        QCOMPARE(int(r.options->format), format);
        QCOMPARE(int(r.options->policy), policy);
        QCOMPARE(r.options->number, number);
        QCOMPARE(r.options->command, number ? CliOptions::Command::Pr : CliOptions::Command::Report);
    }

    void invalid_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QStringList gh {u"report"_s, u"--repo"_s, u"a/b"_s};
        QTest::addRow("neither repo nor git") << QStringList {u"report"_s, u"--week"_s, u"2026-W13"_s} << u"--git"_s;
        QTest::addRow("both repo and git") << QStringList {u"report"_s, u"--repo"_s, u"a/b"_s, u"--git"_s, u"."_s,
            u"--week"_s, u"2026-W13"_s} << u"--repo"_s;
        QTest::addRow("week 53 of a 52-week year") << gh + QStringList {u"--week"_s, u"2025-W53"_s} << u"2025-W53"_s;
        QTest::addRow("time zone out of range")
            << gh + QStringList {u"--week"_s, u"2026-W13"_s, u"--tz"_s, u"+15:00"_s} << u"+15:00"_s;
        QTest::addRow("API URL without host")
            << gh + QStringList {u"--week"_s, u"2026-W13"_s, u"--api-url"_s, u"localhost"_s} << u"localhost"_s;
        QTest::addRow("unknown language")
            << gh + QStringList {u"--week"_s, u"2026-W13"_s, u"--lang"_s, u"fr"_s} << u"fr"_s;
        QTest::addRow("refresh and offline")
            << gh + QStringList {u"--week"_s, u"2026-W13"_s, u"--refresh"_s, u"--offline"_s} << u"--offline"_s;
        QTest::addRow("branch with GitHub")
            << gh + QStringList {u"--week"_s, u"2026-W13"_s, u"--branch"_s, u"x"_s} << u"--branch"_s;
        QTest::addRow("pr without number")
            << QStringList {u"pr"_s, u"--repo"_s, u"a/b"_s, u"--week"_s, u"2026-W13"_s} << u"--number"_s;
        QTest::addRow("pr with a bad number")
            << QStringList {u"pr"_s, u"--repo"_s, u"a/b"_s, u"--week"_s, u"2026-W13"_s, u"--number"_s, u"-4"_s}
            << u"--number"_s;
        QTest::addRow("number on report")
            << gh + QStringList {u"--week"_s, u"2026-W13"_s, u"--number"_s, u"1"_s} << u"number"_s;
        QTest::addRow("stray argument") << gh + QStringList {u"--week"_s, u"2026-W13"_s, u"extra"_s} << u"extra"_s;
        // Hostile repositories: user info would send the github.com token to another host; a space would add search
        // qualifiers to GitHub's search.
        const QStringList weekArgs {u"--week"_s, u"2026-W13"_s};
        for (const QString &repo : {u"github.com@127.0.0.1/o/n"_s, u"https://github.com@127.0.0.1/o/n"_s,
                 u"https://user:pw@ghe.example.com/o/n"_s, u"o/n org:x"_s, u"o/n is:open"_s, u"o x/n"_s, u"o.x/n"_s,
                 u"o/.."_s, u"o/."_s, u"ftp://ghe.example.com/o/n"_s, u"ghe.example.com/o/n/extra"_s,
                 u"%1/n"_s.arg(QString(40, u'a')), u"o/%1"_s.arg(QString(101, u'b'))})
            QTest::addRow("repository %s", qPrintable(repo.left(40)))
                << QStringList {u"report"_s, u"--repo"_s, repo} + weekArgs << u"is not a repository"_s;
        QTest::addRow("API URL with user info")
            << gh + QStringList {u"--week"_s, u"2026-W13"_s, u"--api-url"_s, u"http://github.com@127.0.0.1:9"_s}
            << u"API URL"_s;
    }
    void invalid()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        args.prepend(u"prlens"_s);
        const CliParseResult r = parseArguments(args);
        QVERIFY(!r.options);
        QVERIFY(!r.error.isEmpty());
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
    }

    void lastCompleteWeek_data()
    {
        QTest::addColumn<QString>("nowUtc");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("week");
        QTest::addRow("mid-week") << u"2026-04-08T12:00:00Z"_s << u"+00:00"_s << u"2026-W14"_s;
        QTest::addRow("Sunday evening UTC is Monday in UTC+8")
            << u"2026-04-12T17:00:00Z"_s << u"+08:00"_s << u"2026-W15"_s;
        QTest::addRow("Sunday evening UTC is still Sunday in UTC-5")
            << u"2026-04-12T17:00:00Z"_s << u"-05:00"_s << u"2026-W14"_s;
        QTest::addRow("first week of a year: the last of the year before")
            << u"2026-01-01T09:00:00Z"_s << u"+00:00"_s << u"2025-W52"_s;
        QTest::addRow("year with 53 weeks") << u"2027-01-06T09:00:00Z"_s << u"+00:00"_s << u"2026-W53"_s;
    }
    void lastCompleteWeek()
    {
        QFETCH(QString, nowUtc);
        QFETCH(QString, zone);
        QFETCH(QString, week);
        const QDateTime now = QDateTime::fromString(nowUtc, Qt::ISODate);
        QVERIFY(now.isValid());
        QCOMPARE(Cli::lastCompleteWeek(now, *UtcOffset::parse(zone)).toString(), week);
    }

    void help()
    {
        const CliParseResult r = parseArguments({u"prlens"_s, u"pr"_s, u"--help"_s});
        QVERIFY(!r.options);
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.helpText.contains(u"prlens pr"_s) || r.helpText.contains(u"pr [options]"_s));
        QVERIFY(r.helpText.contains(u"--number"_s));
        QVERIFY(r.helpText.contains(u"--config"_s));
        for (int code = 0; code <= int(ExitCode::Cancelled); ++code)
            QVERIFY2(r.helpText.contains(u"  %1  "_s.arg(code)), qPrintable(QString::number(code)));
    }

    void patches()
    {
        const auto parse = [](QStringList args) {
            args.prepend(u"prlens"_s);
            return parseArguments(args);
        };
        const CliParseResult full = parse({u"report"_s, u"--repo"_s, u"a/b"_s});
        QVERIFY(full.options);
        QVERIFY(full.options->patches); // every PR's patches by default, so every rule runs
        const CliParseResult metadata = parse({u"report"_s, u"--repo"_s, u"a/b"_s, u"--no-patches"_s});
        QVERIFY2(metadata.options, qPrintable(metadata.error));
        QVERIFY(!metadata.options->patches);
        QVERIFY(parse({u"report"_s, u"--help"_s}).helpText.contains(u"--no-patches"_s));
        // One PR reads its own patches; the option is for the weekly report.
        QVERIFY(!parse({u"pr"_s, u"--repo"_s, u"a/b"_s, u"--number"_s, u"5"_s, u"--no-patches"_s}).error.isEmpty());
    }

    void needsGui()
    {
        QVERIFY(CliOptions::needsGui({u"prlens"_s, u"report"_s, u"--format"_s, u"pdf"_s}));
        QVERIFY(CliOptions::needsGui({u"prlens"_s, u"report"_s, u"--format=pdf"_s}));
        QVERIFY(!CliOptions::needsGui({u"prlens"_s, u"report"_s, u"--format"_s, u"md"_s}));
    }

    void exitCodesAreDistinct()
    {
        QCOMPARE(exitCodeFor(LoadError::Kind::None), ExitCode::Ok);
        QCOMPARE(exitCodeFor(LoadError::Kind::NotFound), ExitCode::NotFound);
        QCOMPARE(exitCodeFor(LoadError::Kind::NotARepository), ExitCode::NotFound);
        QCOMPARE(exitCodeFor(LoadError::Kind::Network), ExitCode::Network);
        QCOMPARE(exitCodeFor(LoadError::Kind::Timeout), ExitCode::Network);
        QCOMPARE(exitCodeFor(LoadError::Kind::RateLimited), ExitCode::RateLimited);
        QCOMPARE(exitCodeFor(LoadError::Kind::Unauthorized), ExitCode::Unauthorized);
        QCOMPARE(exitCodeFor(LoadError::Kind::ToolMissing), ExitCode::ToolMissing);
        QCOMPARE(exitCodeFor(LoadError::Kind::Cancelled), ExitCode::Cancelled);
        QCOMPARE(exitCodeFor(LoadError::Kind::BadResponse), ExitCode::Failure);
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
