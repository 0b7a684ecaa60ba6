// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace PrLens {

/// One line of a list: an optional linked lead ("#7133"), text, and indented details.
struct ReportItem {
    QString lead; ///< shown first, linked to url when set (e.g. "#7133")
    QString url; ///< https URL of the lead, or empty
    QString text; ///< plain text (untrusted parts included: renderers escape)
    QStringList details; ///< sub-items, plain text
    QString code; ///< optional code fragment after the details (an added line as evidence)
    friend bool operator==(const ReportItem &, const ReportItem &) = default;
};

/// A coloured label after a table cell's text: a risk rule's title in its severity's colour.
struct ReportBadge {
    QString text; ///< plain text
    QString tone; ///< "high", "warning" or "info" (severityId)
    friend bool operator==(const ReportBadge &, const ReportBadge &) = default;
};

/// A block of a report section. All text is plain; renderers escape it for their format.
struct ReportBlock {
    enum class Kind { Paragraph, List, NumberedList, Table, Code };
    Kind kind = Kind::Paragraph;
    QString text; ///< Paragraph; Code: the code
    QString codeLanguage; ///< Code: a hint ("diff")
    QList<ReportItem> items; ///< List, NumberedList
    QStringList header; ///< Table
    QList<QStringList> rows; ///< Table
    /// Table: per row and cell, where the cell leads in the app (language-neutral, empty for none):
    /// "filter/<tag|file|module|risk>/<key>" filters the PR list, "prs" marks a list of "#N" references.
    /// Exported files ignore it.
    QList<QStringList> cellLinks = {};
    /// Table: per row and cell, an http(s) page the cell's text links to in exported pages (empty for none).
    QList<QStringList> cellUrls = {};
    /// Table: per row and cell, labels shown after the cell's text (HTML draws them as coloured badges).
    QList<QList<QList<ReportBadge>>> cellBadges = {};

    static ReportBlock paragraph(const QString &text);
    static ReportBlock list(const QList<ReportItem> &items, bool numbered = false);
    static ReportBlock table(
        const QStringList &header, const QList<QStringList> &rows, const QList<QStringList> &cellLinks = {});
    static ReportBlock code(const QString &code, const QString &language = {});
    friend bool operator==(const ReportBlock &, const ReportBlock &) = default;
};

/// A titled section (level 2) or subsection (level 3).
struct ReportSection {
    QString id; ///< stable, language-neutral ("executive-summary", "risk:missing-tests")
    QString heading; ///< translated
    int level = 2;
    QList<ReportBlock> blocks;
    bool pageBreakBefore = false; ///< printed, the section starts on a new page
    friend bool operator==(const ReportSection &, const ReportSection &) = default;
};

/// A report as structured text in one language, rendered to Markdown, HTML or JSON by ReportRenderer.
struct ReportDocument {
    QString kind; ///< "weekly" or "pull-request"
    QString language; ///< the language it was written in ("en", "zh_CN")
    QString title;
    QString subtitle;
    QList<ReportSection> sections;

    const ReportSection *section(const QString &id) const;
    friend bool operator==(const ReportDocument &, const ReportDocument &) = default;
};

} // namespace PrLens
