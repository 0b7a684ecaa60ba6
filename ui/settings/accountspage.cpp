// SPDX-License-Identifier: MIT
#include "accountspage.h"

#include "githubsupport.h"
#include "settingskeys.h"
#include "tokenchecker.h"
#include "tokenstore.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PrLens {

AccountsPage::AccountsPage(QWidget *parent)
    : QWidget(parent)
    , m_store(new TokenStore(this))
    , m_validator(GitHubSupport::createTokenChecker(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_hostBox(new QGroupBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_apiUrlLabel(new QLabel(this))
    , m_apiUrl(new QLineEdit(this))
    , m_graphqlUrlLabel(new QLabel(this))
    , m_graphqlUrl(new QLineEdit(this))
    , m_tokenBox(new QGroupBox(this))
    , m_tokenLabel(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_validate(new QPushButton(this))
    , m_saveToken(new QPushButton(this))
    , m_removeToken(new QPushButton(this))
    , m_tokenStatus(new QLabel(this))
    , m_keychainStatus(new QLabel(this))
    , m_insecureFallback(new QCheckBox(this))
    , m_insecureWarning(new QLabel(this))
{
    setUpFields();
    buildLayout();
    connectFields();
    connectKeychain();
    retranslateUi();
    load();
}

void AccountsPage::setUpFields()
{
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setForegroundRole(QPalette::PlaceholderText);
    m_insecureWarning->setContentsMargins(22, 0, 0, 0); // under the check box's text
    m_list->setMinimumWidth(170);
    m_host->setReadOnly(true); // the keychain key; to rename a host, remove it and add it again
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_token->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    for (QLabel *label : {m_tokenStatus, m_keychainStatus}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText); // server messages are untrusted text
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_keychainStatus->setVisible(false);
    m_nameLabel->setBuddy(m_name);
    m_apiUrlLabel->setBuddy(m_apiUrl);
    m_graphqlUrlLabel->setBuddy(m_graphqlUrl);
    m_tokenLabel->setBuddy(m_token);
}

void AccountsPage::buildLayout()
{
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *hostForm = new QFormLayout(m_hostBox);
    hostForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    hostForm->addRow(m_nameLabel, m_name);
    hostForm->addRow(m_hostLabel, m_host);
    hostForm->addRow(m_apiUrlLabel, m_apiUrl);
    hostForm->addRow(m_graphqlUrlLabel, m_graphqlUrl);

    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_validate);
    tokenButtons->addWidget(m_saveToken);
    tokenButtons->addWidget(m_removeToken);
    tokenButtons->addStretch();
    auto *tokenLayout = new QVBoxLayout(m_tokenBox);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenLabel);
    tokenRow->addWidget(m_token, 1);
    tokenLayout->addLayout(tokenRow);
    tokenLayout->addLayout(tokenButtons);
    tokenLayout->addWidget(m_tokenStatus);

    auto *right = new QVBoxLayout;
    right->addWidget(m_hostBox);
    right->addWidget(m_tokenBox);
    right->addWidget(m_keychainStatus);
    right->addWidget(m_insecureFallback);
    right->addWidget(m_insecureWarning);
    right->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 5);
}

void AccountsPage::connectFields()
{
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showCurrent(); });
    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addHostInteractively);
    connect(m_remove, &QPushButton::clicked, this, &AccountsPage::removeHost);
    for (QLineEdit *edit : {m_name, m_apiUrl, m_graphqlUrl})
        connect(edit, &QLineEdit::editingFinished, this, &AccountsPage::updateCurrentFromFields);
    connect(m_token, &QLineEdit::textChanged, this, &AccountsPage::updateButtons);
    connect(m_token, &QLineEdit::returnPressed, this, &AccountsPage::validateToken);
    connect(m_validate, &QPushButton::clicked, this, &AccountsPage::validateToken);
    connect(m_saveToken, &QPushButton::clicked, this, &AccountsPage::saveToken);
    connect(m_removeToken, &QPushButton::clicked, this, &AccountsPage::removeToken);
    connect(m_insecureFallback, &QCheckBox::toggled, this, [this](bool on) {
        // Takes effect at once, like saving a token does.
        m_store->setInsecureFallbackAllowed(on);
        QSettings().setValue(SettingsKeys::insecureTokenFallback(), on);
    });
}

