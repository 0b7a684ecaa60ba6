// SPDX-License-Identifier: MIT
#include "enumnames.h"
#include "jsonwriter.h"
#include "reportrenderer.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

constexpr EnumName<ReportBlock::Kind> kBlockKinds[] = {
    {ReportBlock::Kind::Paragraph, u"paragraph"},
    {ReportBlock::Kind::List, u"list"},
    {ReportBlock::Kind::NumberedList, u"numbered-list"},
    {ReportBlock::Kind::Table, u"table"},
    {ReportBlock::Kind::Code, u"code"},
};

QJsonObject itemJson(const ReportItem &i)
{
    QJsonObject o {{"text"_L1, i.text}};
    if (!i.lead.isEmpty())
        o.insert("lead"_L1, i.lead);
    if (!i.url.isEmpty())
        o.insert("url"_L1, i.url);
    if (!i.details.isEmpty())
        o.insert("details"_L1, QJsonArray::fromStringList(i.details));
    if (!i.code.isEmpty())
        o.insert("code"_L1, i.code);
    return o;
}

/// A table's cell pages and badges, when it has any.
void insertCellExtras(QJsonObject &o, const ReportBlock &b)
{
    if (!b.cellUrls.isEmpty()) {
        QJsonArray urls;
        for (const QStringList &r : b.cellUrls)
            urls.append(QJsonArray::fromStringList(r));
        o.insert("cellUrls"_L1, urls);
    }
    if (!b.cellBadges.isEmpty()) {
        QJsonArray rows;
        for (const QList<QList<ReportBadge>> &r : b.cellBadges) {
            QJsonArray cells;
            for (const QList<ReportBadge> &c : r) {
                QJsonArray list;
                for (const ReportBadge &badge : c)
                    list.append(QJsonObject {{"text"_L1, badge.text}, {"tone"_L1, badge.tone}});
                cells.append(list);
            }
            rows.append(cells);
        }
        o.insert("cellBadges"_L1, rows);
    }
}

} // namespace

QJsonObject ReportRenderer::toJsonObject(const ReportDocument &doc)
{
    QJsonArray sections;
    for (const ReportSection &s : doc.sections) {
        QJsonArray blocks;
        for (const ReportBlock &b : s.blocks) {
            QJsonObject o {{"kind"_L1, enumName(kBlockKinds, b.kind)}};
            switch (b.kind) {
            case ReportBlock::Kind::Paragraph:
                o.insert("text"_L1, b.text);
                break;
            case ReportBlock::Kind::Code:
                o.insert("text"_L1, b.text);
                o.insert("language"_L1, b.codeLanguage);
                break;
            case ReportBlock::Kind::List:
            case ReportBlock::Kind::NumberedList: {
                QJsonArray items;
                for (const ReportItem &i : b.items)
                    items.append(itemJson(i));
                o.insert("items"_L1, items);
                break;
            }
            case ReportBlock::Kind::Table: {
                QJsonArray rows;
                for (const QStringList &r : b.rows)
                    rows.append(QJsonArray::fromStringList(r));
                o.insert("header"_L1, QJsonArray::fromStringList(b.header));
                o.insert("rows"_L1, rows);
                insertCellExtras(o, b);
                break;
            }
            }
            blocks.append(o);
        }
        sections.append(
            QJsonObject {{"id"_L1, s.id}, {"heading"_L1, s.heading}, {"level"_L1, s.level}, {"blocks"_L1, blocks}});
    }
    return {{"kind"_L1, doc.kind}, {"language"_L1, doc.language}, {"title"_L1, doc.title},
        {"subtitle"_L1, doc.subtitle}, {"sections"_L1, sections}};
}

QByteArray ReportRenderer::toJson(const ReportDocument &doc)
{
    // JsonWriter, not QJsonDocument: it also escapes DEL, C1 controls, line separators and bidi controls.
    JsonWriter w(JsonWriter::Style::Indented);
    w.value(QJsonValue(toJsonObject(doc)));
    return w.take();
}

} // namespace PrLens
