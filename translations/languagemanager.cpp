// SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {
constexpr auto SettingsKey = "ui/language"_L1;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (QCoreApplication::instance()) {
        if (m_app)
            QCoreApplication::removeTranslator(m_app.get());
        if (m_qt)
            QCoreApplication::removeTranslator(m_qt.get());
    }
}

LanguageManager *LanguageManager::instance()
{
    static QPointer<LanguageManager> s_instance;
    if (!s_instance)
        s_instance = new LanguageManager(QCoreApplication::instance());
    return s_instance;
}

QStringList LanguageManager::availableLanguages()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString LanguageManager::nativeName(const QString &code)
{
    // Each language is named in itself, so these are deliberately not translated.
    if (code == u"zh_CN")
        return u"简体中文"_s;
    return u"English"_s;
}

QString LanguageManager::languageForLocale(const QString &localeName)
{
    const QLocale locale(localeName);
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript
        && locale.territory() != QLocale::Taiwan && locale.territory() != QLocale::HongKong)
        return u"zh_CN"_s;
    return u"en"_s;
}

QString LanguageManager::preferredLanguage()
{
    const QString saved = QSettings().value(SettingsKey).toString();
    if (availableLanguages().contains(saved))
        return saved;
    return languageForLocale(QLocale::system().name());
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;

    auto app = std::make_unique<QTranslator>();
    auto qt = std::make_unique<QTranslator>();
    // English is the source language, but its plural forms ("%n PR(s)" → "1 PR" / "2 PRs") live in prlens_en.qm.
    if (!app->load(u":/i18n/prlens_%1.qm"_s.arg(code)))
        qWarning("PR Lens: the %s translation is missing from this build", qPrintable(code));
    if (code != u"en")
        (void)qt->load(u"qtbase_%1"_s.arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = std::move(qt);
    if (!m_app->isEmpty())
        QCoreApplication::installTranslator(m_app.get());
    if (!m_qt->isEmpty())
        QCoreApplication::installTranslator(m_qt.get());

    QLocale::setDefault(QLocale(code == u"zh_CN" ? u"zh_CN"_s : u"en_US"_s));
    const bool changed = m_language != code;
    m_language = code;
    if (changed)
        Q_EMIT languageChanged(code);
    return true;
}

bool LanguageManager::setAndSaveLanguage(const QString &code)
{
    if (!setLanguage(code))
        return false;
    QSettings().setValue(SettingsKey, code);
    return true;
}

} // namespace PrLens