/// The keychain's and the token check's answers; only those about the host shown count.
void AccountsPage::connectKeychain()
{
    connect(m_store, &TokenStore::tokenRead, this, [this](const QString &host, const QString &token) {
        if (host != m_pendingHost)
            return;
        if (m_validateStoredToken) {
            m_validateStoredToken = false;
            if (token.isEmpty())
                setTokenState(TokenState::NotStored);
            else
                m_validator->validate(m_accounts.value(currentRow()), token);
            return;
        }
        // Only the first look decides "stored or not"; a check or save started since then has the last word.
        if (m_tokenState == TokenState::Unknown)
            setTokenState(token.isEmpty() ? TokenState::NotStored : TokenState::Stored);
    });
    connect(m_store, &TokenStore::tokenWritten, this, [this](const QString &host) {
        if (host != m_pendingHost)
            return;
        m_token->clear();
        setTokenState(TokenState::Stored);
    });
    connect(m_store, &TokenStore::tokenDeleted, this, [this](const QString &host) {
        if (host == m_pendingHost)
            setTokenState(TokenState::NotStored);
    });
    connect(m_store, &TokenStore::failed, this, [this](const QString &host, const QString &message) {
        if (host != m_pendingHost)
            return;
        if (!m_store->isAvailable()) {
            // The keychain line explains that; a running or finished check of a typed token stays shown.
            if (m_tokenState == TokenState::Unknown || m_validateStoredToken) {
                m_validateStoredToken = false;
                setTokenState(TokenState::NotStored);
                return;
            }
            if (m_tokenState == TokenState::Checking || m_tokenState == TokenState::Valid
                || m_tokenState == TokenState::Invalid)
                return;
        }
        m_validateStoredToken = false;
        setTokenState(TokenState::Failed, message);
    });
    connect(m_store, &TokenStore::availabilityChanged, this, [this] { retranslateUi(); });
    connect(m_validator, &TokenChecker::finished, this, [this](const TokenCheck &check) {
        if (check.host != m_pendingHost)
            return;
        m_lastCheck = check;
        setTokenState(TokenState::Valid);
    });
    connect(m_validator, &TokenChecker::failed, this,
        [this](const QString &message) { setTokenState(TokenState::Invalid, message); });
}

AccountsPage::~AccountsPage() = default;

void AccountsPage::load()
{
    QSettings settings;
    m_accounts = HostAccounts::load(settings);
    const QSignalBlocker blocker(m_insecureFallback);
    m_insecureFallback->setChecked(settings.value(SettingsKeys::insecureTokenFallback(), false).toBool());
    m_store->setInsecureFallbackAllowed(m_insecureFallback->isChecked());
    rebuildList();
    selectHost(0);
}

void AccountsPage::save()
{
    updateCurrentFromFields();
    QSettings settings;
    HostAccounts::save(settings, m_accounts);
}

int AccountsPage::currentRow() const
{
    return m_list->currentRow();
}

void AccountsPage::selectHost(int row)
{
    m_list->setCurrentRow(row);
    showCurrent();
}

void AccountsPage::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    for (const HostAccount &a : std::as_const(m_accounts))
        m_list->addItem(a.label());
    m_list->setCurrentRow(std::clamp(row, 0, int(m_accounts.size()) - 1));
}

bool AccountsPage::addHost(const QString &text)
{
    const QString host = HostAccount::normalizeHost(text);
    if (host.isEmpty() || host == HostAccount::gitHubComHost())
        return false;
    for (const HostAccount &a : std::as_const(m_accounts)) {
        if (a.host == host)
            return false;
    }
    m_accounts.append(HostAccount::enterprise(host));
    rebuildList();
    selectHost(int(m_accounts.size()) - 1);
    return true;
}

