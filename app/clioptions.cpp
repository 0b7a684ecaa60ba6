// SPDX-License-Identifier: MIT
#include "clioptions.h"

#include "demoweeksource.h"
#include "languagemanager.h"
#include "repospec.h"
#include "startrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace PrLens::Cli {

namespace {

QString exitCodeHelp()
{
    return QCoreApplication::translate("Cli", "Exit codes:\n"
              "  0  the report was written\n"
              "  1  another failure (an unexpected answer from the server, a read error)\n"
              "  2  bad arguments (unknown option, malformed week, time zone or repository)\n"
              "  3  not found: unknown repository or PR, not a git repository, week not in the cache\n"
              "  4  network failure: server unreachable, timeouts, repeated server errors\n"
              "  5  the API rate limit is exhausted\n"
              "  6  the token is missing, wrong or lacks access\n"
              "  7  the report could not be written\n"
              "  8  the git program was not found\n"
              "  9  interrupted");
}

std::optional<CliOptions::Format> formatFromName(const QString &name)
{
    if (name == u"json")
        return CliOptions::Format::Json;
    if (name == u"md" || name == u"markdown")
        return CliOptions::Format::Markdown;
    if (name == u"html")
        return CliOptions::Format::Html;
    if (name == u"pdf")
        return CliOptions::Format::Pdf;
    return std::nullopt;
}

/// Which repository to read: --repo, --git, --demo or --embedded-default (exactly one). Returns an error or empty.
QString readRepository(const QCommandLineParser &parser, CliOptions *o)
{
    const bool repo = parser.isSet(u"repo"_s);
    const bool git = parser.isSet(u"git"_s);
    const bool demo = parser.isSet(u"demo"_s);
    const bool embedded = parser.isSet(u"embedded-default"_s);
    if (int(repo) + int(git) + int(demo) + int(embedded) != 1)
        return QCoreApplication::translate("Cli", "Give one of --repo OWNER/NAME, --git PATH, --demo or "
                                                  "--embedded-default.");
    if (!git && parser.isSet(u"branch"_s))
        return QCoreApplication::translate("Cli", "--branch only applies with --git.");
    if (git) {
        o->repo = RepoRef::localGit(parser.value(u"git"_s), parser.value(u"branch"_s));
    } else if (repo) {
        QString why;
        o->repo = RepoSpec::parse(parser.value(u"repo"_s), &why);
        if (!o->repo.isValid())
            return QCoreApplication::translate("Cli", "\"%1\" is not a repository: %2")
                .arg(parser.value(u"repo"_s).left(200), why);
    } else if (demo) {
        o->repo = DemoWeekSource::repo();
    } else {
        // What the window opens on a first run started here (its --tz, if valid, decides the clone's week).
        const UtcOffset zone = UtcOffset::parse(parser.value(u"tz"_s))
                                   .value_or(UtcOffset(QDateTime::currentDateTime().offsetFromUtc()));
        const StartRepository::Choice start = StartRepository::choose({QDir::currentPath()}, zone,
                                                                      QDateTime::currentDateTimeUtc());
        o->repo = start.repo;
        if (!start.isDemo())
            o->week = start.week; // a --week given wins (read after this)
    }
    return {};
}

/// The options of "prlens backtest" (--weeks, --until, --horizon; formats json and md). Returns an error or empty.
QString readBacktest(const QCommandLineParser &parser, CliOptions *o)
{
    const auto positive = [&](const QString &name, int max, int *out) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const int n = parser.value(name).toInt(&ok);
        if (!ok || n < 1 || n > max)
            return false;
        *out = n;
        return true;
    };
    if (!positive(u"weeks"_s, 520, &o->backtest.weeks))
        return QCoreApplication::translate("Cli", "Give the number of weeks with --weeks N (1 to 520).");
    if (!positive(u"horizon"_s, 52, &o->backtest.horizon))
        return QCoreApplication::translate("Cli", "Give the horizon in weeks with --horizon N (1 to 52).");
    if (parser.isSet(u"until"_s)) {
        o->backtest.until = IsoWeek::parse(parser.value(u"until"_s));
        if (!o->backtest.until)
            return QCoreApplication::translate("Cli", "\"%1\" is not an ISO week; write it as YYYY-Www, for example 2026-W14.")
                .arg(parser.value(u"until"_s));
    }
    if (o->repo.kind == RepoRef::Kind::Demo)
        return QCoreApplication::translate("Cli", "A back-test needs a repository's history: give --repo or --git.");
    if (o->format != CliOptions::Format::Json && o->format != CliOptions::Format::Markdown)
        return QCoreApplication::translate("Cli", "A back-test is written as json or md.");
    return {};
}

} // namespace

