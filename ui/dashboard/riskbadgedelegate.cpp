// SPDX-License-Identifier: MIT
#include "riskbadgedelegate.h"

#include "plaintooltip.h"
#include "prtablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

constexpr int kPad = 4;
constexpr int kGap = 3;

QColor severityColor(int severity)
{
    switch (severity) {
    case int(RiskBadge::Severity::High):
        return QColor(0xc0, 0x1c, 0x28);
    case int(RiskBadge::Severity::Medium):
        return QColor(0xc6, 0x6a, 0x00);
    default:
        return QColor(0x5e, 0x5c, 0x64);
    }
}

} // namespace

QString RiskBadgeDelegate::badgeText(const QVariantMap &risk)
{
    // The rule's short title reads well in a narrow column; the full rule name and its id are in the tooltip.
    const QString shortName = risk.value(u"shortName"_s).toString();
    if (!shortName.isEmpty())
        return shortName;
    const QString name = risk.value(u"name"_s).toString();
    return name.size() <= 16 ? name : name.left(15) + u'…';
}

void RiskBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariantList risks = index.data(PrTableModel::RisksRole).toList();
    if (risks.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int h = std::min(option.rect.height() - 4, fm.height() + 2);
    const QRect line(option.rect.left(), option.rect.center().y() - h / 2 + 1, option.rect.width(), h);
    QStringList texts;
    for (const QVariant &v : risks)
        texts.append(badgeText(v.toMap()));
    const QList<Item> items = layout(fm, line, texts);
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (!item.badge) {
            painter->setPen(option.palette.color(
                option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
            painter->drawText(item.rect, Qt::AlignLeft | Qt::AlignVCenter, item.text);
            continue;
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(severityColor(risks.at(i).toMap().value(u"severity"_s).toInt()));
        painter->drawRoundedRect(item.rect, h / 2.0, h / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(item.rect, Qt::AlignCenter, item.text);
    }
    painter->restore();
}

QList<RiskBadgeDelegate::Item> RiskBadgeDelegate::layout(
    const QFontMetrics &fm, const QRect &line, const QStringList &texts)
{
    QList<Item> items;
    int x = line.left() + kPad;
    const int right = line.right();
    auto moreText = [&texts](qsizetype from) {
        return u"+%1"_s.arg(texts.size() - from);
    };
    for (int i = 0; i < texts.size(); ++i) {
        QString text = texts.at(i);
        int w = fm.horizontalAdvance(text) + 2 * kPad;
        // Keep room for the "+N" of the badges after this one (plain text may reach the cell's edge), else for
        // the padding.
        const int moreWidth = i + 1 < texts.size() ? kGap + fm.horizontalAdvance(moreText(i + 1)) + 1 : kPad;
        if (x + w + moreWidth > right) {
            if (i > 0) {
                // Not enough room: say how many more there are.
                items.append({QRect(x, line.top(), right - x + 1, line.height()), moreText(i), false});
                break;
            }
            // The first badge always shows, elided if it must: a lone "+N" would not say what was found.
            text = fm.elidedText(text, Qt::ElideRight, std::max(0, right - x - moreWidth - 2 * kPad));
            w = fm.horizontalAdvance(text) + 2 * kPad;
        }
        items.append({QRect(x, line.top(), w, line.height()), text, true});
        x += w + kGap;
    }
    return items;
}

QSize RiskBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics fm(font);
    int w = kPad;
    const QVariantList risks = index.data(PrTableModel::RisksRole).toList();
    for (const QVariant &v : risks)
        w += fm.horizontalAdvance(badgeText(v.toMap())) + 2 * kPad + kGap;
    size.setWidth(std::max(size.width(), w + kPad));
    return size;
}

QString RiskBadgeDelegate::toolTipFor(const QModelIndex &index, const QHash<QString, QString> &measured)
{
    const QVariantList risks = index.data(PrTableModel::RisksRole).toList();
    if (risks.isEmpty())
        return {};
    // Evidence is text from the diff: the whole tooltip is plain text, wrapped so that no part is read as HTML.
    QStringList parts;
    for (const QVariant &v : risks) {
        const QVariantMap r = v.toMap();
        QString part = tr("%1 (%2)").arg(r.value(u"name"_s).toString(), r.value(u"ruleId"_s).toString());
        if (const QString lift = measured.value(r.value(u"ruleId"_s).toString()); !lift.isEmpty())
            part += u'\n' + lift;
        const QString evidence = r.value(u"evidence"_s).toString();
        if (!evidence.isEmpty())
            part += u'\n' + evidence.left(600);
        parts.append(part);
    }
    return plainToolTip(parts.join(u"\n\n"_s));
}

bool RiskBadgeDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        const QString tip = toolTipFor(index, m_measured);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPos(), tip, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace PrLens
