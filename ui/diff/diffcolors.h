// SPDX-License-Identifier: MIT
#pragma once

#include "diffparser.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace PrLens {

/// The diff view's colours for a palette: added/removed/hunk backgrounds blended into the base colour, so they
/// stay readable on light and dark palettes alike.
struct DiffColors {
    QColor base, text, dim;
    QColor addedText, addedGutter, removedText, removedGutter;
    QColor hunk, hunkText, notice, gutter;

    /// How one row of a kind looks: text and gutter backgrounds, and its marker ("+", "−" or none).
    struct Row {
        QColor background, gutter;
        QString marker;
    };
    Row row(DiffLine::Kind kind) const;

    static DiffColors forPalette(const QPalette &palette);
    static QColor mix(const QColor &a, const QColor &b, qreal t);
};

} // namespace PrLens
