// SPDX-License-Identifier: MIT
#pragma once

#include "paintedwidgets.h"

class QAction;
class QLabel;
class QToolButton;

namespace PrLens {

/// A non-modal message strip above the content, for errors (with an optional Retry) and notices.
class MessageBar : public RoundedFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };
    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows text (plain text, never interpreted) and a Retry button when retry is true.
    void showMessage(Kind kind, const QString &text, bool retry = false);
    /// Adds a button with actionText to the message on show (until the next showMessage); it emits actionRequested().
    void setActionText(const QString &actionText);
    QString actionText() const;
    /// Adds a button for action to the message shown (e.g. "Open Folder"); the next showMessage() removes it.
    void setExtraAction(QAction *action);
    QAction *extraAction() const;
    void dismiss();
    QString text() const;
    /// Sets the buttons' icons. The window does it once its first frame is on screen (MainWindow): looking icons
    /// up in the icon theme is the slowest part of building the window, and the first frame can do without them.
    void loadIcons();
    Kind kind() const { return m_kind; }
    bool hasRetry() const;

Q_SIGNALS:
    void retryRequested();
    /// The button of setActionText() was pressed; the bar is dismissed.
    void actionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyColors();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_retry = nullptr;
    QToolButton *m_action = nullptr;
    QToolButton *m_extra = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace PrLens
