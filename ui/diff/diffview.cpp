// SPDX-License-Identifier: MIT
#include "diffview.h"

#include "diffdelegate.h"
#include "diffmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>

namespace PrLens {

DiffView::DiffView(QWidget *parent)
    : QListView(parent)
    , m_model(new DiffModel(this))
    , m_copyAction(new QAction(this))
    , m_nextHunkAction(new QAction(this))
    , m_previousHunkAction(new QAction(this))
{
    setModel(m_model);
    setItemDelegate(new DiffDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    setTextElideMode(Qt::ElideNone);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &DiffView::copySelection);
    addAction(m_copyAction);
    m_nextHunkAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_nextHunkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_nextHunkAction, &QAction::triggered, this, &DiffView::nextHunk);
    addAction(m_nextHunkAction);
    m_previousHunkAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_previousHunkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_previousHunkAction, &QAction::triggered, this, &DiffView::previousHunk);
    addAction(m_previousHunkAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    retranslateUi();
}

DiffView::~DiffView() = default;

void DiffView::setRepository(const SyntaxRepository *repository)
{
    m_repository = repository;
    m_model->setRepository(repository);
    applyTheme();
}

void DiffView::setFile(const FileChange &file)
{
    m_model->setFile(file);
    scrollToTop();
    fitHeight();
}

void DiffView::setPatch(const QString &path, const QString &patch)
{
    m_model->setPatch(path, patch);
    scrollToTop();
    fitHeight();
}

void DiffView::clear()
{
    m_model->clear();
}

void DiffView::setPrintTheme(bool enabled)
{
    m_print = enabled;
    if (enabled) {
        // Dark palettes would make the light highlight colours unreadable: print on white.
        QPalette pal = palette();
        pal.setColor(QPalette::Base, Qt::white);
        pal.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf4, 0xf6));
        pal.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
        setPalette(pal);
    } else {
        setPalette(QPalette());
    }
    applyTheme();
}

void DiffView::setFitRows(int rows)
{
    m_fitRows = rows;
    fitHeight();
}

void DiffView::fitHeight()
{
    // A scroll area's minimum size hint is larger than a few rows: fix the height to exactly the rows shown.
    if (m_fitRows > 0)
        setFixedHeight(sizeHint().height());
    updateGeometry();
}

void DiffView::applyTheme()
{
    if (!m_repository)
        return;
    m_model->setTheme(m_print ? m_repository->lightTheme() : m_repository->themeForPalette(palette()));
    viewport()->update();
}

void DiffView::retranslateUi()
{
    m_copyAction->setText(tr("&Copy Lines"));
    m_nextHunkAction->setText(tr("&Next Hunk"));
    m_previousHunkAction->setText(tr("&Previous Hunk"));
}

bool DiffView::nextHunk()
{
    return goToHunk(1);
}

bool DiffView::previousHunk()
{
    return goToHunk(-1);
}

bool DiffView::goToHunk(int direction)
{
    const int rows = m_model->rowCount();
    int row = currentIndex().isValid() ? currentIndex().row() : (direction > 0 ? -1 : rows);
    for (row += direction; row >= 0 && row < rows; row += direction) {
        if (m_model->line(row).kind == DiffLine::Kind::HunkHeader) {
            const QModelIndex index = m_model->index(row);
            setCurrentIndex(index);
            scrollTo(index, QAbstractItemView::PositionAtTop);
            return true;
        }
    }
    return false;
}

bool DiffView::revealLine(int line, bool oldSide)
{
    const int row = m_model->rowForLine(line, oldSide);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QString DiffView::selectedText() const
{
    QList<int> rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &i : selected)
        rows.append(i.row());
    return m_model->text(rows);
}

void DiffView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QSize DiffView::sizeHint() const
{
    if (m_fitRows <= 0)
        return QListView::sizeHint();
    const int rows = std::clamp(m_model->rowCount(), 1, m_fitRows);
    const int rowHeight = QFontMetrics(font()).height() + 2;
    return {QListView::sizeHint().width(), rows * rowHeight + 2 * frameWidth()};
}

void DiffView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
        if (!m_print)
            applyTheme();
        break;
    case QEvent::LanguageChange:
        retranslateUi();
        m_model->retranslate();
        break;
    case QEvent::FontChange:
        doItemsLayout();
        fitHeight();
        break;
    default:
        break;
    }
    QListView::changeEvent(event);
}

void DiffView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    // The gutters are painted at a fixed place: a sideways blit would smear them.
    if (dx != 0)
        viewport()->update();
}

} // namespace PrLens
