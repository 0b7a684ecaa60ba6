// SPDX-License-Identifier: MIT
#pragma once

#include <QTextDocument>

namespace PrLens {

/// A text document for HTML that contains untrusted text: it never loads a resource — no local file, no data: URL,
/// no style sheet — whatever an <img> or <link> in it names. Defence in depth behind escaping.
class SealedTextDocument : public QTextDocument {
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;

    /// What a sealed document or browser answers for a resource instead of loading it: a blank 1×1 image for an
    /// image, an empty text otherwise. It must not be null: for a null answer QTextDocument reads local files and
    /// decodes data: URLs itself, and Qt's image handler loads the file by name when the answer is not an image.
    static QVariant blockedResource(int type);

    /// How many resources were asked for and refused (for tests).
    int refusedResources() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};

} // namespace PrLens
