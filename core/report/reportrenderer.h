// SPDX-License-Identifier: MIT
#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace PrLens {

/// Renders a ReportDocument. Untrusted text is escaped in every format (Markdown and HTML also drop control
/// characters, see SafeText); HTML is one self-contained page
/// with inline CSS and no remote resources (links to pull requests are plain anchors).
struct ReportRenderer {
    /// Where HTML links lead: a page for the web links PR numbers to GitHub (http(s) only); the app's own view
    /// links them, and the counts of tables with ReportBlock::cellLinks, to "prlens:" URLs it handles itself.
    enum class Links { Web, App };
    /// Whose fonts and colours an HTML page uses: a browser's (the page names its fonts), the app's (the
    /// palette's), or a printed page's (the QTextDocument's default font, which the PDF writer sets).
    enum class Style { Browser, App, Print };

    static QString toMarkdown(const ReportDocument &doc);
    /// HTML with Style::App for Links::App, else Style::Browser.
    static QString toHtml(const ReportDocument &doc, Links links = Links::Web);
    static QString toHtml(const ReportDocument &doc, Links links, Style style);
    static QJsonObject toJsonObject(const ReportDocument &doc);
    static QByteArray toJson(const ReportDocument &doc); ///< indented UTF-8

    /// Escapes text for Markdown so that a GitHub-flavoured renderer shows it literally: no HTML, links,
    /// autolinks (URLs, www. names, e-mail addresses), emphasis, strikethrough or code. Control characters and
    /// bidirectional overrides are removed, line breaks folded into spaces.
    static QString escapeMarkdown(const QString &text);
    /// The URL encoded for a link target when it is http(s), else empty (the lead is then shown as text).
    static QString safeLinkUrl(const QString &url);
    /// The in-app URL of a cell link target or a PR: "filter/tag/ci" → "prlens://filter/tag/ci", 12 → "prlens://pr/12".
    static QString appUrl(const QString &target);
    static QString appPullRequestUrl(int number);
};

} // namespace PrLens
