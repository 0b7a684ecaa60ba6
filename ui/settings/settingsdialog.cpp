// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "accountspage.h"
#include "analysispage.h"
#include "cachepage.h"
#include "generalpage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace PrLens {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
    , m_accounts(new AccountsPage(this))
    , m_general(new GeneralPage(this))
    , m_analysis(new AnalysisPage(this))
    , m_cache(new CachePage(this))
{
    m_tabs->addTab(m_accounts, {});
    m_tabs->addTab(m_general, {});
    m_tabs->addTab(m_analysis, {});
    m_tabs->addTab(m_cache, {});
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    resize(760, 560);
    retranslateUi();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

void SettingsDialog::apply()
{
    m_accounts->save();
    m_analysis->save();
    m_cache->save();
    m_general->save(); // last: it may switch the language, which retranslates everything above
    Q_EMIT settingsApplied();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("PR Lens Settings"));
    m_tabs->setTabText(0, tr("Accounts"));
    m_tabs->setTabText(1, tr("General"));
    m_tabs->setTabText(2, tr("Analysis"));
    m_tabs->setTabText(3, tr("Cache"));
}

} // namespace PrLens
