// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace PrLens {

/// The language reports are written in. Reports use whatever translator is installed; this helper names the
/// language of the text they produce (installing translations is LanguageManager's job, in prlens_i18n).
struct ReportLanguage {
    static QStringList available(); ///< "en", "zh_CN"
    /// "en" or "zh_CN", from the default QLocale (which LanguageManager::setLanguage() sets).
    static QString current();
};

} // namespace PrLens
