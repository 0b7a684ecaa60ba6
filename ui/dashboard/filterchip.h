// SPDX-License-Identifier: MIT
#pragma once

#include "chartdata.h"
#include "paintedwidgets.h"

class QLabel;
class QToolButton;

namespace PrLens {

/// A chip naming the active chart filter ("Tag: bugfix ✕"); its button clears the filter.
class FilterChip : public RoundedFrame {
    Q_OBJECT
public:
    explicit FilterChip(QWidget *parent = nullptr);

    /// Shows the chip for an active filter, hides it otherwise.
    void setFilter(const ChartFilter &filter);
    ChartFilter filter() const { return m_filter; }
    QString text() const;

Q_SIGNALS:
    void clearRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ChartFilter m_filter;
    QLabel *m_label = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace PrLens
