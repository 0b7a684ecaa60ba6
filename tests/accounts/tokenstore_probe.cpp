// SPDX-License-Identifier: MIT
// tokenstore_probe [--fallback] HOST TOKEN: writes then reads TOKEN for HOST and prints what happened,
// one "event: detail" line each. Used to check TokenStore where no keychain exists.
#include "settingskeys.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PRLensProbe"_s);
    QCoreApplication::setApplicationName(u"tokenstore_probe"_s);
    QStringList args = app.arguments().mid(1);
    const bool fallback = args.removeAll(u"--fallback"_s) > 0;
    if (args.size() != 2)
        return 2;
    const QString host = args.at(0);
    const QString token = args.at(1);

    QTextStream out(stdout);
    // Finally the one-shot read the window and the command line use: token and notice.
    auto oneShotThenQuit = [&] {
        PrLens::TokenStore::readToken(host, &app, [&](const QString &t, const QString &notice) {
            out << "oneshot token: " << (t.isEmpty() ? "none" : t == token ? "same" : "different") << Qt::endl;
            out << "oneshot notice: " << notice << Qt::endl;
            app.exit(0);
        });
    };
    PrLens::TokenStore store;
    store.setInsecureFallbackAllowed(fallback);
    QSettings().setValue(PrLens::SettingsKeys::insecureTokenFallback(), fallback); // the one-shot read follows it
    QObject::connect(&store, &PrLens::TokenStore::failed, &app, [&](const QString &, const QString &message) {
        out << "failed: " << message << Qt::endl;
        out << "available: " << (store.isAvailable() ? "yes" : "no") << Qt::endl;
        oneShotThenQuit();
    });
    QObject::connect(&store, &PrLens::TokenStore::tokenWritten, &app, [&](const QString &h) {
        out << "written: " << h << Qt::endl;
        store.readToken(h);
    });
    QObject::connect(&store, &PrLens::TokenStore::tokenRead, &app, [&](const QString &, const QString &t) {
        out << "read: " << (t == token ? "same" : "different") << Qt::endl;
        out << "available: " << (store.isAvailable() ? "yes" : "no") << Qt::endl;
        oneShotThenQuit();
    });
    QTimer::singleShot(60000, &app, [&] {
        out << "timeout" << Qt::endl;
        app.exit(1);
    });
    store.writeToken(host, token);
    return app.exec();
}
