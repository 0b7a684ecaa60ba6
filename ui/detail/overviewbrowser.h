// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

namespace PrLens {

/// A read-only text browser for report text built from untrusted PR data: it never follows links by itself
/// and refuses every resource (images, style sheets, local files, data: URLs) without letting QTextDocument
/// fall back to loading it, so nothing in a PR can make it load anything.
/// In-app links are reported, never opened: "pr:123" and "prlens://pr/123" through pullRequestActivated(),
/// "prlens://filter/<kind>/<key>" through filterRequested(). Every other link is ignored.
class OverviewBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit OverviewBrowser(QWidget *parent = nullptr);

    /// Refuses the resource with a non-null empty value: a null QVariant would make QTextDocument read the
    /// file itself.
    QVariant loadResource(int type, const QUrl &name) override;
    /// How many resources were asked for and refused (for tests).
    int refusedResources() const { return m_refused; }

Q_SIGNALS:
    void pullRequestActivated(int number);
    /// A count was clicked: show only the PRs with this tag, file, module or risk rule (kind "tag", "file",
    /// "module" or "risk").
    void filterRequested(const QString &kind, const QString &key);

private:
    void activate(const QUrl &url);

    int m_refused = 0;
};

} // namespace PrLens
