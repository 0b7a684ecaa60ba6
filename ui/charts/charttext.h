// SPDX-License-Identifier: MIT
#pragma once

#include "safetext.h"

#include <QString>

namespace PrLens {

/// Qt Charts draws category names, legend labels and titles as rich text: untrusted text (tags, paths, modules)
/// goes through this, after eliding the plain text, so it is shown literally and never loads an <img>.
inline QString chartText(const QString &plain)
{
    return SafeText::html(plain);
}

} // namespace PrLens
