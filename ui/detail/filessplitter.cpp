// SPDX-License-Identifier: MIT
#include "filessplitter.h"

#include <QHeaderView>
#include <QTreeView>

namespace PrLens {

FilesSplitter::FilesSplitter(QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
{
    setChildrenCollapsible(false);
    connect(this, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
}

void FilesSplitter::setParts(QTreeView *fileList, QWidget *diffPanel)
{
    m_list = fileList;
    addWidget(fileList);
    addWidget(diffPanel);
    // What the pane gains or loses when the window is resized goes to the diff.
    setStretchFactor(0, 0);
    setStretchFactor(1, 1);
    applyDefaultSizes();
}

bool FilesSplitter::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty() || !restoreState(state))
        return false;
    m_userSized = true;
    return true;
}

void FilesSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    if (!m_userSized)
        applyDefaultSizes();
}

void FilesSplitter::applyDefaultSizes()
{
    if (!m_list || count() != 2 || height() <= 0)
        return;
    const int row = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 2);
    const int rows = m_list->header()->sizeHint().height() + DefaultListRows * row + 2 * m_list->frameWidth();
    const int available = height() - handleWidth();
    const int list = std::max(std::min(rows, available / 4), m_list->minimumSizeHint().height());
    setSizes({list, std::max(0, available - list)});
}

} // namespace PrLens
