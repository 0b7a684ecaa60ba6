// SPDX-License-Identifier: MIT
#include "reviewview.h"

#include "diffmodel.h"
#include "diffview.h"
#include "plaintooltip.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {
// A label that shows untrusted text literally.
QLabel *plainLabel(const QString &text, QWidget *parent, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (bold) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    return label;
}

QLabel *badge(const QString &text, const QColor &colour, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setContentsMargins(6, 1, 6, 1);
    label->setAutoFillBackground(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::Window, colour);
    pal.setColor(QPalette::WindowText, Qt::white);
    label->setPalette(pal);
    return label;
}

QString when(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

ReviewView::ReviewView(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    rebuild();
}

void ReviewView::setRepository(const SyntaxRepository *repository)
{
    m_repository = repository;
    for (DiffView *v : hunkViews())
        v->setRepository(repository);
}

void ReviewView::setPullRequest(const PullRequest &pr)
{
    m_pr = pr;
    m_hasPr = true;
    rebuild();
}

void ReviewView::clear()
{
    m_pr = {};
    m_hasPr = false;
    rebuild();
}

QList<DiffView *> ReviewView::hunkViews() const
{
    return m_content ? m_content->findChildren<DiffView *>() : QList<DiffView *>();
}

QString ReviewView::plainText() const
{
    QStringList out;
    if (!m_content)
        return {};
    // Depth-first, so in the order they are shown.
    for (const QWidget *w : m_content->findChildren<QWidget *>()) {
        if (const auto *label = qobject_cast<const QLabel *>(w))
            out.append(label->text());
        else if (const auto *button = qobject_cast<const QToolButton *>(w))
            out.append(button->text());
    }
    return out.join(u'\n');
}

QString ReviewView::stateText(Review::State state) const
{
    switch (state) {
    case Review::State::Approved:
        return tr("Approved");
    case Review::State::ChangesRequested:
        return tr("Changes requested");
    case Review::State::Dismissed:
        return tr("Dismissed");
    case Review::State::Pending:
        return tr("Pending");
    case Review::State::Commented:
        break;
    }
    return tr("Commented");
}

void ReviewView::rebuild()
{
    auto *content = new QWidget;
    m_layout = new QVBoxLayout(content);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(10);

    if (!m_hasPr) {
        m_layout->addWidget(plainLabel(tr("Select a pull request to see its review."), content));
    } else if (!m_pr.reviewDataKnown) {
        m_layout->addWidget(plainLabel(tr("No review data from this source: git history does not record reviews. "
                                          "Load the repository from GitHub to see them."),
            content));
    } else if (m_pr.reviews.isEmpty() && m_pr.reviewThreads.isEmpty()) {
        m_layout->addWidget(
            plainLabel(tr("This pull request was merged without reviews or review comments."), content));
    } else {
        int unresolved = 0;
        for (const ReviewThread &t : std::as_const(m_pr.reviewThreads))
            unresolved += t.isResolved ? 0 : 1;
        const QString threads = tr("%n review thread(s)", nullptr, int(m_pr.reviewThreads.size()));
        const QString open = tr("%n unresolved at merge", nullptr, unresolved);
        m_layout->addWidget(plainLabel(tr("%1 · %2").arg(threads, open), content, true));
        if (m_pr.reviewsIncomplete())
            m_layout->addWidget(
                plainLabel(tr("Only %1 of %n review(s) could be read from the source.", nullptr, m_pr.reviewCount)
                               .arg(m_pr.reviews.size()),
                    content));
        if (m_pr.reviewThreadsIncomplete())
            m_layout->addWidget(plainLabel(
                tr("Only %1 of %n review thread(s) could be read from the source.", nullptr, m_pr.reviewThreadCount)
                    .arg(m_pr.reviewThreads.size()),
                content));

        if (!m_pr.reviews.isEmpty()) {
            m_layout->addWidget(plainLabel(tr("Reviews"), content, true));
            for (const Review &r : std::as_const(m_pr.reviews)) {
                m_layout->addWidget(
                    plainLabel(tr("%1 — %2 — %3").arg(r.author, stateText(r.state), when(r.submittedAt)), content));
                if (!r.body.trimmed().isEmpty()) {
                    QLabel *body = plainLabel(r.body.trimmed(), content);
                    body->setContentsMargins(16, 0, 0, 0);
                    m_layout->addWidget(body);
                }
            }
        }
        if (!m_pr.reviewThreads.isEmpty())
            m_layout->addWidget(plainLabel(tr("Threads"), content, true));
        m_content = content; // addThread() parents to it
        for (const ReviewThread &t : std::as_const(m_pr.reviewThreads))
            addThread(t);
    }
    m_layout->addStretch(1);
    setWidget(content); // deletes the previous content
    m_content = content;
}

void ReviewView::addThread(const ReviewThread &thread)
{
    auto *card = new QFrame(m_content);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(8, 6, 8, 8);

    auto *head = new QHBoxLayout;
    const int line = thread.line > 0 ? thread.line : thread.originalLine;
    const QString where = line > 0 ? tr("%1:%2").arg(thread.path).arg(line) : thread.path;
    // A flat button: the text is untrusted but QAbstractButton never interprets markup.
    auto *whereButton = new QToolButton(card);
    whereButton->setText(where);
    whereButton->setToolTip(plainToolTip(tr("Show %1 in the diff").arg(where)));
    whereButton->setAutoRaise(true);
    whereButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont f = whereButton->font();
    f.setBold(true);
    whereButton->setFont(f);
    const QString path = thread.path;
    const bool oldSide = thread.diffSide == "LEFT"_L1;
    connect(whereButton, &QToolButton::clicked, this,
        [this, path, line, oldSide] { Q_EMIT locationActivated(path, line, oldSide); });
    head->addWidget(whereButton);
    head->addStretch(1);
    head->addWidget(thread.isResolved ? badge(tr("Resolved"), QColor(0x1a, 0x7f, 0x37), card)
                                      : badge(tr("Unresolved at merge"), QColor(0xbc, 0x4c, 0x00), card));
    if (thread.isOutdated)
        head->addWidget(badge(tr("Outdated"), QColor(0x59, 0x63, 0x6e), card));
    layout->addLayout(head);

    const QString hunk = thread.comments.isEmpty() ? QString() : thread.comments.first().diffHunk;
    if (!hunk.isEmpty()) {
        auto *view = new DiffView(card);
        view->setRepository(m_repository);
        view->setPatch(thread.path, hunk);
        view->setFitRows(8);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        layout->addWidget(view);
        // The commented line is the hunk's last one, as on GitHub.
        QTimer::singleShot(0, view, [view] { view->scrollToBottom(); });
    }
    for (const ReviewComment &c : thread.comments) {
        layout->addWidget(plainLabel(tr("%1 · %2").arg(c.author, when(c.createdAt)), card, true));
        QLabel *body = plainLabel(c.body.trimmed(), card);
        body->setContentsMargins(12, 0, 0, 4);
        layout->addWidget(body);
    }
    m_layout->addWidget(card);
}

void ReviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QScrollArea::changeEvent(event);
}

} // namespace PrLens
