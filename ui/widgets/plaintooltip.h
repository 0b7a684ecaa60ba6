// SPDX-License-Identifier: MIT
#pragma once

#include "safetext.h"

#include <QString>

namespace PrLens {

/// Wraps untrusted text for QToolTip so it is always shown literally, never interpreted as HTML.
inline QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>") + SafeText::html(text) + QStringLiteral("</p>");
}

} // namespace PrLens
