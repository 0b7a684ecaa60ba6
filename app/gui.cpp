// SPDX-License-Identifier: MIT
#include "gui.h"

#include "cachedweeksource.h"
#include "demoweeksource.h"
#include "githubsource.h"
#include "gitsource.h"
#include "keychaintokensource.h"
#include "sourcefactory.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "prdetailpane.h"
#include "repoweekbar.h"
#include "safetext.h"
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

struct Options
{
    RepoRef repo;
    bool demo = false;
    std::optional<IsoWeek> week;
    std::optional<UtcOffset> zone;
    QUrl apiUrl;
    QString screenshot;
    QSize size{1280, 800};
    PrDetailPane::Tab tab = PrDetailPane::OverviewTab;
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

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Gui", "Weekly review dashboard for merged pull requests"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption repoOpt(u"repo"_s, QApplication::translate("Gui", "GitHub repository OWNER/NAME or HOST/OWNER/NAME."), u"repo"_s);
    const QCommandLineOption gitOpt(u"git"_s, QApplication::translate("Gui", "Local git clone to read."), u"path"_s);
    const QCommandLineOption demoOpt(u"demo"_s, QApplication::translate("Gui", "Open the week bundled with PR Lens (vllm-project/vllm, 2026-W13), read offline."));
    const QCommandLineOption weekOpt(u"week"_s, QApplication::translate("Gui", "ISO week, e.g. 2026-W14."), u"week"_s);
    const QCommandLineOption tzOpt(u"tz"_s, QApplication::translate("Gui", "Time zone of the week, e.g. +08:00."), u"offset"_s);
    const QCommandLineOption apiOpt(u"api-url"_s, QApplication::translate("Gui", "GitHub API root (for GitHub Enterprise or a test server)."), u"url"_s);
    const QCommandLineOption langOpt(u"lang"_s, QApplication::translate("Gui", "Language: en or zh_CN."), u"code"_s);
    const QCommandLineOption shotOpt(u"screenshot"_s, QApplication::translate("Gui", "Load, save the window as PNG to FILE and exit."), u"file"_s);
    const QCommandLineOption sizeOpt(u"size"_s, QApplication::translate("Gui", "Window size for --screenshot, e.g. 1920x1080."), u"WxH"_s);
    const QCommandLineOption tabOpt(u"tab"_s, QApplication::translate("Gui", "Tab shown by --screenshot: overview, files, review or related (of the PR shown), or week (the week's report)."), u"tab"_s);
    parser.addOptions({repoOpt, gitOpt, demoOpt, weekOpt, tzOpt, apiOpt, langOpt, shotOpt, sizeOpt, tabOpt});
    parser.process(app);

