// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace PrLens {

/// A non-modal message strip above the content, for errors (with an optional Retry) and notices.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };
    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows text (plain text, never interpreted) and a Retry button when retry is true.
    void showMessage(Kind kind, const QString &text, bool retry = false);
    void dismiss();
    QString text() const;
    Kind kind() const { return m_kind; }
    bool hasRetry() const;

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyColors();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_retry = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace PrLens
