// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace PrLens::SafeText {

/// What happens to line breaks and tabs.
enum class Lines {
    Keep, ///< \n and \t stay; \r goes (it would rewrite the line on a terminal)
    Join, ///< \n, \r and \t each become one space: the text stays on one line
};

/// Text from outside (PR titles, bodies, paths, server answers) without what a terminal or a viewer would act on
/// instead of showing: C0 controls, DEL, C1 controls, whole escape sequences (CSI, OSC, DCS, …) and the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what is shown.
QString stripControls(QStringView text, Lines lines = Lines::Keep);

/// Untrusted text for anything that renders HTML (QTextDocument, tooltips, chart labels, exported pages): its
/// controls stripped as stripControls() does and <, >, & and " escaped, so it is always shown literally.
QString html(QStringView text, Lines lines = Lines::Keep);

} // namespace PrLens::SafeText