void AccountsPage::addHostInteractively()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add GitHub Enterprise Host"),
        tr("Host name of the GitHub Enterprise server (for example "
           "github.example.com):"),
        QLineEdit::Normal, {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    if (!addHost(text)) {
        QMessageBox::warning(this, tr("Add GitHub Enterprise Host"),
            tr("“%1” is not a host name, or it is already in the list.").arg(text.trimmed()));
    }
}

void AccountsPage::removeHost()
{
    const int row = currentRow();
    if (row < 0 || row >= m_accounts.size() || m_accounts.at(row).isBuiltIn())
        return;
    const HostAccount account = m_accounts.at(row);
    if (QMessageBox::question(
            this, tr("Remove Host"), tr("Remove %1 and its token from the system keychain?").arg(account.label()))
        != QMessageBox::Yes)
        return;
    m_pendingHost.clear();
    m_store->deleteToken(account.host);
    m_accounts.removeAt(row);
    rebuildList();
    selectHost(std::min(row, int(m_accounts.size()) - 1));
}

void AccountsPage::showCurrent()
{
    const int row = currentRow();
    if (row < 0 || row >= m_accounts.size())
        return;
    const HostAccount &a = m_accounts.at(row);
    m_name->setText(a.displayName);
    m_host->setText(a.host);
    m_apiUrl->setText(a.apiUrl.toString());
    m_graphqlUrl->setText(a.graphqlUrl.toString());
    for (QLineEdit *edit : {m_name, m_apiUrl, m_graphqlUrl})
        edit->setReadOnly(a.isBuiltIn());
    m_remove->setEnabled(!a.isBuiltIn());
    m_token->clear();
    m_validator->cancel();
    m_pendingHost = a.host;
    m_validateStoredToken = false;
    setTokenState(TokenState::Unknown);
    m_store->readToken(a.host); // only to say whether one is stored; never shown
}

void AccountsPage::updateCurrentFromFields()
{
    const int row = currentRow();
    if (row < 0 || row >= m_accounts.size() || m_accounts.at(row).isBuiltIn())
        return;
    HostAccount edited = m_accounts.at(row);
    edited.displayName = m_name->text().trimmed();
    edited.apiUrl = QUrl(m_apiUrl->text().trimmed());
    edited.graphqlUrl = QUrl(m_graphqlUrl->text().trimmed());
    if (!edited.isValid()) {
        setTokenState(TokenState::Failed,
            tr("The API URLs must be complete http:// or https:// addresses; the "
               "last valid ones are kept."));
        return;
    }
    m_accounts[row] = edited;
    if (QListWidgetItem *item = m_list->item(row))
        item->setText(edited.label());
}

void AccountsPage::validateToken()
{
    const int row = currentRow();
    if (row < 0 || row >= m_accounts.size())
        return;
    updateCurrentFromFields();
    const HostAccount account = m_accounts.at(row);
    m_pendingHost = account.host;
    setTokenState(TokenState::Checking);
    const QString typed = m_token->text().trimmed();
    m_validateStoredToken = typed.isEmpty();
    if (typed.isEmpty())
        m_store->readToken(account.host); // validate the stored one (continues in the tokenRead handler)
    else
        m_validator->validate(account, typed);
}

void AccountsPage::saveToken()
{
    const int row = currentRow();
    const QString token = m_token->text().trimmed();
    if (row < 0 || row >= m_accounts.size() || token.isEmpty())
        return;
    m_pendingHost = m_accounts.at(row).host;
    m_store->writeToken(m_pendingHost, token);
}

void AccountsPage::removeToken()
{
    const int row = currentRow();
    if (row < 0 || row >= m_accounts.size())
        return;
    m_token->clear();
    m_pendingHost = m_accounts.at(row).host;
    m_store->deleteToken(m_pendingHost);
}

