// SPDX-License-Identifier: MIT
#include "overviewbrowser.h"

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
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_refused;
    return {};
}

} // namespace PrLens
