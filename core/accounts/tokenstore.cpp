// SPDX-License-Identifier: MIT
#include "tokenstore.h"

#include "settingskeys.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <qt6keychain/keychain.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace PrLens {

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{
}

TokenStore::~TokenStore() = default;

QString TokenStore::serviceName()
{
    return u"PR Lens"_s;
}

QString TokenStore::keyForHost(const QString &host)
{
    return u"github-token@"_s + host.trimmed().toLower();
}

void TokenStore::setInsecureFallbackAllowed(bool allowed)
{
    m_insecureFallback = allowed;
}

void TokenStore::loadInsecureFallbackSetting()
{
    m_insecureFallback = QSettings().value(SettingsKeys::insecureTokenFallback(), false).toBool();
}

QString TokenStore::unavailableMessage()
{
    return tr("No system keychain is available; PR Lens works without a token: public repositories only, "
              "60 requests per hour.");
}

// Makes the file exist with owner-only permissions before anything is written to it. QSettings saves through
// QSaveFile, which gives a new file the umask's permissions (often 0644) and an existing one its own: creating
// it 0600 first means the token is never readable by others, not even until restrictToOwner() runs.
static void createOwnerOnly(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return; // QSettings then reports the file as not writable
    ::fchmod(fd, 0600);
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
}

// The unencrypted token file, used only when the user allowed it and no keychain exists. It is kept apart from
// the application's settings so that those never hold a token, and readable by the owner only.
static QString fallbackFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(dir);
    const QString path = dir + u"/unencrypted-tokens.ini"_s;
    createOwnerOnly(path);
    return path;
}

static void restrictToOwner(const QString &path)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Configures a job: key, and — only when the user allowed it — QtKeychain's own fallback (KWallet backends use
// it; the libsecret backend does not, so TokenStore::finish falls back to the same file itself).
static void prepare(QKeychain::Job *job, const QString &host, bool insecureFallback)
{
    job->setAutoDelete(true);
    job->setKey(TokenStore::keyForHost(host));
    job->setInsecureFallback(insecureFallback);
    if (insecureFallback)
        job->setSettings(new QSettings(fallbackFilePath(), QSettings::IniFormat, job));
}

void TokenStore::readToken(const QString &host)
{
    // Parentless: a job must finish even if this store goes away; the context object drops its result then.
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    prepare(job, host, m_insecureFallback);
    connect(job, &QKeychain::Job::finished, this, [this, job, host] {
        finish(Op::Read, host, job->error(), job->errorString(), job->error() ? QString() : job->textData());
    });
    ++m_pending;
    job->start();
}

void TokenStore::writeToken(const QString &host, const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    prepare(job, host, m_insecureFallback);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this,
        [this, job, host, token] { finish(Op::Write, host, job->error(), job->errorString(), token); });
    ++m_pending;
    job->start();
}

void TokenStore::deleteToken(const QString &host)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    prepare(job, host, m_insecureFallback);
    connect(job, &QKeychain::Job::finished, this,
        [this, job, host] { finish(Op::Delete, host, job->error(), job->errorString(), {}); });
    ++m_pending;
    job->start();
}

// QtKeychain's libsecret backend reports a missing Secret Service as OtherError with GLib's D-Bus message;
// KWallet and others say NoBackendAvailable.
static bool meansNoKeychain(int error, const QString &errorString)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    static const char *const hints[] = {"D-Bus", "DBus", "dbus", "org.freedesktop.secrets", "autolaunch",
        "Could not connect", "ServiceUnknown", "was not provided by any"};
    for (const char *hint : hints) {
        if (errorString.contains(QLatin1StringView(hint)))
            return true;
    }
    return false;
}

void TokenStore::finish(Op op, const QString &host, int error, const QString &errorString, const QString &token)
{
    --m_pending;
    if (error == QKeychain::NoError || (error == QKeychain::EntryNotFound && op != Op::Write)) {
        if (!m_available && op != Op::Read)
            setAvailable(true);
        switch (op) {
        case Op::Read:
            Q_EMIT tokenRead(host, token);
            break;
        case Op::Write:
            Q_EMIT tokenWritten(host);
            break;
        case Op::Delete:
            Q_EMIT tokenDeleted(host);
            break;
        }
        return;
    }
    if (meansNoKeychain(error, errorString)) {
        setAvailable(false);
        if (m_insecureFallback) {
            finishInFallbackFile(op, host, token);
            return;
        }
        Q_EMIT failed(host, unavailableMessage());
        return;
    }
    QString message;
    switch (op) {
    case Op::Read:
        message = tr("Could not read the token for %1 from the system keychain (%2). Unlock the keychain and "
                     "try again.")
                      .arg(host, errorString);
        break;
    case Op::Write:
        message = tr("Could not save the token for %1 in the system keychain (%2). Unlock the keychain and "
                     "try again.")
                      .arg(host, errorString);
        break;
    case Op::Delete:
        message = tr("Could not remove the token for %1 from the system keychain (%2). Unlock the keychain and "
                     "try again.")
                      .arg(host, errorString);
        break;
    }
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser) {
        message = tr("The system keychain refused access to the token for %1. Allow PR Lens access in your "
                     "keychain and try again.")
                      .arg(host);
    }
    Q_EMIT failed(host, message);
}

void TokenStore::finishInFallbackFile(Op op, const QString &host, const QString &token)
{
    const QString path = fallbackFilePath();
    QSettings file(path, QSettings::IniFormat);
    const QString key = u"tokens/"_s
        + QString::fromLatin1(
            keyForHost(host).toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    switch (op) {
    case Op::Read: {
        const QString stored = file.value(key).toString();
        Q_EMIT tokenRead(host, stored);
        return;
    }
    case Op::Write:
        file.setValue(key, token);
        break;
    case Op::Delete:
        file.remove(key);
        break;
    }
    file.sync();
    restrictToOwner(path);
    if (file.status() != QSettings::NoError) {
        Q_EMIT failed(host,
            tr("Could not write the unencrypted token file %1. Check that the folder is writable.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (op == Op::Write)
        Q_EMIT tokenWritten(host);
    else
        Q_EMIT tokenDeleted(host);
}

void TokenStore::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

void TokenStore::readToken(const QString &host, QObject *context, TokenCallback callback)
{
    auto *store = new TokenStore(context);
    store->loadInsecureFallbackSetting();
    auto done = [store, callback](const QString &token, const QString &notice) {
        store->deleteLater();
        if (callback)
            callback(token, notice);
    };
    connect(store, &TokenStore::tokenRead, store, [done](const QString &, const QString &token) { done(token, {}); });
    connect(store, &TokenStore::failed, store, [done](const QString &, const QString &message) { done({}, message); });
    store->readToken(host);
}

} // namespace PrLens
