// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

namespace PrLens {

class SyntaxRepository;
class SyntaxTheme;

struct ReportDocument;

/// Renders a PR report for the Overview's QTextDocument: every text escaped, PR references as in-app "pr:N"
/// links, the key hunk highlighted like the diff view, colours from the palette. (ReportRenderer::toHtml makes a
/// standalone web page; this is the in-app variant QTextDocument can show.)
class OverviewRenderer {
public:
    struct Context {
        const SyntaxRepository *repository = nullptr; ///< for the key hunk; may be null
        const SyntaxTheme *theme = nullptr;
        QPalette palette;
        QString keyHunkPath; ///< file of the key hunk, to pick its syntax
    };
    static QString toHtml(const ReportDocument &doc, const Context &context);
};

} // namespace PrLens
