// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QLabel>
#include <QToolButton>

namespace PrLens {

/// A colour for a frame's border or fill: a palette role, so it follows the theme, or a fixed colour.
struct FrameColour {
    QPalette::ColorRole role = QPalette::NoRole;
    QColor fixed;

    /// The colour to paint with, or an invalid colour for nothing.
    QColor resolve(const QPalette &palette) const;
};

/// A frame with rounded corners, a one-pixel border and a fill, painted directly: what a style sheet would draw,
/// without making the style sheet machinery part of the window's start.
class RoundedFrame : public QFrame {
    Q_OBJECT
public:
    explicit RoundedFrame(QWidget *parent = nullptr);

    void setBorder(FrameColour colour);
    void setFill(FrameColour colour);
    void setRadius(qreal radius);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    FrameColour m_border;
    FrameColour m_fill;
    qreal m_radius = 4;
};

/// A label on a rounded badge in the highlight colour ("Demo").
class BadgeLabel : public QLabel {
    Q_OBJECT
public:
    explicit BadgeLabel(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

/// A tool button that opens its menu on a click and draws no menu arrow: its text says what it picks.
class PlainMenuButton : public QToolButton {
    Q_OBJECT
public:
    explicit PlainMenuButton(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace PrLens
