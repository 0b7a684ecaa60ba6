// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace PrLens {

/// Stores, reads and deletes one GitHub token per host in the system keychain (QtKeychain), asynchronously.
/// Tokens never go to QSettings; an unencrypted file is used only when the user explicitly allowed it.
class TokenStore : public QObject {
    Q_OBJECT
public:
    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    /// The keychain service name all tokens are filed under.
    static QString serviceName();
    /// The keychain key of a host's token.
    static QString keyForHost(const QString &host);

    /// Allow QtKeychain's unencrypted fallback file when no keychain exists. Only on the user's explicit choice.
    void setInsecureFallbackAllowed(bool allowed);
    bool insecureFallbackAllowed() const { return m_insecureFallback; }
    /// Reads the user's choice from the settings (SettingsKeys::insecureTokenFallback, default off).
    void loadInsecureFallbackSetting();

    /// False once a job found no keychain (no Secret Service, KWallet, …); true until then.
    bool isAvailable() const { return m_available; }
    /// What the app says when there is no keychain: it still works, unauthenticated.
    static QString unavailableMessage();

    /// Emits tokenRead(host, token) — an empty token when none is stored — or failed().
    void readToken(const QString &host);
    /// Stores (or replaces) the host's token; emits tokenWritten(host) or failed().
    void writeToken(const QString &host, const QString &token);
    /// Deletes the host's token (no token stored counts as deleted); emits tokenDeleted(host) or failed().
    void deleteToken(const QString &host);
    /// Number of keychain jobs still running.
    int pendingJobs() const { return m_pending; }

    /// What a one-shot read hands back: the token (empty when none is stored or no keychain is available) and,
    /// when something is worth telling the user (no keychain, a locked keychain), a translated notice.
    using TokenCallback = std::function<void(const QString &token, const QString &notice)>;
    /// One-shot read for callers that just need a token before loading (the window, the command line).
    /// Nothing is called if @p context is destroyed first.
    static void readToken(const QString &host, QObject *context, TokenCallback callback);

Q_SIGNALS:
    void tokenRead(const QString &host, const QString &token);
    void tokenWritten(const QString &host);
    void tokenDeleted(const QString &host);
    /// @p message is translated and never contains the token.
    void failed(const QString &host, const QString &message);
    /// Emitted when a job finds the keychain missing (or, with the fallback, present again).
    void availabilityChanged(bool available);

private:
    enum class Op { Read, Write, Delete };
    void finish(Op op, const QString &host, int error, const QString &errorString, const QString &token);
    void finishInFallbackFile(Op op, const QString &host, const QString &token);
    void setAvailable(bool available);

    bool m_insecureFallback = false;
    bool m_available = true;
    int m_pending = 0;
};

} // namespace PrLens
