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
    connect(this, &QTextBrowser::anchorClicked, this, &OverviewBrowser::activate);
}

void OverviewBrowser::activate(const QUrl &url)
{
    const auto emitPr = [this](QStringView text) {
        bool ok = false;
        const int number = text.toInt(&ok);
        if (ok && number > 0)
            Q_EMIT pullRequestActivated(number);
    };
    if (url.scheme() == "pr"_L1) {
        emitPr(url.path());
        return;
    }
    if (url.scheme() != "prlens"_L1)
        return; // web links in report text are never opened from here
    const QString path = url.path(QUrl::FullyDecoded);
    if (url.host() == "pr"_L1 && path.startsWith(u'/')) {
        emitPr(QStringView(path).mid(1));
    } else if (url.host() == "filter"_L1) {
        const qsizetype slash = path.indexOf(u'/', 1);
        const QString kind = path.mid(1, slash - 1);
        const QString key = slash < 0 ? QString() : path.mid(slash + 1);
        static const QStringList kinds {u"tag"_s, u"file"_s, u"module"_s, u"risk"_s};
        if (kinds.contains(kind) && !key.isEmpty())
            Q_EMIT filterRequested(kind, key);
    }
}

QVariant OverviewBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name)
    ++m_refused;
    // Not an empty QVariant: for that QTextDocument would read the file or decode the data: URL itself.
    return SealedTextDocument::blockedResource(type);
}

} // namespace PrLens
