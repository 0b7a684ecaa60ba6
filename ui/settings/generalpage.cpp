// SPDX-License-Identifier: MIT
#include "generalpage.h"

#include "analysisconfig.h"
#include "isoweek.h"
#include "languagemanager.h"
#include "settingskeys.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

GeneralPage::GeneralPage(QWidget *parent)
    : QWidget(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(new QComboBox(this))
    , m_zoneHint(new QLabel(this))
    , m_highlightedLabel(new QLabel(this))
    , m_highlighted(new QSpinBox(this))
    , m_highlightedHint(new QLabel(this))
{
    // Language names are shown in their own language and never translated.
    const QStringList languages = LanguageManager::availableLanguages();
    for (const QString &code : languages)
        m_language->addItem(LanguageManager::nativeName(code), code);

    // Whole-hour offsets UTC-12 … UTC+14 and the fractional ones in real use.
    QList<int> minutes;
    for (int h = -12; h <= 14; ++h)
        minutes.append(h * 60);
    minutes << -570 << -210 << 210 << 270 << 330 << 345 << 390 << 525 << 570 << 630 << 765;
    std::sort(minutes.begin(), minutes.end());
    for (const int m : std::as_const(minutes)) {
        const UtcOffset offset(m * 60);
        m_zone->addItem(offset.displayName(), offset.toString());
    }
    m_highlighted->setRange(1, 50);
    for (QLabel *hint : {m_zoneHint, m_highlightedHint}) {
        // One line each: wrapped labels in a form layout get uneven heights.
        hint->setForegroundRole(QPalette::PlaceholderText);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(QString(), m_zoneHint);
    form->addRow(m_highlightedLabel, m_highlighted);
    form->addRow(QString(), m_highlightedHint);
    m_languageLabel->setBuddy(m_language);
    m_zoneLabel->setBuddy(m_zone);
    m_highlightedLabel->setBuddy(m_highlighted);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    retranslateUi();
    load();
}

void GeneralPage::load()
{
    const int lang = m_language->findData(LanguageManager::preferredLanguage());
    m_language->setCurrentIndex(std::max(lang, 0));
    QSettings settings;
    const auto zone = UtcOffset::parse(settings.value(SettingsKeys::weekUtcOffset(), u"+00:00"_s).toString());
    const int zoneIndex = m_zone->findData(zone.value_or(UtcOffset()).toString());
    m_zone->setCurrentIndex(zoneIndex >= 0 ? zoneIndex : m_zone->findData(UtcOffset().toString()));
    m_highlighted->setValue(settings.value(SettingsKeys::highlightedCount(), AnalysisConfig().highlightCount).toInt());
}

void GeneralPage::save()
{
    QSettings settings;
    settings.setValue(SettingsKeys::weekUtcOffset(), m_zone->currentData().toString());
    settings.setValue(SettingsKeys::highlightedCount(), m_highlighted->value());
    const QString code = m_language->currentData().toString();
    if (code != LanguageManager::instance()->language() || settings.value(SettingsKeys::language()).toString() != code)
        LanguageManager::instance()->setAndSaveLanguage(code);
}

void GeneralPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GeneralPage::retranslateUi()
{
    m_languageLabel->setText(tr("&Language:"));
    m_zoneLabel->setText(tr("&Time zone for weeks:"));
    m_zoneHint->setText(tr("ISO weeks run from Monday 00:00 to Sunday 24:00 in this time zone; use your team's."));
    m_highlightedLabel->setText(tr("&Highlighted PRs per week:"));
    m_highlightedHint->setText(tr("The most important pull requests of a week are highlighted in the summary and "
                                  "the report."));
}

} // namespace PrLens