IsoWeek lastCompleteWeek(const QDateTime &nowUtc, UtcOffset zone)
{
    return IsoWeek::containing(nowUtc, zone).previous();
}

bool CliOptions::needsGui(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--format=pdf" || (a == u"--format" && arguments.value(i + 1) == u"pdf"))
            return true;
    }
    return false;
}

CliParseResult parseArguments(const QStringList &arguments)
{
    CliParseResult result;
    const QString command = arguments.value(1);
    CliOptions o;
    o.command = command == u"pr" ? CliOptions::Command::Pr : CliOptions::Command::Report;
    if (command == u"backtest")
        o.command = CliOptions::Command::Backtest;

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        o.command == CliOptions::Command::Backtest
            ? QCoreApplication::translate("Cli", "Back-tests every risk rule: how often the PRs it flagged were reverted "
                 "or fixed within the horizon, against the PRs it did not flag.")
        : o.command == CliOptions::Command::Pr
            ? QCoreApplication::translate("Cli", "Writes the report of one merged pull request: its files, changes, review and risks.")
            : QCoreApplication::translate("Cli", "Writes the weekly report of a repository's merged pull requests: counts, authors, lines, "
                 "tags, hot files and modules, risks, and each PR with its files."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("Cli", "Shows this help."));
    const QCommandLineOption repo(u"repo"_s, QCoreApplication::translate("Cli", "GitHub repository (OWNER/NAME, HOST/OWNER/NAME or its URL)."),
                                  u"OWNER/NAME"_s);
    const QCommandLineOption git(u"git"_s, QCoreApplication::translate("Cli", "Local git clone to read instead of GitHub."), u"PATH"_s);
    const QCommandLineOption branch(u"branch"_s, QCoreApplication::translate("Cli", "Branch of the clone (default: remote HEAD or current)."),
                                    u"B"_s);
    const QCommandLineOption week(u"week"_s, QCoreApplication::translate("Cli", "ISO week, e.g. 2026-W14 (default with --repo: the last complete "
                                                "week, i.e. the week before the current one; with --git: the latest week with commits)."), u"YYYY-Www"_s);
    const QCommandLineOption tz(u"tz"_s, QCoreApplication::translate("Cli", "Time zone of the week's boundaries (default: this computer's; "
                                "the zone saved in the app's settings is not used, so that scheduled reports do not change when the "
                                "settings do)."),
                                u"+HH:MM"_s);
    const QCommandLineOption apiUrl(u"api-url"_s, QCoreApplication::translate("Cli", "GitHub REST API root: "
                                    "https://HOST/api/v3 for GitHub Enterprise Server (GraphQL then goes to "
                                    "https://HOST/api/graphql), https://api.SUBDOMAIN.ghe.com for data residency, "
                                    "or a test server."), u"URL"_s);
    const QCommandLineOption graphQlUrl(u"graphql-url"_s, QCoreApplication::translate("Cli", "GitHub GraphQL URL, "
                                        "when it is not the one derived from --api-url or the host."), u"URL"_s);
    const QCommandLineOption format(u"format"_s, QCoreApplication::translate("Cli", "Output format: json, md, html or pdf (default: md)."), u"FORMAT"_s);
    const QCommandLineOption lang(u"lang"_s, QCoreApplication::translate("Cli", "Language of the report and messages: en or zh_CN."), u"LANG"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, QCoreApplication::translate("Cli", "Write to FILE instead of standard output."),
                                    u"FILE"_s);
    const QCommandLineOption paper(u"paper"_s, QCoreApplication::translate("Cli", "Paper of the PDF: a4 or letter (default: from the system locale)."),
                                   u"SIZE"_s);
    const QCommandLineOption refresh(u"refresh"_s, QCoreApplication::translate("Cli", "Load again from the source even when the week is cached."));
    const QCommandLineOption offline(u"offline"_s, QCoreApplication::translate("Cli", "Use only the cache; make no network request."));
    const QCommandLineOption cache(u"cache"_s, QCoreApplication::translate("Cli", "Cache file (default: the cache location saved in the app's "
                                "settings, else in the user's cache folder)."), u"FILE"_s);
    const QCommandLineOption config(u"config"_s, QCoreApplication::translate("Cli", "Per-repository analysis JSON (rules, "
                                    "highlighted count, core paths) applied over the saved settings; default: the rule override "
                                    "file saved in the app's settings, if any."), u"FILE"_s);
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("Cli", "Read the week bundled with PR Lens "
                                  "(vllm-project/vllm, 2026-W13, +08:00) instead of a repository."));
    const QCommandLineOption embedded(u"embedded-default"_s, QCoreApplication::translate("Cli", "Read what the window "
                                      "opens when started here for the first time: this folder's clone at its latest "
                                      "week with pull requests if it has any in its last 8 weeks, else the demo week."));
    const QCommandLineOption noPatches(u"no-patches"_s, QCoreApplication::translate("Cli", "Do not read the pull "
                                       "requests' patches: a faster report from the metadata only; the rules that read "
                                       "diff text are skipped and the completeness ledger says so."));
    const QCommandLineOption number(u"number"_s, QCoreApplication::translate("Cli", "Number of the pull request (prlens pr)."), u"N"_s);
    parser.addOptions({help, repo, git, demo, embedded, branch, week, tz, apiUrl, graphQlUrl, format, lang, output, paper, refresh, offline, cache, config});
    const QCommandLineOption weeks(u"weeks"_s, QCoreApplication::translate("Cli", "backtest: how many weeks to "
                                   "back-test (default: 26)."), u"N"_s);
    const QCommandLineOption until(u"until"_s, QCoreApplication::translate("Cli", "backtest: the last week back-tested "
                                   "(default: the latest week whose horizon is over)."), u"YYYY-Www"_s);
    const QCommandLineOption horizon(u"horizon"_s, QCoreApplication::translate("Cli", "backtest: weeks after its merge in "
                                     "which a revert or fix counts against a PR (default: 4)."), u"N"_s);
    if (o.command == CliOptions::Command::Pr)
        parser.addOption(number);
    else if (o.command == CliOptions::Command::Backtest)
        parser.addOptions({weeks, until, horizon});
    else
        parser.addOption(noPatches);

    QStringList args = arguments.mid(2);
    args.prepend(arguments.value(0, u"prlens"_s));
    if (!parser.parse(args)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.helpText = parser.helpText().replace(u"[options]"_s, command + u" [options]"_s) + u'\n'
                          + exitCodeHelp() + u'\n';
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QCoreApplication::translate("Cli", "Unexpected argument \"%1\"; see --help.").arg(parser.positionalArguments().first());
        return result;
    }
    if (const QString error = readRepository(parser, &o); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (parser.isSet(week)) {
        o.week = IsoWeek::parse(parser.value(week));
        if (!o.week) {
            result.error = QCoreApplication::translate("Cli", "\"%1\" is not an ISO week; write it as YYYY-Www, for example 2026-W14.")
                               .arg(parser.value(week));
            return result;
        }
    }
    if (parser.isSet(tz)) {
        const std::optional<UtcOffset> zone = UtcOffset::parse(parser.value(tz));
        if (!zone) {
            result.error = QCoreApplication::translate("Cli", "\"%1\" is not a time zone offset; write it as ±HH:MM, for example +08:00.")
                               .arg(parser.value(tz));
            return result;
        }
        o.zone = *zone;
    } else {
        o.zone = UtcOffset(QDateTime::currentDateTime().offsetFromUtc());
    }
    if (o.repo.kind == RepoRef::Kind::Demo) {
        // The one bundled week, in the zone it was taken in (another --week is "not found").
        if (!o.week)
            o.week = DemoWeekSource::week();
        if (!parser.isSet(tz))
            o.zone = DemoWeekSource::zone();
    }
    if (parser.isSet(apiUrl)) {
        o.apiUrl = QUrl(parser.value(apiUrl), QUrl::StrictMode);
        if (!o.apiUrl.isValid() || o.apiUrl.host().isEmpty() || !o.apiUrl.userInfo().isEmpty()
            || (o.apiUrl.scheme() != u"http" && o.apiUrl.scheme() != u"https")) {
            result.error = QCoreApplication::translate("Cli", "\"%1\" is not an API URL; write it as https://HOST/PATH or http://HOST:PORT.")
                               .arg(parser.value(apiUrl));
            return result;
        }
    }
    if (parser.isSet(graphQlUrl)) {
        o.graphQlUrl = QUrl(parser.value(graphQlUrl), QUrl::StrictMode);
        if (!o.graphQlUrl.isValid() || o.graphQlUrl.host().isEmpty() || !o.graphQlUrl.userInfo().isEmpty()
            || (o.graphQlUrl.scheme() != u"http" && o.graphQlUrl.scheme() != u"https")) {
            result.error = QCoreApplication::translate("Cli", "\"%1\" is not a GraphQL URL; write it as "
                                                              "https://HOST/api/graphql or https://HOST/graphql.")
                               .arg(parser.value(graphQlUrl));
            return result;
        }
    }
    if (parser.isSet(format)) {
        const std::optional<CliOptions::Format> f = formatFromName(parser.value(format));
        if (!f) {
            result.error = QCoreApplication::translate("Cli", "Unknown format \"%1\"; use json, md, html or pdf.").arg(parser.value(format));
            return result;
        }
        o.format = *f;
    }
    if (parser.isSet(lang)) {
        if (!LanguageManager::availableLanguages().contains(parser.value(lang))) {
            result.error = QCoreApplication::translate("Cli", "Unknown language \"%1\"; use %2.")
                               .arg(parser.value(lang), LanguageManager::availableLanguages().join(u", "_s));
            return result;
        }
        o.language = parser.value(lang);
    }
    if (parser.isSet(refresh) && parser.isSet(offline)) {
        result.error = QCoreApplication::translate("Cli", "--refresh and --offline cannot be used together.");
        return result;
    }
    if (parser.isSet(refresh))
        o.policy = CachedWeekSource::Policy::Refresh;
    else if (parser.isSet(offline))
        o.policy = CachedWeekSource::Policy::Offline;
    o.outputFile = parser.value(output);
    if (o.format == CliOptions::Format::Pdf && (o.outputFile.isEmpty() || o.outputFile == u"-")) {
        result.error = QCoreApplication::translate("Cli", "A PDF is not written to the terminal; give a file with -o FILE.");
        return result;
    }
    if (parser.isSet(paper)) {
        const QString name = parser.value(paper).toLower();
        if (name != u"a4" && name != u"letter") {
            result.error = QCoreApplication::translate("Cli", "Unknown paper \"%1\"; use a4 or letter.").arg(parser.value(paper));
            return result;
        }
        o.paper = name;
    }
    o.cacheFile = parser.value(cache);
    o.configFile = parser.value(config);
    o.patches = o.command == CliOptions::Command::Report && !parser.isSet(noPatches);
    if (o.command == CliOptions::Command::Pr) {
        bool ok = false;
        o.number = parser.value(number).toInt(&ok);
        if (!ok || o.number <= 0) {
            result.error = QCoreApplication::translate("Cli", "Give the pull request's number with --number N.");
            return result;
        }
    }
    if (o.command == CliOptions::Command::Backtest) {
        if (const QString error = readBacktest(parser, &o); !error.isEmpty()) {
            result.error = error;
            return result;
        }
    }
    result.options = o;
    return result;
}

} // namespace PrLens::Cli
