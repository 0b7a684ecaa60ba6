// SPDX-License-Identifier: MIT
#pragma once

#include "hostaccount.h"
#include "tokenchecker.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace PrLens {

class TokenStore;

/// Settings page: GitHub hosts (github.com and Enterprise servers with their API URLs) and a token per host,
/// validated against the host and saved only to the system keychain.
class AccountsPage : public QWidget {
    Q_OBJECT
public:
    explicit AccountsPage(QWidget *parent = nullptr);
    ~AccountsPage() override;

    void load();
    /// Writes the host list (never a token) and the unencrypted-fallback choice.
    void save();

    QList<HostAccount> accounts() const { return m_accounts; }
    /// Adds an Enterprise host with default URLs and selects it; false if the name is not a host or exists.
    bool addHost(const QString &host);
    void selectHost(int row);
    int currentRow() const;

    TokenStore *tokenStore() const { return m_store; }
    TokenChecker *validator() const { return m_validator; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *apiUrlEdit() const { return m_apiUrl; }
    QLineEdit *graphqlUrlEdit() const { return m_graphqlUrl; }
    QLabel *tokenStatusLabel() const { return m_tokenStatus; }
    QLabel *keychainStatusLabel() const { return m_keychainStatus; }
    QPushButton *validateButton() const { return m_validate; }
    QPushButton *saveTokenButton() const { return m_saveToken; }
    QPushButton *removeTokenButton() const { return m_removeToken; }

public Q_SLOTS:
    void validateToken();
    void saveToken();
    void removeToken();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpFields();
    void buildLayout();
    void connectFields();
    void connectKeychain();
    enum class TokenState { Unknown, Stored, NotStored, Checking, Valid, Invalid, Failed };
    void retranslateUi();
    void rebuildList();
    void showCurrent();
    void updateCurrentFromFields();
    void removeHost();
    void addHostInteractively();
    void setTokenState(TokenState state, const QString &detail = {});
    QString describe(const TokenCheck &check) const;
    void updateButtons();

    QList<HostAccount> m_accounts;
    TokenStore *m_store;
    TokenChecker *m_validator;
    TokenState m_tokenState = TokenState::Unknown;
    QString m_tokenDetail;
    TokenCheck m_lastCheck; ///< shown while the state is Valid, described again in a new language
    bool m_validateStoredToken = false; ///< the next keychain read feeds a validation
    QString m_pendingHost; ///< host whose keychain or validation result is awaited

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QGroupBox *m_hostBox;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_apiUrlLabel;
    QLineEdit *m_apiUrl;
    QLabel *m_graphqlUrlLabel;
    QLineEdit *m_graphqlUrl;
    QGroupBox *m_tokenBox;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QPushButton *m_validate;
    QPushButton *m_saveToken;
    QPushButton *m_removeToken;
    QLabel *m_tokenStatus;
    QLabel *m_keychainStatus;
    QCheckBox *m_insecureFallback;
    QLabel *m_insecureWarning;
};

} // namespace PrLens
