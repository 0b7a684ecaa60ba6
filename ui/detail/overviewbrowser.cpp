// SPDX-License-Identifier: MIT
#include "overviewbrowser.h"

#include "sealedtextdocument.h"

using namespace Qt::StringLiterals;

namespace PrLens {

OverviewBrowser::OverviewBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == "pr"_L1) {
            bool ok = false;
            const int number = url.path().toInt(&ok);
            if (ok && number > 0)
                Q_EMIT pullRequestActivated(number);
        }
    });
}

QVariant OverviewBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name)
    ++m_refused;
    // Not an empty QVariant: for that QTextDocument would read the file or decode the data: URL itself.
    return SealedTextDocument::blockedResource(type);
}

} // namespace PrLens
