// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTabWidget;

namespace PrLens {

class AccountsPage;
class AnalysisPage;
class CachePage;
class GeneralPage;
class TokenStore;

/// The settings window: accounts and tokens, general options, risk rules, cache. Reads and writes QSettings;
/// tokens go only to the keychain (TokenStore), immediately when the user saves one.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { Accounts, General, Analysis, Cache };

    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    AccountsPage *accountsPage() const { return m_accounts; }
    GeneralPage *generalPage() const { return m_general; }
    AnalysisPage *analysisPage() const { return m_analysis; }
    CachePage *cachePage() const { return m_cache; }

    /// Writes every page's choices to the settings (and switches the language at once).
    void apply();

Q_SIGNALS:
    /// After apply(): hosts, time zone, rules or cache location may have changed.
    void settingsApplied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTabWidget *m_tabs;
    QDialogButtonBox *m_buttons;
    AccountsPage *m_accounts;
    GeneralPage *m_general;
    AnalysisPage *m_analysis;
    CachePage *m_cache;
};

} // namespace PrLens
