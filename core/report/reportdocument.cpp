// SPDX-License-Identifier: MIT
#include "reportdocument.h"

#include "reportlanguage.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace PrLens {

ReportBlock ReportBlock::paragraph(const QString &text)
{
    ReportBlock b;
    b.kind = Kind::Paragraph;
    b.text = text;
    return b;
}

ReportBlock ReportBlock::list(const QList<ReportItem> &items, bool numbered)
{
    ReportBlock b;
    b.kind = numbered ? Kind::NumberedList : Kind::List;
    b.items = items;
    return b;
}

ReportBlock ReportBlock::table(
    const QStringList &header, const QList<QStringList> &rows, const QList<QStringList> &cellLinks)
{
    ReportBlock b;
    b.kind = Kind::Table;
    b.header = header;
    b.rows = rows;
    b.cellLinks = cellLinks;
    return b;
}

ReportBlock ReportBlock::code(const QString &code, const QString &language)
{
    ReportBlock b;
    b.kind = Kind::Code;
    b.text = code;
    b.codeLanguage = language;
    return b;
}

const ReportSection *ReportDocument::section(const QString &id) const
{
    for (const ReportSection &s : sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

QStringList ReportLanguage::available()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString ReportLanguage::current()
{
    return QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

} // namespace PrLens