void AccountsPage::setTokenState(TokenState state, const QString &detail)
{
    m_tokenState = state;
    m_tokenDetail = detail;
    retranslateUi();
}

QString AccountsPage::describe(const TokenCheck &check) const
{
    QStringList lines;
    if (check.authenticated)
        lines << tr("Valid token of %1 on %2.").arg(check.login, check.host);
    else
        lines << tr("No token: %1 is read without signing in.").arg(check.host);
    if (check.authenticated) {
        if (!check.scopesReported)
            lines << tr("Scopes: not reported (fine-grained token).");
        else if (check.scopes.isEmpty())
            lines << tr("Scopes: none (enough for public repositories).");
        else
            lines << tr("Scopes: %1.").arg(QLocale().createSeparatedList(check.scopes));
    }
    if (check.rateLimit < 0) {
        lines << tr("Rate limiting is off on this host.");
    } else {
        const QString reset = check.rateReset.isValid()
            ? QLocale().toString(check.rateReset.toLocalTime().time(), QLocale::ShortFormat)
            : QString();
        lines << tr("Rate limit: %n request(s) left of %1; resets at %2.", nullptr, check.rateRemaining)
                     .arg(QString::number(check.rateLimit), reset);
    }
    return lines.join(u'\n');
}

void AccountsPage::updateButtons()
{
    const bool typed = !m_token->text().trimmed().isEmpty();
    const bool busy = m_tokenState == TokenState::Checking;
    m_saveToken->setEnabled(typed && !busy);
    m_validate->setEnabled(!busy && (typed || m_tokenState != TokenState::NotStored));
    m_removeToken->setEnabled(!busy && m_tokenState != TokenState::NotStored);
}

void AccountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AccountsPage::retranslateUi()
{
    m_add->setText(tr("&Add…"));
    m_remove->setText(tr("Remo&ve"));
    m_add->setToolTip(tr("Add a GitHub Enterprise server"));
    m_hostBox->setTitle(tr("Host"));
    m_nameLabel->setText(tr("Display &name:"));
    m_hostLabel->setText(tr("Host:"));
    m_apiUrlLabel->setText(tr("&REST API URL:"));
    m_graphqlUrlLabel->setText(tr("&GraphQL URL:"));
    m_tokenBox->setTitle(tr("Personal access token"));
    m_tokenLabel->setText(tr("&Token:"));
    m_token->setPlaceholderText(tr("Paste a new token"));
    m_validate->setText(tr("Va&lidate"));
    m_saveToken->setText(tr("&Save to Keychain"));
    m_removeToken->setText(tr("Remove &Token"));
    m_insecureFallback->setText(tr("Without a system keychain, save tokens &unencrypted in a file"));
    m_insecureWarning->setText(tr("Not recommended: anyone who can read your files can then read your tokens. "
                                  "Leave this off unless no keychain (Secret Service, KWallet) can run here."));
    m_keychainStatus->setText(TokenStore::unavailableMessage());
    m_keychainStatus->setVisible(!m_store->isAvailable());

    const QString host = m_host->text();
    switch (m_tokenState) {
    case TokenState::Unknown:
        m_tokenStatus->setText(tr("Looking for a saved token…"));
        break;
    case TokenState::Stored:
        m_tokenStatus->setText(tr("A token for %1 is saved in the system keychain.").arg(host));
        break;
    case TokenState::NotStored:
        m_tokenStatus->setText(tr("No token saved for %1: public repositories only, 60 requests per hour.").arg(host));
        break;
    case TokenState::Checking:
        m_tokenStatus->setText(tr("Checking the token with %1…").arg(host));
        break;
    case TokenState::Valid:
        m_tokenStatus->setText(describe(m_lastCheck));
        break;
    case TokenState::Invalid:
    case TokenState::Failed:
        m_tokenStatus->setText(m_tokenDetail);
        break;
    }
    updateButtons();
}

} // namespace PrLens
