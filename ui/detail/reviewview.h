// SPDX-License-Identifier: MIT
#pragma once

#include "pullrequest.h"

#include <QScrollArea>

class QVBoxLayout;

namespace PrLens {

class SyntaxRepository;

class DiffView;

/// A pull request's reviews and review threads: each thread with its file:line, the diff hunk it refers to
/// (highlighted like the diff view), its state at merge, and every comment as plain text.
class ReviewView : public QScrollArea {
    Q_OBJECT
public:
    explicit ReviewView(QWidget *parent = nullptr);

    void setRepository(const SyntaxRepository *repository);
    void setPullRequest(const PullRequest &pr);
    void clear();

    /// The hunk views, one per thread that has a hunk (for tests and printing).
    QList<DiffView *> hunkViews() const;
    /// Every text shown, in order, one per line (for tests and copying).
    QString plainText() const;

Q_SIGNALS:
    /// The user asked to see a thread's place in the full diff; @p oldSide for comments on removed lines.
    void locationActivated(const QString &path, int line, bool oldSide);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void addThread(const ReviewThread &thread);
    QString stateText(Review::State state) const;

    const SyntaxRepository *m_repository = nullptr;
    PullRequest m_pr;
    bool m_hasPr = false;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace PrLens
