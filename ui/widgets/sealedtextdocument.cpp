// SPDX-License-Identifier: MIT
#include "sealedtextdocument.h"

#include <QImage>

namespace PrLens {

QVariant SealedTextDocument::blockedResource(int type)
{
    if (type == QTextDocument::ImageResource) {
        QImage blank(1, 1, QImage::Format_ARGB32_Premultiplied);
        blank.fill(Qt::transparent);
        return blank;
    }
    return QVariant(QString()); // valid, hence not "null" to QTextDocument, and empty
}

QVariant SealedTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name)
    ++m_refused;
    return blockedResource(type);
}

} // namespace PrLens
