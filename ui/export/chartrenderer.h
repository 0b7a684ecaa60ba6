// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QChart;
class QPainter;

namespace PrLens {

/// Draws a Qt chart as vector graphics (PDF, SVG, or any painter) or as a PNG at a device pixel ratio.
class ChartRenderer {
    Q_DECLARE_TR_FUNCTIONS(PrLens::ChartRenderer)
public:
    enum class Format { Pdf, Svg, Png };

    /// The format a file name asks for (by suffix); Png when unknown.
    static Format formatForPath(const QString &path);
    /// Draws the chart into target on painter, as vectors when the painter's device is a vector one.
    static void render(QChart *chart, QPainter *painter, const QRectF &target);
    /// Writes the chart to path at the given size (in points for PDF/SVG, logical pixels for PNG, drawn at
    /// devicePixelRatio). Returns false and sets *error to a sentence for a person when the file cannot be written.
    static bool write(
        QChart *chart, const QString &path, Format format, QSizeF size, QString *error, qreal devicePixelRatio = 2.0);
};

} // namespace PrLens
