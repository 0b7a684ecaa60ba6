// SPDX-License-Identifier: MIT
#include "gui.h"

#include "demoweeksource.h"
#include "firstpaint.h"
#include "gitsource.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "prdetailpane.h"
#include "repoweekbar.h"
#include "safetext.h"
#include "sourcefactory.h"
#include "startrepository.h"
#include "startuptrace.h"
#include "weekcache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace PrLens::Gui {

namespace {

struct Options {
    RepoRef repo;
    bool demo = false;
    std::optional<IsoWeek> week;
    std::optional<UtcOffset> zone;
    QUrl apiUrl;
    QString screenshot;
    QSize size {1280, 800};
    PrDetailPane::Tab tab = PrDetailPane::OverviewTab;
    QString language; ///< as asked with --lang, else the saved or system language
};

int fail(const QString &message)
{
    QTextStream(stderr) << SafeText::stripControls(message, SafeText::Lines::Join) << '\n';
    return 2;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

bool asksForTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

/// The command line's options, defined once.
struct CommandLine {
    QCommandLineParser parser;
    const QCommandLineOption repo {
        u"repo"_s, QApplication::translate("Gui", "GitHub repository OWNER/NAME or HOST/OWNER/NAME."), u"repo"_s};
    const QCommandLineOption git {u"git"_s, QApplication::translate("Gui", "Local git clone to read."), u"path"_s};
    const QCommandLineOption demo {u"demo"_s,
        QApplication::translate(
            "Gui", "Open the week bundled with PR Lens (vllm-project/vllm, 2026-W13), read offline.")};
    const QCommandLineOption week {u"week"_s, QApplication::translate("Gui", "ISO week, e.g. 2026-W14."), u"week"_s};
    const QCommandLineOption tz {
        u"tz"_s, QApplication::translate("Gui", "Time zone of the week, e.g. +08:00."), u"offset"_s};
    const QCommandLineOption api {u"api-url"_s,
        QApplication::translate("Gui", "GitHub API root (for GitHub Enterprise or a test server)."), u"url"_s};
    const QCommandLineOption lang {u"lang"_s, QApplication::translate("Gui", "Language: en or zh_CN."), u"code"_s};
    const QCommandLineOption shot {
        u"screenshot"_s, QApplication::translate("Gui", "Load, save the window as PNG to FILE and exit."), u"file"_s};
    const QCommandLineOption size {
        u"size"_s, QApplication::translate("Gui", "Window size for --screenshot, e.g. 1920x1080."), u"WxH"_s};
    const QCommandLineOption tab {u"tab"_s,
        QApplication::translate("Gui",
            "Tab shown by --screenshot: overview, files, review or related (of the PR shown), or week (the week's "
            "report)."),
        u"tab"_s};

    CommandLine()
    {
        parser.setApplicationDescription(
            QApplication::translate("Gui", "Weekly review dashboard for merged pull requests"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({repo, git, demo, week, tz, api, lang, shot, size, tab});
    }
};

/// Which repository and week to open, from --repo, --git or --demo and --week and --tz; false with @p error set.
bool readRepositoryAndWeek(const CommandLine &cl, Options *o, QString *error)
{
    const QCommandLineParser &parser = cl.parser;
    if (int(parser.isSet(cl.repo)) + int(parser.isSet(cl.git)) + int(parser.isSet(cl.demo)) > 1) {
        *error = QApplication::translate("Gui", "prlens: give only one of --repo, --git and --demo.");
        return false;
    }
    if (parser.isSet(cl.demo)) {
        o->repo = DemoWeekSource::repo();
        o->week = DemoWeekSource::week();
        o->zone = DemoWeekSource::zone();
    } else if (parser.isSet(cl.repo)) {
        o->repo = RepoRef::parseGitHub(parser.value(cl.repo));
        if (!o->repo.isValid()) {
            *error = QApplication::translate("Gui", "prlens: “%1” is not OWNER/NAME or HOST/OWNER/NAME.")
                         .arg(parser.value(cl.repo));
            return false;
        }
    } else if (parser.isSet(cl.git)) {
        o->repo = RepoRef::localGit(parser.value(cl.git));
    }
    if (parser.isSet(cl.week)) {
        o->week = IsoWeek::parse(parser.value(cl.week));
        if (!o->week) {
            *error = QApplication::translate("Gui", "prlens: “%1” is not an ISO week such as 2026-W14.")
                         .arg(parser.value(cl.week));
            return false;
        }
    }
    if (parser.isSet(cl.tz)) {
        o->zone = UtcOffset::parse(parser.value(cl.tz));
        if (!o->zone) {
            *error = QApplication::translate("Gui", "prlens: “%1” is not a time zone offset such as +08:00.")
                         .arg(parser.value(cl.tz));
            return false;
        }
    }
    return true;
}

/// The rest of the options: --api-url and the screenshot's; false with @p error set.
bool readOtherOptions(const CommandLine &cl, Options *o, QString *error)
{
    const QCommandLineParser &parser = cl.parser;
    if (parser.isSet(cl.api)) {
        o->apiUrl = QUrl(parser.value(cl.api));
        if (!o->apiUrl.isValid() || o->apiUrl.scheme().isEmpty()) {
            *error = QApplication::translate("Gui", "prlens: “%1” is not a URL.").arg(parser.value(cl.api));
            return false;
        }
    }
    o->screenshot = parser.value(cl.shot);
    if (parser.isSet(cl.size)) {
        const QStringList wh = parser.value(cl.size).split(u'x');
        if (wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0)
            o->size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    if (parser.isSet(cl.tab)) {
        // In the order of PrDetailPane::Tab.
        const QStringList tabs {u"overview"_s, u"files"_s, u"review"_s, u"related"_s, u"week"_s};
        const auto index = tabs.indexOf(parser.value(cl.tab));
        if (index < 0) {
            *error = QApplication::translate(
                "Gui", "prlens: “%1” is not a tab; use overview, files, review, related or week.")
                         .arg(parser.value(cl.tab));
            return false;
        }
        o->tab = static_cast<PrDetailPane::Tab>(index);
    }
    return true;
}

/// A screenshot neither reads nor changes the user's settings or cache: both live in @p home.
bool useScreenshotHome(const QTemporaryDir &home)
{
    if (!home.isValid())
        return false;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, home.path());
    return true;
}

/// Opens the user's cache (the saved location, Settings › Cache), or the screenshot's in @p screenshotHome.
/// What happens to the file (set aside as damaged, now or at a later write) and a cache that cannot be opened are
/// said in the window and on stderr; the window then reads without a cache.
void openCache(WeekCache &cache, MainWindow &window, const Options &o, const QTemporaryDir &screenshotHome)
{
    QObject::connect(&cache, &WeekCache::warning, &window, &MainWindow::showNotice, Qt::UniqueConnection);
    QSettings settings;
    const bool opened = o.screenshot.isEmpty() ? cache.open(SourceFactory::cacheFile(settings))
                                               : cache.open(screenshotHome.filePath(u"cache.sqlite"_s));
    if (opened)
        return;
    QTextStream(stderr) << SafeText::stripControls(cache.lastError(), SafeText::Lines::Join) << '\n';
    window.showNotice(QApplication::translate("Gui",
        "%1 Weeks are read without the cache: nothing is kept for "
        "offline use until it can be opened.")
            .arg(cache.lastError()));
}

/// The window's sources, as the command line's: SourceFactory::create, with the host's saved API URLs (unless
/// --api-url overrides them) and the token read from the keychain before each load (never from settings).
WeekLoader::SourceFactory windowSources(WeekCache *cache, const QUrl &apiUrl)
{
    return [cache, apiUrl](const RepoRef &repo, QObject *parent, LoadError *) -> WeekSource * {
        SourceFactory::Options options;
        options.apiUrl = apiUrl;
        options.savedHosts = true;
        options.tokenFromKeychain = true;
        return SourceFactory::create(repo, cache->isOpen() ? cache : nullptr, options, parent);
    };
}

/// Asks for the week of the command line, else the last session's, else the embedded default.
void openFirstWeek(MainWindow &window, const Options &o)
{
    if (o.repo.isValid()) {
        const UtcOffset zone = o.zone.value_or(window.repoWeekBar()->zone());
        std::optional<IsoWeek> week = o.week;
        if (!week && o.repo.kind == RepoRef::Kind::LocalGit)
            week = GitSource::latestWeekWithCommits(o.repo.gitPath, {}, zone);
        window.open(o.repo, week.value_or(IsoWeek::containing(QDate::currentDate()).previous()), zone);
    } else if (!window.openLastSession()) {
        // The embedded default: the clone PR Lens is started from when it lands pull requests, else the demo.
        const UtcOffset zone = o.zone.value_or(window.repoWeekBar()->zone());
        const StartRepository::Choice start = StartRepository::choose(
            {QDir::currentPath(), QApplication::applicationDirPath()}, zone, QDateTime::currentDateTimeUtc());
        window.open(start.repo, start.isDemo() ? start.week : o.week.value_or(start.week), start.zone);
        if (start.isDemo())
            window.showWelcome();
    }
    StartupTrace::mark("week requested");
    if (!o.screenshot.isEmpty() && !window.isLoading())
        Q_EMIT window.loadSettled();
}

/// What a screenshot run ends with.
struct Screenshot {
    int exitCode = 0;
    bool taken = false;
};

/// Once the week has settled: picks the tab, waits for a diff when the files tab is asked for, saves the window
/// to o.screenshot and quits with @p shot's exit code.
void saveScreenshotWhenSettled(QApplication &app, MainWindow &window, const Options &o, Screenshot &shot)
{
    QObject::connect(
        &window, &MainWindow::loadSettled, &app,
        [&] {
            if (!window.hasData())
                shot.exitCode = 1;
            // A remark about this machine (e.g. no keychain) is no part of the picture of the week.
            if (window.messageBar()->kind() == MessageBar::Kind::Information)
                window.messageBar()->dismiss();
            const QList<int> highlighted = window.highlightedPullRequests();
            if (!highlighted.isEmpty())
                window.selectPullRequest(highlighted.first());
            const auto save = [&] {
                if (shot.taken)
                    return;
                shot.taken = true;
                // Let the layout and the charts settle before rendering.
                QTimer::singleShot(0, &app, [&] {
                    QApplication::processEvents();
                    if (!window.grab().save(o.screenshot))
                        shot.exitCode
                            = fail(QApplication::translate("Gui", "prlens: could not write %1.").arg(o.screenshot));
                    QApplication::exit(shot.exitCode);
                });
            };
            WeekSource *source = window.loader()->source();
            if (o.tab == PrDetailPane::FilesTab && source && window.detailPane()->pullRequestNumber() > 0) {
                // The diff comes with the PR's patches: wait for them (or their failure, or 30 s).
                QObject::connect(
                    source, &WeekSource::patchesLoaded, &app, [save] { QTimer::singleShot(50, save); },
                    Qt::SingleShotConnection);
                QObject::connect(source, &WeekSource::failed, &app, save, Qt::SingleShotConnection);
                QTimer::singleShot(30000, &app, save);
                window.detailPane()->setCurrentTab(o.tab);
            } else {
                window.detailPane()->setCurrentTab(o.tab);
                save();
            }
        },
        Qt::SingleShotConnection);
}

} // namespace

int run(int argc, char **argv)
{
    // --help and --version print and exit: they must work on a terminal without a display too.
    if (!hasDisplay() && asksForTextOnly(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    StartupTrace::mark("main");
    QApplication app(argc, argv);
    StartupTrace::mark("application");
    QApplication::setOrganizationName(u"PRLens"_s);
    QApplication::setApplicationName(u"prlens"_s);
    QApplication::setApplicationDisplayName(u"PR Lens"_s);
    QApplication::setApplicationVersion(QStringLiteral(PRLENS_VERSION));

    CommandLine commandLine;
    commandLine.parser.process(app);
    QTemporaryDir screenshotHome;
    if (commandLine.parser.isSet(commandLine.shot) && !useScreenshotHome(screenshotHome))
        return fail(QApplication::translate("Gui", "prlens: could not create a temporary folder for the screenshot."));
    Options o;
    QString error;
    o.language = commandLine.parser.isSet(commandLine.lang) ? commandLine.parser.value(commandLine.lang)
                                                            : LanguageManager::preferredLanguage();
    if (!LanguageManager::instance()->setLanguage(o.language))
        return fail(QApplication::translate("Gui", "prlens: unknown language “%1”; use en or zh_CN.").arg(o.language));
    if (!readRepositoryAndWeek(commandLine, &o, &error) || !readOtherOptions(commandLine, &o, &error))
        return fail(error);

    // Declared before the window so that it outlives every source using it, and dies before the application.
    // Opened once the window is on screen, with the first week asked for: the first frame does not need it.
    WeekCache cache;
    StartupTrace::mark("options and language");
    MainWindow window(windowSources(&cache, o.apiUrl));
    StartupTrace::mark("window built");

    // Lives until the event loop ends: the screenshot's handlers use it while it runs.
    Screenshot shot;
    if (!o.screenshot.isEmpty())
        saveScreenshotWhenSettled(app, window, o, shot);
    StartupTrace::watchFirstPaint(&window);
    // The week is asked for once the window has been painted, one more turn of the event loop later: the first
    // frame does not wait for the source (a clone's git log, the cache, the keychain) to be set up.
    FirstPaint::after(&window, [&] {
        QTimer::singleShot(0, &app, [&] {
            openCache(cache, window, o, screenshotHome);
            openFirstWeek(window, o);
        });
    });
    if (!o.screenshot.isEmpty())
        window.resize(o.size);
    window.show();
    return app.exec();
}

} // namespace PrLens::Gui
