// SPDX-License-Identifier: MIT
#include "layoutactions.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QSettings>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QString chartsKey()
{
    return u"window/chartsShown"_s;
}

} // namespace

LayoutActions::LayoutActions(QWidget *charts, const QList<QWidget *> &overview, QObject *parent)
    : QObject(parent)
    , m_chartsRow(charts)
{
    for (QWidget *w : overview)
        m_overview.append(w);
    m_charts = new QAction(this);
    m_charts->setObjectName(u"showChartsAction"_s);
    m_charts->setCheckable(true);
    m_charts->setChecked(true);
    m_charts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_charts->setShortcutContext(Qt::WindowShortcut);
    m_focus = new QAction(this);
    m_focus->setObjectName(u"focusDetailAction"_s);
    m_focus->setCheckable(true);
    m_focus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_focus->setShortcutContext(Qt::WindowShortcut);
    connect(m_charts, &QAction::toggled, this, [this](bool on) {
        // Asking for the charts while the details have the focus brings the whole dashboard back.
        if (on && m_focus->isChecked())
            m_focus->setChecked(false);
        apply();
    });
    connect(m_focus, &QAction::toggled, this, &LayoutActions::apply);
    retranslate();
}

void LayoutActions::addTo(QMenu *menu) const
{
    menu->addAction(m_charts);
    menu->addAction(m_focus);
}

QToolButton *LayoutActions::createChartsButton(QWidget *parent) const
{
    auto *button = new QToolButton(parent);
    button->setObjectName(u"chartsButton"_s);
    button->setAutoRaise(true);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::NoFocus);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(button, &QToolButton::clicked, m_charts, &QAction::setChecked);
    connect(m_charts, &QAction::changed, button, [this, button] { updateButton(button); });
    updateButton(button);
    return button;
}

void LayoutActions::updateButton(QToolButton *button) const
{
    button->setChecked(m_charts->isChecked());
    button->setArrowType(m_charts->isChecked() ? Qt::UpArrow : Qt::DownArrow);
    button->setToolTip(m_charts->toolTip());
}

bool LayoutActions::chartsShown() const
{
    return m_charts->isChecked();
}

void LayoutActions::setChartsShown(bool shown)
{
    m_charts->setChecked(shown);
}

bool LayoutActions::detailFocused() const
{
    return m_focus->isChecked();
}

void LayoutActions::setDetailFocused(bool focused)
{
    m_focus->setChecked(focused);
}

void LayoutActions::apply()
{
    const bool focused = m_focus->isChecked();
    for (const QPointer<QWidget> &w : std::as_const(m_overview))
        if (w)
            w->setVisible(!focused);
    if (m_chartsRow)
        m_chartsRow->setVisible(!focused && m_charts->isChecked());
}

void LayoutActions::save(QSettings &settings) const
{
    settings.setValue(chartsKey(), m_charts->isChecked());
}

void LayoutActions::restore(QSettings &settings)
{
    m_charts->setChecked(settings.value(chartsKey(), true).toBool());
    apply();
}

void LayoutActions::retranslate()
{
    m_charts->setText(tr("Show &Charts"));
    const QString chartsKeys = m_charts->shortcut().toString(QKeySequence::NativeText);
    m_charts->setToolTip(tr("Show or hide the charts (%1)").arg(chartsKeys));
    m_charts->setStatusTip(m_charts->toolTip());
    m_focus->setText(tr("&Focus on Details"));
    m_focus->setToolTip(tr("Give the pull request's details the whole window, and back (%1)")
            .arg(m_focus->shortcut().toString(QKeySequence::NativeText)));
    m_focus->setStatusTip(m_focus->toolTip());
}

} // namespace PrLens
