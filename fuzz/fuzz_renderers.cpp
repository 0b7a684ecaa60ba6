// SPDX-License-Identifier: MIT
// The Markdown and HTML renderers with untrusted text in every field: no "<" of the input reaches the output
// unescaped, and no control character survives.
#include "fuzzinput.h"
#include "reportrenderer.h"
#include "safetext.h"

using namespace PrLens;

namespace {

/// The input cut at NUL bytes into the document's fields (missing ones empty); the URL is the second field.
ReportDocument documentFrom(const QStringList &f, bool withCode)
{
    const auto at = [&f](qsizetype i) {
        return i < f.size() ? f.at(i) : QString();
    };
    ReportDocument doc;
    doc.kind = QStringLiteral("weekly");
    doc.language = QStringLiteral("en");
    doc.title = at(0);
    doc.subtitle = at(2);
    ReportSection s {QStringLiteral("s"), at(3), 2, {}};
    s.blocks.append(ReportBlock::paragraph(at(4)));
    s.blocks.append(ReportBlock::list({{at(5), at(1), at(6), {at(7), at(8)}, withCode ? at(9) : QString()}}));
    s.blocks.append(ReportBlock::list({{at(10), at(1), at(11), {}, {}}}, true));
    s.blocks.append(ReportBlock::table({at(12), at(13)}, {{at(14), at(15)}}));
    if (withCode)
        s.blocks.append(ReportBlock::code(at(16), QStringLiteral("diff")));
    doc.sections.append(s);
    return doc;
}

/// The same document with every text field but the URL replaced by a harmless word: its markup is exactly the
/// renderer's own.
QStringList skeletonOf(QStringList fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (i != 1)
            fields[i] = fields.at(i).isEmpty() ? QString() : QStringLiteral("x");
    return fields;
}

void checkNoControls(const char *what, const QString &out)
{
    for (const QChar c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069))
            Fuzz::fail(what, out);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList fields = Fuzz::text(data, size).split(QChar(u'\0'));
    const QStringList skeleton = skeletonOf(fields);

    const QString html = ReportRenderer::toHtml(documentFrom(fields, true));
    const QString htmlSkeleton = ReportRenderer::toHtml(documentFrom(skeleton, true));
    if (html.count(u'<') != htmlSkeleton.count(u'<'))
        Fuzz::fail("HTML: a \"<\" of the input reached the output", html);
    checkNoControls("HTML: a control character reached the output", html);

    // Code blocks show "<" as it is inside their fence; the rest of the Markdown never has one.
    const QString md = ReportRenderer::toMarkdown(documentFrom(fields, false));
    if (md.contains(u'<'))
        Fuzz::fail("Markdown: a \"<\" of the input reached the output", md);
    checkNoControls("Markdown: a control character reached the output", md);
    checkNoControls("Markdown with code: a control character reached the output",
        ReportRenderer::toMarkdown(documentFrom(fields, true)));
    for (const QString &f : fields)
        ReportRenderer::escapeMarkdown(f);
    return 0;
}
