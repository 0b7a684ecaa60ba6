// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PrLens {

/// Wraps untrusted text for QToolTip so it is always shown literally, never interpreted as HTML.
inline QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace PrLens
