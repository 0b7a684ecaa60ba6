// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

namespace PrLens {

class SyntaxRepository;
class SyntaxTheme;

/// A diff as an HTML table for QTextDocument (report views, printing): every text escaped, syntax colours as
/// inline styles, added/removed backgrounds and old/new line numbers, with the same colours as DiffView.
class DiffHtml {
public:
    /// @p repository may be null (no syntax colours). @p maxLines > 0 keeps the first lines only.
    static QString render(const QString &path, const QString &patch, const SyntaxRepository *repository,
        const SyntaxTheme &theme, const QPalette &palette, int maxLines = 0);
};

} // namespace PrLens