    // A screenshot neither reads nor changes the user's settings or cache: both live in a temporary folder.
    QTemporaryDir screenshotHome;
    if (parser.isSet(shotOpt)) {
        if (!screenshotHome.isValid())
            return fail(QApplication::translate("Gui", "prlens: could not create a temporary folder for the screenshot."));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, screenshotHome.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, screenshotHome.path());
    }

    auto *languages = LanguageManager::instance();
    const QString lang = parser.isSet(langOpt) ? parser.value(langOpt) : LanguageManager::preferredLanguage();
    if (!languages->setLanguage(lang))
        return fail(QApplication::translate("Gui", "prlens: unknown language “%1”; use en or zh_CN.").arg(lang));

    Options o;
    if (int(parser.isSet(repoOpt)) + int(parser.isSet(gitOpt)) + int(parser.isSet(demoOpt)) > 1)
        return fail(QApplication::translate("Gui", "prlens: give only one of --repo, --git and --demo."));
    if (parser.isSet(demoOpt)) {
        o.repo = DemoWeekSource::repo();
        o.week = DemoWeekSource::week();
        o.zone = DemoWeekSource::zone();
    } else if (parser.isSet(repoOpt)) {
        o.repo = RepoRef::parseGitHub(parser.value(repoOpt));
        if (!o.repo.isValid())
            return fail(QApplication::translate("Gui", "prlens: “%1” is not OWNER/NAME or HOST/OWNER/NAME.").arg(parser.value(repoOpt)));
    } else if (parser.isSet(gitOpt)) {
        o.repo = RepoRef::localGit(parser.value(gitOpt));
    }
    if (parser.isSet(weekOpt)) {
        o.week = IsoWeek::parse(parser.value(weekOpt));
        if (!o.week)
            return fail(QApplication::translate("Gui", "prlens: “%1” is not an ISO week such as 2026-W14.").arg(parser.value(weekOpt)));
    }
    if (parser.isSet(tzOpt)) {
        o.zone = UtcOffset::parse(parser.value(tzOpt));
        if (!o.zone)
            return fail(QApplication::translate("Gui", "prlens: “%1” is not a time zone offset such as +08:00.").arg(parser.value(tzOpt)));
    }
    if (parser.isSet(apiOpt)) {
        o.apiUrl = QUrl(parser.value(apiOpt));
        if (!o.apiUrl.isValid() || o.apiUrl.scheme().isEmpty())
            return fail(QApplication::translate("Gui", "prlens: “%1” is not a URL.").arg(parser.value(apiOpt)));
    }
    o.screenshot = parser.value(shotOpt);
    if (parser.isSet(sizeOpt)) {
        const QStringList wh = parser.value(sizeOpt).split(u'x');
        if (wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0)
            o.size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    if (parser.isSet(tabOpt)) {
        // In the order of PrDetailPane::Tab.
        const QStringList tabs{u"overview"_s, u"files"_s, u"review"_s, u"related"_s, u"week"_s};
        const auto index = tabs.indexOf(parser.value(tabOpt));
        if (index < 0)
            return fail(QApplication::translate("Gui", "prlens: “%1” is not a tab; use overview, files, review, related or week.").arg(parser.value(tabOpt)));
        o.tab = static_cast<PrDetailPane::Tab>(index);
    }

    // Declared before the window so that it outlives every source using it, and dies before the application.
    WeekCache weekCache;
    WeekCache *cache = &weekCache;
    QSettings appSettings; // the saved cache location (Settings › Cache), if any
    const bool cacheOpened = o.screenshot.isEmpty() ? cache->open(SourceFactory::cacheFile(appSettings))
                                                    : cache->open(screenshotHome.filePath(u"cache.sqlite"_s));
    if (!cacheOpened)
        QTextStream(stderr) << SafeText::stripControls(cache->lastError(), SafeText::Lines::Join) << '\n';
    const QUrl apiUrl = o.apiUrl;
    MainWindow *shownWindow = nullptr; // set once the window exists; it outlives every source
    const WeekLoader::SourceFactory factory = [cache, apiUrl, &shownWindow](const RepoRef &repo, QObject *parent,
                                                                      LoadError *) -> WeekSource * {
        WeekCache *usable = cache->isOpen() ? cache : nullptr;
        SourceFactory::Options options;
        options.apiUrl = apiUrl;
        if (repo.kind != RepoRef::Kind::GitHub) // a local clone or the demo week
            return SourceFactory::create(repo, usable, options, parent);
        // The host's saved API URLs (Settings › Accounts) unless --api-url overrides them; the token comes from
        // the keychain before each load (never from settings).
        QSettings settings;
        SourceFactory::applyHostSettings(&options, settings, repo);
        auto *github = static_cast<GitHubSource *>(SourceFactory::createUncached(repo, options));
        auto *keychain = new KeychainTokenSource(github);
        if (shownWindow) // e.g. "no keychain: only public repositories can be read"
            QObject::connect(keychain, &KeychainTokenSource::notice, shownWindow, &MainWindow::showNotice);
        return new CachedWeekSource(keychain, usable, parent);
    };

    StartupTrace::mark("options, language and cache");
    MainWindow window(factory);
    StartupTrace::mark("window built");
    shownWindow = &window;

    // The week is asked for once the window has been painted: the first frame does not wait for the source
    // (a clone's git log, the cache, the keychain) to be set up.
    const auto openWeek = [&] {
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
    };
    // Outside the block below: the screenshot's handlers use them while the event loop runs.
    int exitCode = 0;
    bool shotTaken = false;
    if (!o.screenshot.isEmpty()) {
        QObject::connect(&window, &MainWindow::loadSettled, &app, [&] {
            if (!window.hasData())
                exitCode = 1;
            // A remark about this machine (e.g. no keychain) is no part of the picture of the week.
            if (window.messageBar()->kind() == MessageBar::Kind::Information)
                window.messageBar()->dismiss();
            const QList<int> highlighted = window.highlightedPullRequests();
            if (!highlighted.isEmpty())
                window.selectPullRequest(highlighted.first());
            const auto save = [&] {
                if (shotTaken)
                    return;
                shotTaken = true;
                // Let the layout and the charts settle before rendering.
                QTimer::singleShot(0, &app, [&] {
                    QApplication::processEvents();
                    if (!window.grab().save(o.screenshot))
                        exitCode = fail(QApplication::translate("Gui", "prlens: could not write %1.").arg(o.screenshot));
                    QApplication::exit(exitCode);
                });
            };
            WeekSource *source = window.loader()->source();
            if (o.tab == PrDetailPane::FilesTab && source && window.detailPane()->pullRequestNumber() > 0) {
                // The diff comes with the PR's patches: wait for them (or their failure, or 30 s).
                QObject::connect(source, &WeekSource::patchesLoaded, &app, [save] { QTimer::singleShot(50, save); },
                                 Qt::SingleShotConnection);
                QObject::connect(source, &WeekSource::failed, &app, save, Qt::SingleShotConnection);
                QTimer::singleShot(30000, &app, save);
                window.detailPane()->setCurrentTab(o.tab);
            } else {
                window.detailPane()->setCurrentTab(o.tab);
                save();
            }
        }, Qt::SingleShotConnection);
    }
    StartupTrace::watchFirstPaint(&window);
    // One more turn of the event loop: the first frame is on screen (and marked) before the week is asked for.
    StartupTrace::afterFirstPaint(&window, [&] { QTimer::singleShot(0, &app, openWeek); });
    if (!o.screenshot.isEmpty())
        window.resize(o.size);
    window.show();
    return app.exec();
}

} // namespace PrLens::Gui
