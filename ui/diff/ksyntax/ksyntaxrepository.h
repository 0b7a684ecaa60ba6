// SPDX-License-Identifier: MIT
#pragma once

#include "syntax.h"

#include <KSyntaxHighlighting/Repository>

namespace PrLens {

/// SyntaxRepository over KDE's syntax highlighting (the module prlens-syntax.so, or prlens_syntax_linked).
class KSyntaxRepository : public SyntaxRepository {
public:
    SyntaxTheme lightTheme() const override;
    SyntaxTheme darkTheme() const override;
    SyntaxTheme themeForPalette(const QPalette &palette) const override;
    std::unique_ptr<LineHighlighter> createHighlighter() const override;

    static SyntaxTheme wrap(const KSyntaxHighlighting::Theme &theme);

private:
    KSyntaxHighlighting::Repository m_repository;
};

} // namespace PrLens
