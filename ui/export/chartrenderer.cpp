// SPDX-License-Identifier: MIT
#include "chartrenderer.h"

#include "reportoutputfile.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace PrLens {

ChartRenderer::Format ChartRenderer::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"svg")
        return Format::Svg;
    return Format::Png;
}

void ChartRenderer::render(QChart *chart, QPainter *painter, const QRectF &target)
{
    // A chart lives in a scene (its view's, or one made here); rendering the scene keeps text and bars as
    // vector primitives on vector devices, where grabbing a pixmap would not.
    QGraphicsScene ownScene;
    const bool borrowed = chart->scene() != nullptr;
    if (!borrowed)
        ownScene.addItem(chart);
    chart->scene()->render(painter, target, chart->sceneBoundingRect(), Qt::KeepAspectRatio);
    if (!borrowed)
        ownScene.removeItem(chart);
}

bool ChartRenderer::write(
    QChart *chart, const QString &path, Format format, QSizeF size, QString *error, qreal devicePixelRatio)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QFileInfo(path).absoluteFilePath(), why);
        return false;
    };
    if (!chart)
        return fail(tr("there is no chart to export."));

    ReportOutputFile file(path);
    if (!file.open())
        return fail(file.errorString());

    const QSizeF chartSize = chart->size().isEmpty() ? size : chart->size();
    switch (format) {
    case Format::Pdf: {
        QPdfWriter writer(file.device());
        writer.setCreator(u"PR Lens"_s);
        writer.setTitle(chart->title());
        writer.setPageSize(QPageSize(size, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())));
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(file.device());
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(chart->title());
        svg.setDescription(tr("Chart exported by PR Lens"));
        QPainter painter(&svg);
        render(chart, &painter, QRectF(QPointF(0, 0), size));
        break;
    }
    case Format::Png: {
        QImage image((chartSize * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(devicePixelRatio);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            render(chart, &painter, QRectF(QPointF(0, 0), chartSize));
        }
        if (!image.save(file.device(), "PNG"))
            return fail(tr("the image could not be encoded."));
        break;
    }
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace PrLens
