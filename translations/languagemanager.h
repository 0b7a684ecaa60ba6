// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace PrLens {

/// Installs the application's and Qt's translations for one language, switchable at run time.
/// Widgets retranslate on QEvent::LanguageChange; models, charts and code-made texts follow languageChanged().
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// The process-wide instance, created on first use (parented to the application object).
    static LanguageManager *instance();

    /// Language codes PR Lens ships: "en", "zh_CN".
    static QStringList availableLanguages();
    /// The name of a language in that language ("English", "简体中文").
    static QString nativeName(const QString &code);
    /// Maps a locale name ("zh_CN", "zh_Hans_CN", "en_US", "de_DE"…) to a shipped language, "en" by default.
    static QString languageForLocale(const QString &localeName);

    /// The language chosen in the settings, or the system locale's on first start.
    static QString preferredLanguage();

    QString language() const { return m_language; }
    /// Installs the translators for code (see availableLanguages()); returns false for an unknown code.
    bool setLanguage(const QString &code);
    /// Like setLanguage(), and remembers the choice for the next start.
    bool setAndSaveLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace PrLens
