// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace PrLens {

MessageBar::MessageBar(QWidget *parent)
    : RoundedFrame(parent)
{
    setObjectName(u"messageBar"_s);
    setRadius(4);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QToolButton(this);
    m_retry->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action = new QToolButton(this);
    m_action->setObjectName(u"messageAction"_s);
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->hide();
    m_extra = new QToolButton(this);
    m_extra->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_extra->hide();
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_extra);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);
    connect(m_retry, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT retryRequested();
    });
    connect(m_action, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT actionRequested();
    });
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    retranslate();
    hide();
}

void MessageBar::loadIcons()
{
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
}

void MessageBar::showMessage(Kind kind, const QString &text, bool retry)
{
    m_kind = kind;
    m_text->setText(text);
    m_retry->setVisible(retry);
    m_action->hide();
    setExtraAction(nullptr);
    const QStyle::StandardPixmap icon = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
        : kind == Kind::Warning                             ? QStyle::SP_MessageBoxWarning
                                                            : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    applyColors();
    show();
}

void MessageBar::setActionText(const QString &actionText)
{
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
}

QString MessageBar::actionText() const
{
    return m_action->isHidden() ? QString() : m_action->text();
}

void MessageBar::setExtraAction(QAction *action)
{
    if (QAction *old = m_extra->defaultAction())
        m_extra->removeAction(old);
    m_extra->setDefaultAction(action);
    m_extra->setVisible(action != nullptr);
}

QAction *MessageBar::extraAction() const
{
    return m_extra->defaultAction();
}

void MessageBar::dismiss()
{
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

bool MessageBar::hasRetry() const
{
    return !m_retry->isHidden();
}

void MessageBar::applyColors()
{
    const QColor base = palette().color(QPalette::Window);
    const QColor accent = m_kind == Kind::Error ? QColor(0xda, 0x44, 0x53)
        : m_kind == Kind::Warning               ? QColor(0xf6, 0x74, 0x00)
                                                : QColor(0x3d, 0xae, 0xe9);
    // Tint the window colour towards the accent so it reads in light and dark themes.
    const auto mix = [](int a, int b) {
        return (a * 4 + b) / 5;
    };
    const QColor bg(mix(base.red(), accent.red()), mix(base.green(), accent.green()), mix(base.blue(), accent.blue()));
    setFill({QPalette::NoRole, bg});
    setBorder({QPalette::NoRole, accent});
}

void MessageBar::retranslate()
{
    m_retry->setText(tr("Retry"));
    m_close->setToolTip(tr("Close"));
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace PrLens
