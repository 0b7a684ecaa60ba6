// SPDX-License-Identifier: MIT
#pragma once

#include <QFontMetrics>
#include <QHash>
#include <QList>
#include <QRect>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QVariantMap>

namespace PrLens {

/// Paints a PR's risk findings as coloured badges (by severity); the tooltip names each rule and its evidence.
class RiskBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    /// The tooltip text for the badges of an index (rich text with every untrusted part escaped); each rule with
    /// a line in @p measured (rule id → BacktestText::liftSentence()) gets it below its name.
    static QString toolTipFor(const QModelIndex &index, const QHash<QString, QString> &measured = {});
    /// The rules' measured lift for the repository shown, one sentence per rule id (empty: not measured).
    void setMeasuredLift(const QHash<QString, QString> &sentences) { m_measured = sentences; }
    /// Short text drawn in a badge for one entry of PrTableModel::RisksRole: the rule's short title.
    static QString badgeText(const QVariantMap &risk);

    /// One thing drawn in the cell: a badge, or the "+N" of the badges that did not fit.
    struct Item {
        QRect rect;
        QString text;
        bool badge = true;
    };
    /// Places badges with these texts, left to right in line: those that fit with room for a "+N" of the rest;
    /// the first always, elided if it must be.
    static QList<Item> layout(const QFontMetrics &fm, const QRect &line, const QStringList &texts);

private:
    QHash<QString, QString> m_measured;
};

} // namespace PrLens
