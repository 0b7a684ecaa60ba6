// SPDX-License-Identifier: MIT
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>
#include <QList>
#include <QTextLayout>

namespace PrLens {

/// Highlights single lines of a diff side with an explicit state, collecting character formats.
/// Error-styled formats are dropped (hunks are fragments, so the highlighter often sees broken syntax),
/// as are background colours (the diff view paints added/removed backgrounds itself).
class DiffHighlighter : public KSyntaxHighlighting::AbstractHighlighter {
public:
    DiffHighlighter() = default;

    /// Highlights one line starting from @p state; appends formats to @p out when it is not null.
    KSyntaxHighlighting::State highlight(
        QStringView text, const KSyntaxHighlighting::State &state, QList<QTextLayout::FormatRange> *out);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QList<QTextLayout::FormatRange> *m_out = nullptr;
};

} // namespace PrLens
