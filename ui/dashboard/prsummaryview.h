// SPDX-License-Identifier: MIT
#pragma once

#include "weekview.h"

#include <QPlainTextEdit>

namespace PrLens {

/// A plain-text summary of the selected PR: what the list knows about it (tags, importance, risks, files).
class PrSummaryView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PrSummaryView(QWidget *parent = nullptr);
    /// Shows a PR (nullptr clears); all text is shown literally.
    void setRow(const PrRow *row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    std::optional<PrRow> m_row;
};

} // namespace PrLens
