// SPDX-License-Identifier: MIT
#include "filterchip.h"

#include "plaintooltip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace PrLens {

FilterChip::FilterChip(QWidget *parent)
    : RoundedFrame(parent)
{
    setObjectName(u"filterChip"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 1, 2, 1);
    layout->setSpacing(2);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_clear = new QToolButton(this);
    m_clear->setAutoRaise(true);
    m_clear->setText(u"✕"_s);
    layout->addWidget(m_label);
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, this, &FilterChip::clearRequested);
    setBorder({QPalette::Highlight, {}});
    setRadius(10);
    retranslate();
    hide();
}

void FilterChip::setFilter(const ChartFilter &filter)
{
    m_filter = filter;
    retranslate();
    setVisible(filter.isActive());
}

QString FilterChip::text() const
{
    return m_label->text();
}

void FilterChip::retranslate()
{
    const QString value = m_filter.label.isEmpty() ? m_filter.key : m_filter.label;
    QString text;
    switch (m_filter.kind) {
    case ChartFilter::Kind::Tag:
        text = tr("Tag: %1").arg(value);
        break;
    case ChartFilter::Kind::File:
        text = tr("File: %1").arg(value);
        break;
    case ChartFilter::Kind::Module:
        text = tr("Module: %1").arg(value);
        break;
    case ChartFilter::Kind::Risk:
        text = tr("Risk: %1").arg(value);
        break;
    case ChartFilter::Kind::MergeTime:
        text = tr("Time to merge: %1").arg(value);
        break;
    case ChartFilter::Kind::Reviewer:
        text = tr("Reviewed by: %1").arg(value);
        break;
    case ChartFilter::Kind::None:
        break;
    }
    m_label->setText(text);
    m_label->setToolTip(plainToolTip(text));
    m_clear->setToolTip(tr("Clear the chart filter"));
}

void FilterChip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace PrLens
