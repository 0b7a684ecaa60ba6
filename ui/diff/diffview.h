// SPDX-License-Identifier: MIT
#pragma once

#include <QListView>

namespace PrLens {

class DiffModel;
class SyntaxRepository;
struct FileChange;

/// A unified diff of one file: uniform rows over a lazily highlighted DiffModel, so huge diffs open at once.
/// The highlight theme follows the palette (or stays light for printing); selected lines can be copied.
class DiffView : public QListView {
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    /// The application's syntax repository (not owned).
    void setRepository(const SyntaxRepository *repository);
    void setFile(const FileChange &file);
    void setPatch(const QString &path, const QString &patch);
    void clear();
    DiffModel *diffModel() const { return m_model; }

    /// Light highlight theme and light colours regardless of the palette, for printing and PDF.
    void setPrintTheme(bool enabled);
    bool isPrintTheme() const { return m_print; }
    /// When above 0, sizeHint() asks for at most this many rows (for hunks shown inline).
    void setFitRows(int rows);

    /// Scrolls to and selects line @p line of the new (or old) side; returns false when the diff does not show it.
    bool revealLine(int line, bool oldSide = false);
    /// The selected lines' text, top to bottom, without +/- markers.
    QString selectedText() const;
    QSize sizeHint() const override;

public Q_SLOTS:
    void copySelection();
    /// Moves to the next (or previous) hunk header; returns false at the end (or the start).
    bool nextHunk();
    bool previousHunk();

protected:
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void applyTheme();
    void fitHeight();
    void retranslateUi();

    DiffModel *m_model;
    bool goToHunk(int direction);

    QAction *m_copyAction;
    QAction *m_nextHunkAction;
    QAction *m_previousHunkAction;
    const SyntaxRepository *m_repository = nullptr;
    bool m_print = false;
    int m_fitRows = 0;
};

} // namespace PrLens
