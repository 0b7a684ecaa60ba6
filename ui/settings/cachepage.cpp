// SPDX-License-Identifier: MIT
#include "cachepage.h"

#include "settingskeys.h"
#include "weekcache.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace PrLens {

CachePage::CachePage(QWidget *parent)
    : QWidget(parent)
    , m_locationLabel(new QLabel(this))
    , m_location(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_default(new QPushButton(this))
    , m_sizeLabel(new QLabel(this))
    , m_size(new QLabel(this))
    , m_clear(new QPushButton(this))
    , m_hint(new QLabel(this))
{
    m_location->setReadOnly(true);
    m_size->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_locationLabel->setBuddy(m_browse);
    connect(m_browse, &QPushButton::clicked, this, &CachePage::browse);
    connect(m_default, &QPushButton::clicked, this, [this] {
        m_location->setText(QDir::toNativeSeparators(WeekCache::defaultPath()));
        refreshSize();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { clearCache(true); });

    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_browse);
    locationRow->addWidget(m_default);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_clear);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_locationLabel, locationRow);
    form->addRow(m_sizeLabel, sizeRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch();

    retranslateUi();
    load();
}

QString CachePage::cachePath() const
{
    const QString text = QDir::fromNativeSeparators(m_location->text().trimmed());
    return text.isEmpty() ? WeekCache::defaultPath() : text;
}

void CachePage::load()
{
    const QString stored = QSettings().value(SettingsKeys::cacheLocation()).toString();
    m_location->setText(QDir::toNativeSeparators(stored.isEmpty() ? WeekCache::defaultPath() : stored));
    refreshSize();
}

void CachePage::save()
{
    QSettings settings;
    const QString path = cachePath();
    if (QDir::cleanPath(path) == QDir::cleanPath(WeekCache::defaultPath()))
        settings.remove(SettingsKeys::cacheLocation());
    else
        settings.setValue(SettingsKeys::cacheLocation(), path);
}

void CachePage::refreshSize()
{
    m_status.clear();
    m_bytes = 0;
    // Never create a cache just to measure it.
    if (QFileInfo::exists(cachePath())) {
        WeekCache cache;
        if (cache.open(cachePath()))
            m_bytes = cache.sizeOnDisk();
        else
            m_status = cache.lastError();
    }
    retranslateUi();
}

void CachePage::clearCache(bool ask)
{
    if (!QFileInfo::exists(cachePath()))
        return;
    if (ask
        && QMessageBox::question(this, tr("Clear Cache"),
               tr("Remove every cached week? They will be loaded from GitHub again when you open "
                  "them."))
            != QMessageBox::Yes)
        return;
    WeekCache cache;
    if (!cache.open(cachePath()) || !cache.clear()) {
        m_status = cache.lastError();
        retranslateUi();
        return;
    }
    cache.close();
    refreshSize();
}

void CachePage::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Cache File"), cachePath(),
        tr("PR Lens cache (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_location->setText(QDir::toNativeSeparators(path));
    refreshSize();
}

void CachePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CachePage::retranslateUi()
{
    m_locationLabel->setText(tr("Cache &file:"));
    m_browse->setText(tr("Change…"));
    m_default->setText(tr("Default"));
    m_sizeLabel->setText(tr("Size on disk:"));
    m_clear->setText(tr("&Clear Cache"));
    m_clear->setEnabled(m_bytes > 0);
    if (!m_status.isEmpty())
        m_size->setText(m_status);
    else if (m_bytes <= 0)
        m_size->setText(tr("Empty"));
    else
        m_size->setText(QLocale().formattedDataSize(m_bytes));
    m_hint->setText(tr("Weeks you have loaded are kept here so that they open instantly and offline. Tokens are "
                       "never stored in the cache. A new location takes effect the next time a week is loaded."));
}

} // namespace PrLens
