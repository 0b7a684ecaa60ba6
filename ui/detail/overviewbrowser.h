// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

namespace PrLens {

/// A read-only text browser for report text built from untrusted PR data: it never follows links by itself
/// and refuses every resource (images, style sheets, local files, data: URLs) without letting QTextDocument fall back
/// to loading it, so nothing in a PR can make it load anything.
/// Links with the "pr" scheme (pr:123) are reported through pullRequestActivated().
class OverviewBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit OverviewBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    /// How many resources were asked for and refused (for tests).
    int refusedResources() const { return m_refused; }

Q_SIGNALS:
    void pullRequestActivated(int number);

private:
    int m_refused = 0;
};

} // namespace PrLens
