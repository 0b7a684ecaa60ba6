// SPDX-License-Identifier: MIT
// prlens-fake-github: serves dataset folders as a loopback GitHub API until it is stopped.
#include "fakegithubserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    // Only async-signal-safe work here: wake the event loop through the pipe.
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[0], &c, 1);
}

QString faultHelp()
{
    return QCoreApplication::translate("main",
        "Faults (--fail KIND[:N][@PATH][#REQUEST][xTIMES]):\n"
        "  server-error:N            status N (500/502/503/504; 503 sends GitHub's HTML page)\n"
        "  rate-limit:N,S            primary limit, N = 403 or 429, reset in S seconds\n"
        "  secondary-rate-limit:N,S  secondary limit, N = 403 or 429, retry-after S seconds\n"
        "  graphql-rate-limit        HTTP 200 with a RATE_LIMITED error\n"
        "  truncated                 full content-length announced, half the body sent, connection closed\n"
        "  slow:S                    answer after S seconds\n"
        "  redirect=URL              307 to URL + the same path and query\n"
        "  not-found, bad-credentials  404 / 401 with GitHub's bodies\n"
        "  oversized:B               a body of B bytes without a content-length, then the connection is closed\n"
        "  trickle:MS                the answer one byte every MS milliseconds\n"
        "  endless-pages:M           every page announces another: M = 0 the same cursor, 1 a new one each time;\n"
        "                            2 = search pages announce 5,000 results\n"
        "  next-link=URL             REST answers carry Link: <URL>; rel=\"next\"\n"
        "  @PATH     only requests whose path contains PATH, e.g. @/graphql or @/files\n"
        "  #REQUEST  only requests of this kind, e.g. #graphql.reviews or #graphql.reviewThreads\n"
        "  xTIMES    how many matching requests fail (default 1; x* = all of them)\n"
        "Examples: --fail server-error:502@/graphqlx2 --fail rate-limit:429,3@/files --fail slow:5");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"prlens-fake-github"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
                                         "A loopback GitHub API (REST and GraphQL) serving PR Lens dataset folders, "
                                         "for tests and demos.\nPrints its URL as the first line on stdout and runs "
                                         "until stopped.\n")
        + u'\n' + faultHelp());
    parser.addHelpOption();
    const QCommandLineOption dataOpt(u"data"_s,
        QCoreApplication::translate("main",
            "Dataset folder with pulls.json, inside a "
            "folder named owner__repo (repeatable)."),
        u"DIR"_s);
    const QCommandLineOption portOpt(
        u"port"_s, QCoreApplication::translate("main", "Port on 127.0.0.1 (0 = any)."), u"N"_s, u"0"_s);
    const QCommandLineOption latencyOpt(
        u"latency-ms"_s, QCoreApplication::translate("main", "Delay added to every answer."), u"L"_s, u"0"_s);
    const QCommandLineOption failOpt(
        u"fail"_s, QCoreApplication::translate("main", "Inject a fault (repeatable); see Faults above."), u"SPEC"_s);
    const QCommandLineOption tokenOpt(u"token"_s,
        QCoreApplication::translate("main",
            "Accept only these tokens (repeatable); "
            "TOKEN=LOGIN names the user for /user."),
        u"TOKEN[=LOGIN]"_s);
    const QCommandLineOption countsOpt(u"print-counts"_s,
        QCoreApplication::translate("main",
            "On SIGINT/SIGTERM, print the request "
            "counts by kind to stderr."));
    const QCommandLineOption schemaOpt(u"schema"_s,
        QCoreApplication::translate("main",
            "GitHub GraphQL schema (SDL) that queries are checked against; \"none\" to accept any query. "
            "Default: the shared reference schema when it exists."),
        u"FILE"_s);
    const QCommandLineOption layoutOpt(u"layout"_s,
        QCoreApplication::translate("main",
            "Where the API lives: any (default; both layouts), cloud or data-residency (REST at the root, GraphQL at "
            "/graphql) or enterprise-server (REST under /api/v3, GraphQL at /api/graphql)."),
        u"LAYOUT"_s);
    parser.addOptions({dataOpt, portOpt, latencyOpt, failOpt, tokenOpt, schemaOpt, layoutOpt, countsOpt});
    parser.process(app);

    QTextStream err(stderr);
    PrLens::FakeGitHubServer server;
    const QStringList dirs = parser.values(dataOpt);
    for (const QString &dir : dirs) {
        QString error;
        if (!server.addDataset(dir, &error)) {
            err << error << Qt::endl;
            return 2;
        }
    }
    const QStringList fails = parser.values(failOpt);
    for (const QString &spec : fails) {
        PrLens::FaultRule rule;
        QString error;
        if (!PrLens::FaultRule::parse(spec, &rule, &error)) {
            err << error << Qt::endl;
            return 2;
        }
        server.addFault(rule);
    }
    QHash<QString, QString> tokens;
    const QStringList tokenSpecs = parser.values(tokenOpt);
    for (const QString &t : tokenSpecs) {
        const qsizetype eq = t.indexOf(u'=');
        tokens.insert(eq < 0 ? t : t.left(eq), eq < 0 ? u"octocat"_s : t.mid(eq + 1));
    }
    server.setTokens(tokens);
    if (parser.isSet(schemaOpt)) {
        const QString schema = parser.value(schemaOpt);
        if (!server.setSchemaFile(schema == "none"_L1 ? QString() : schema)) {
            err << QCoreApplication::translate("main", "Cannot read the GraphQL schema %1.").arg(schema) << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(layoutOpt)) {
        PrLens::FakeGitHubServer::Layout layout {};
        if (!PrLens::FakeGitHubServer::parseLayout(parser.value(layoutOpt), &layout)) {
            err << QCoreApplication::translate("main",
                "Unknown --layout \"%1\"; use any, cloud, data-residency or "
                "enterprise-server.")
                       .arg(parser.value(layoutOpt))
                << Qt::endl;
            return 2;
        }
        server.setLayout(layout);
    }
    bool latencyOk = false;
    const int latency = parser.value(latencyOpt).toInt(&latencyOk);
    if (!latencyOk || latency < 0) {
        err << QCoreApplication::translate("main", "--latency-ms needs a number of milliseconds, not \"%1\".")
                   .arg(parser.value(latencyOpt))
            << Qt::endl;
        return 2;
    }
    server.setLatencyMs(latency);
    bool portOk = false;
    const uint port = parser.value(portOpt).toUInt(&portOk);
    if (!portOk || port > 65535 || server.listen(quint16(port)) == 0) {
        err << QCoreApplication::translate("main", "Cannot listen on 127.0.0.1:%1; choose another --port.")
                   .arg(parser.value(portOpt))
            << Qt::endl;
        return 1;
    }
    {
        QTextStream out(stdout);
        out << server.baseUrl().toString() << Qt::endl;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        err << QCoreApplication::translate("main", "Cannot set up signal handling.") << Qt::endl;
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    const bool printCounts = parser.isSet(countsOpt);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[1], &c, 1);
        if (printCounts) {
            const QMap<QString, int> counts = server.requestCounts();
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                err << it.key() << ' ' << it.value() << '\n';
            err << "total " << server.totalRequests() << Qt::endl;
        }
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    return app.exec();
}
