// SPDX-License-Identifier: MIT
#include "clioptions.h"

#include "demoweeksource.h"
#include "enumnames.h"
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
    return QCoreApplication::translate("Cli",
        "Exit codes:\n"
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

constexpr EnumName<CliOptions::Format> kFormats[] = {
    {CliOptions::Format::Json, u"json"},
    {CliOptions::Format::Markdown, u"md"},
    {CliOptions::Format::Markdown, u"markdown"},
    {CliOptions::Format::Html, u"html"},
    {CliOptions::Format::Pdf, u"pdf"},
};

/// Which repository to read: --repo, --git, --demo or --embedded-default (exactly one). Returns an error or empty.
QString readRepository(const QCommandLineParser &parser, CliOptions *o)
{
    const bool repo = parser.isSet(u"repo"_s);
    const bool git = parser.isSet(u"git"_s);
    const bool demo = parser.isSet(u"demo"_s);
    const bool embedded = parser.isSet(u"embedded-default"_s);
    if (int(repo) + int(git) + int(demo) + int(embedded) != 1)
        return QCoreApplication::translate("Cli",
            "Give one of --repo OWNER/NAME, --git PATH, --demo or "
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
        const UtcOffset zone
            = UtcOffset::parse(parser.value(u"tz"_s)).value_or(UtcOffset(QDateTime::currentDateTime().offsetFromUtc()));
        const StartRepository::Choice start
            = StartRepository::choose({QDir::currentPath()}, zone, QDateTime::currentDateTimeUtc());
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
            return QCoreApplication::translate(
                "Cli", "\"%1\" is not an ISO week; write it as YYYY-Www, for example 2026-W14.")
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

namespace {

/// Which command an option belongs to.
enum class Scope { Every, Report, Pr, Backtest };

/// One command-line option: its names (short first), its help text (translated in the "Cli" context when shown),
/// the name of its value (empty for a switch) and the command it belongs to.
struct OptionSpec {
    QStringList names;
    const char *help;
    QString valueName = {};
    Scope scope = Scope::Every;
};

/// Every option, in the order --help lists them.
const QList<OptionSpec> &optionTable()
{
    static const QList<OptionSpec> table = {
        {{u"h"_s, u"help"_s}, QT_TRANSLATE_NOOP("Cli", "Shows this help.")},
        {{u"repo"_s}, QT_TRANSLATE_NOOP("Cli", "GitHub repository (OWNER/NAME, HOST/OWNER/NAME or its URL)."),
            u"OWNER/NAME"_s},
        {{u"git"_s}, QT_TRANSLATE_NOOP("Cli", "Local git clone to read instead of GitHub."), u"PATH"_s},
        {{u"demo"_s},
            QT_TRANSLATE_NOOP("Cli",
                "Read the week bundled with PR Lens "
                "(vllm-project/vllm, 2026-W13, +08:00) instead of a repository.")},
        {{u"embedded-default"_s},
            QT_TRANSLATE_NOOP("Cli",
                "Read what the window "
                "opens when started here for the first time: this folder's clone at its latest "
                "week with pull requests if it has any in its last 8 weeks, else the demo week.")},
        {{u"branch"_s}, QT_TRANSLATE_NOOP("Cli", "Branch of the clone (default: remote HEAD or current)."), u"B"_s},
        {{u"week"_s},
            QT_TRANSLATE_NOOP("Cli",
                "ISO week, e.g. 2026-W14 (default with --repo: the last complete "
                "week, i.e. the week before the current one; with --git: the latest week with commits)."),
            u"YYYY-Www"_s},
        {{u"tz"_s},
            QT_TRANSLATE_NOOP("Cli",
                "Time zone of the week's boundaries (default: this computer's; "
                "the zone saved in the app's settings is not used, so that scheduled reports do not change when the "
                "settings do)."),
            u"+HH:MM"_s},
        {{u"api-url"_s},
            QT_TRANSLATE_NOOP("Cli",
                "GitHub REST API root: "
                "https://HOST/api/v3 for GitHub Enterprise Server (GraphQL then goes to "
                "https://HOST/api/graphql), https://api.SUBDOMAIN.ghe.com for data residency, "
                "or a test server."),
            u"URL"_s},
        {{u"graphql-url"_s},
            QT_TRANSLATE_NOOP("Cli",
                "GitHub GraphQL URL, "
                "when it is not the one derived from --api-url or the host."),
            u"URL"_s},
        {{u"format"_s}, QT_TRANSLATE_NOOP("Cli", "Output format: json, md, html or pdf (default: md)."), u"FORMAT"_s},
        {{u"lang"_s}, QT_TRANSLATE_NOOP("Cli", "Language of the report and messages: en or zh_CN."), u"LANG"_s},
        {{u"o"_s, u"output"_s}, QT_TRANSLATE_NOOP("Cli", "Write to FILE instead of standard output."), u"FILE"_s},
        {{u"paper"_s}, QT_TRANSLATE_NOOP("Cli", "Paper of the PDF: a4 or letter (default: from the system locale)."),
            u"SIZE"_s},
        {{u"refresh"_s}, QT_TRANSLATE_NOOP("Cli", "Load again from the source even when the week is cached.")},
        {{u"offline"_s}, QT_TRANSLATE_NOOP("Cli", "Use only the cache; make no network request.")},
        {{u"cache"_s},
            QT_TRANSLATE_NOOP("Cli",
                "Cache file (default: the cache location saved in the app's "
                "settings, else in the user's cache folder)."),
            u"FILE"_s},
        {{u"config"_s},
            QT_TRANSLATE_NOOP("Cli",
                "Per-repository analysis JSON (rules, "
                "highlighted count, core paths) applied over the saved settings; default: the rule override "
                "file saved in the app's settings, if any."),
            u"FILE"_s},
        {{u"number"_s}, QT_TRANSLATE_NOOP("Cli", "Number of the pull request (prlens pr)."), u"N"_s, Scope::Pr},
        {{u"weeks"_s},
            QT_TRANSLATE_NOOP("Cli",
                "backtest: how many weeks to "
                "back-test (default: 26)."),
            u"N"_s, Scope::Backtest},
        {{u"until"_s},
            QT_TRANSLATE_NOOP("Cli",
                "backtest: the last week back-tested "
                "(default: the latest week whose horizon is over)."),
            u"YYYY-Www"_s, Scope::Backtest},
        {{u"horizon"_s},
            QT_TRANSLATE_NOOP("Cli",
                "backtest: weeks after its merge in "
                "which a revert or fix counts against a PR (default: 4)."),
            u"N"_s, Scope::Backtest},
        {{u"no-patches"_s},
            QT_TRANSLATE_NOOP("Cli",
                "Do not read the pull "
                "requests' patches: a faster report from the metadata only; the rules that read "
                "diff text are skipped and the completeness ledger says so."),
            {}, Scope::Report},
    };
    return table;
}

Scope scopeOf(CliOptions::Command command)
{
    switch (command) {
    case CliOptions::Command::Pr:
        return Scope::Pr;
    case CliOptions::Command::Backtest:
        return Scope::Backtest;
    case CliOptions::Command::Report:
        break;
    }
    return Scope::Report;
}

QString commandDescription(CliOptions::Command command)
{
    switch (command) {
    case CliOptions::Command::Backtest:
        return QCoreApplication::translate("Cli",
            "Back-tests every risk rule: how often the PRs it flagged were reverted "
            "or fixed within the horizon, against the PRs it did not flag.");
    case CliOptions::Command::Pr:
        return QCoreApplication::translate(
            "Cli", "Writes the report of one merged pull request: its files, changes, review and risks.");
    case CliOptions::Command::Report:
        break;
    }
    return QCoreApplication::translate("Cli",
        "Writes the weekly report of a repository's merged pull requests: counts, authors, lines, "
        "tags, hot files and modules, risks, and each PR with its files.");
}

/// The options of every command and of `command`, in table order.
void addOptions(QCommandLineParser &parser, CliOptions::Command command)
{
    const Scope scope = scopeOf(command);
    for (const OptionSpec &spec : optionTable()) {
        if (spec.scope != Scope::Every && spec.scope != scope)
            continue;
        parser.addOption(QCommandLineOption(spec.names, QCoreApplication::translate("Cli", spec.help), spec.valueName));
    }
}

QString badUrl(const QCommandLineParser &parser, const QString &name, QUrl *out)
{
    if (!parser.isSet(name))
        return {};
    *out = QUrl(parser.value(name), QUrl::StrictMode);
    if (out->isValid() && !out->host().isEmpty() && out->userInfo().isEmpty()
        && (out->scheme() == u"http" || out->scheme() == u"https"))
        return {};
    return name == u"api-url" ? QCoreApplication::translate("Cli",
                                    "\"%1\" is not an API URL; write it as https://HOST/PATH or http://HOST:PORT.")
                                    .arg(parser.value(name))
                              : QCoreApplication::translate("Cli",
                                    "\"%1\" is not a GraphQL URL; write it as "
                                    "https://HOST/api/graphql or https://HOST/graphql.")
                                    .arg(parser.value(name));
}

/// --week and --tz (the demo's own week and zone where they are not given). Returns an error or empty.
QString readWeekAndZone(const QCommandLineParser &parser, CliOptions *o)
{
    if (parser.isSet(u"week"_s)) {
        o->week = IsoWeek::parse(parser.value(u"week"_s));
        if (!o->week)
            return QCoreApplication::translate(
                "Cli", "\"%1\" is not an ISO week; write it as YYYY-Www, for example 2026-W14.")
                .arg(parser.value(u"week"_s));
    }
    if (parser.isSet(u"tz"_s)) {
        const std::optional<UtcOffset> zone = UtcOffset::parse(parser.value(u"tz"_s));
        if (!zone)
            return QCoreApplication::translate(
                "Cli", "\"%1\" is not a time zone offset; write it as ±HH:MM, for example +08:00.")
                .arg(parser.value(u"tz"_s));
        o->zone = *zone;
    } else {
        o->zone = UtcOffset(QDateTime::currentDateTime().offsetFromUtc());
    }
    if (o->repo.kind == RepoRef::Kind::Demo) {
        // The one bundled week, in the zone it was taken in (another --week is "not found").
        if (!o->week)
            o->week = DemoWeekSource::week();
        if (!parser.isSet(u"tz"_s))
            o->zone = DemoWeekSource::zone();
    }
    return {};
}

/// --format and --lang. Returns an error or empty.
QString readFormatAndLanguage(const QCommandLineParser &parser, CliOptions *o)
{
    if (parser.isSet(u"format"_s)) {
        const std::optional<CliOptions::Format> f = enumFromName(kFormats, parser.value(u"format"_s));
        if (!f)
            return QCoreApplication::translate("Cli", "Unknown format \"%1\"; use json, md, html or pdf.")
                .arg(parser.value(u"format"_s));
        o->format = *f;
    }
    if (parser.isSet(u"lang"_s)) {
        if (!LanguageManager::availableLanguages().contains(parser.value(u"lang"_s)))
            return QCoreApplication::translate("Cli", "Unknown language \"%1\"; use %2.")
                .arg(parser.value(u"lang"_s), LanguageManager::availableLanguages().join(u", "_s));
        o->language = parser.value(u"lang"_s);
    }
    return {};
}

/// --refresh / --offline, -o, --paper, --cache, --config, --no-patches and --number. Returns an error or empty.
QString readOutputAndCache(const QCommandLineParser &parser, CliOptions *o)
{
    if (parser.isSet(u"refresh"_s) && parser.isSet(u"offline"_s))
        return QCoreApplication::translate("Cli", "--refresh and --offline cannot be used together.");
    if (parser.isSet(u"refresh"_s))
        o->policy = CachedWeekSource::Policy::Refresh;
    else if (parser.isSet(u"offline"_s))
        o->policy = CachedWeekSource::Policy::Offline;
    o->outputFile = parser.value(u"output"_s);
    if (o->format == CliOptions::Format::Pdf && (o->outputFile.isEmpty() || o->outputFile == u"-"))
        return QCoreApplication::translate("Cli", "A PDF is not written to the terminal; give a file with -o FILE.");
    if (parser.isSet(u"paper"_s)) {
        const QString name = parser.value(u"paper"_s).toLower();
        if (name != u"a4" && name != u"letter")
            return QCoreApplication::translate("Cli", "Unknown paper \"%1\"; use a4 or letter.")
                .arg(parser.value(u"paper"_s));
        o->paper = name;
    }
    o->cacheFile = parser.value(u"cache"_s);
    o->configFile = parser.value(u"config"_s);
    o->patches = o->command == CliOptions::Command::Report && !parser.isSet(u"no-patches"_s);
    if (o->command == CliOptions::Command::Pr) {
        bool ok = false;
        o->number = parser.value(u"number"_s).toInt(&ok);
        if (!ok || o->number <= 0)
            return QCoreApplication::translate("Cli", "Give the pull request's number with --number N.");
    }
    return {};
}

/// The steps that read the parsed options, in order; the first error stops them.
QString readOptions(const QCommandLineParser &parser, CliOptions *o)
{
    using Step = QString (*)(const QCommandLineParser &, CliOptions *);
    static constexpr Step steps[] = {
        readRepository,
        readWeekAndZone,
        [](const QCommandLineParser &p, CliOptions *opt) { return badUrl(p, u"api-url"_s, &opt->apiUrl); },
        [](const QCommandLineParser &p, CliOptions *opt) { return badUrl(p, u"graphql-url"_s, &opt->graphQlUrl); },
        readFormatAndLanguage,
        readOutputAndCache,
        [](const QCommandLineParser &p, CliOptions *opt) {
            return opt->command == CliOptions::Command::Backtest ? readBacktest(p, opt) : QString();
        },
    };
    for (Step step : steps)
        if (QString error = step(parser, o); !error.isEmpty())
            return error;
    return {};
}

} // namespace

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
    parser.setApplicationDescription(commandDescription(o.command));
    addOptions(parser, o.command);

    QStringList args = arguments.mid(2);
    args.prepend(arguments.value(0, u"prlens"_s));
    if (!parser.parse(args)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(u"help"_s)) {
        result.helpText
            = parser.helpText().replace(u"[options]"_s, command + u" [options]"_s) + u'\n' + exitCodeHelp() + u'\n';
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QCoreApplication::translate("Cli", "Unexpected argument \"%1\"; see --help.")
                           .arg(parser.positionalArguments().first());
        return result;
    }
    result.error = readOptions(parser, &o);
    if (result.error.isEmpty())
        result.options = o;
    return result;
}

SourceFactory::Options sourceOptions(const CliOptions &options, const QString &token)
{
    SourceFactory::Options source;
    source.apiUrl = options.apiUrl;
    source.graphQlOverride = options.graphQlUrl;
    source.policy = options.policy;
    source.token = token;
    return source;
}

} // namespace PrLens::Cli
