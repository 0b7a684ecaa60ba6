// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace PrLens {

/// Settings page: where the week cache lives, how big it is, and a button to clear it.
class CachePage : public QWidget {
    Q_OBJECT
public:
    explicit CachePage(QWidget *parent = nullptr);

    void load();
    void save();
    /// The cache file in use: the chosen one, or WeekCache::defaultPath().
    QString cachePath() const;
    /// Re-reads the size on disk.
    void refreshSize();
    /// Removes every cached week (after asking, unless @p ask is false).
    void clearCache(bool ask = true);

    QLabel *sizeLabel() const { return m_size; }
    QPushButton *clearButton() const { return m_clear; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();

    qint64 m_bytes = -1;
    QString m_status;
    QLabel *m_locationLabel;
    QLineEdit *m_location;
    QPushButton *m_browse;
    QPushButton *m_default;
    QLabel *m_sizeLabel;
    QLabel *m_size;
    QPushButton *m_clear;
    QLabel *m_hint;
};

} // namespace PrLens
