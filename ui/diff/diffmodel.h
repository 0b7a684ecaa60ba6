// SPDX-License-Identifier: MIT
#pragma once

#include "diffparser.h"
#include "syntax.h"

#include <QAbstractListModel>
#include <QList>
#include <QTextLayout>
#include <QTimer>

#include <optional>
#include <vector>

namespace PrLens {

struct FileChange;

/// The lines of one file's unified diff, syntax-highlighted lazily: rows asked for are highlighted on demand
/// (from the nearest state checkpoint), the rest in small time-boxed chunks on the event loop. dataChanged is
/// emitted only for rows that were handed out without their highlight (too far from any known state), so the
/// background pass does not make views repaint rows whose colours nobody has seen yet.
class DiffModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(DiffLine::Kind)
        OldLineRole, ///< old-side line number, 0 if none
        NewLineRole, ///< new-side line number, 0 if none
        HunkRole, ///< hunk index, -1 before the first hunk
        FormatsRole, ///< QList<QTextLayout::FormatRange> of the text (highlights on demand)
        HighlightedRole, ///< bool: the row's formats are computed (progress only: no dataChanged)
    };
    /// Why the diff has no lines of its own (shown as a notice row).
    enum class Notice { None, Binary, NotAvailable, NoChanges };

    explicit DiffModel(QObject *parent = nullptr);
    ~DiffModel() override;

    /// The application's syntax repository (not owned); without one nothing is highlighted.
    void setRepository(const SyntaxRepository *repository);
    void setTheme(const SyntaxTheme &theme);
    SyntaxTheme theme() const { return m_theme; }
    /// When off, rows are highlighted only when asked for (benchmarks and tests measure each part).
    void setBackgroundHighlighting(bool enabled);

    /// Shows a file of a pull request: its patch, or a notice when it is binary or the patch is absent.
    void setFile(const FileChange &file);
    /// Shows @p patch (unified diff text from the first "@@") highlighted as the language of @p path.
    void setPatch(const QString &path, const QString &patch, bool truncated = false);
    void clear();
    /// Re-creates the notice rows in the current language.
    void retranslate();

    QString path() const { return m_path; }
    Notice notice() const { return m_notice; }
    bool isTruncated() const { return m_truncated; }
    /// Name of the syntax definition in use ("None" when the language is unknown).
    QString definitionName() const;
    const DiffLine &line(int row) const { return m_lines.at(row); }
    /// The row's highlight, computed now if needed; empty while a far-away row waits for the background pass.
    const QList<QTextLayout::FormatRange> &formats(int row) const;
    /// Longer lines (minified code, generated data) are shown cut to this many characters, with a note.
    static constexpr int MaxShownLineLength = 4000;
    /// Columns of the widest line as shown (tabs expanded; cut lines count their shown part and the note).
    int maxTextColumns() const { return m_maxColumns; }
    int maxLineNumber() const { return m_maxLineNumber; }
    int highlightedRows() const { return m_doneCount; }
    bool isFullyHighlighted() const { return m_doneCount == int(m_lines.size()); }
    /// Highlights every row now (for printing and for measuring).
    void highlightAll();
    /// Row showing line @p line of the new side (or the old side when @p oldSide), or -1.
    int rowForLine(int line, bool oldSide = false) const;
    /// Plain text of the rows, one per line, as shown (without the +/- markers).
    QString text(QList<int> rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// Every row is highlighted.
    void highlightingFinished();

private:
    struct Cursor {
        int pos = -1;
        SyntaxState oldState;
        SyntaxState newState;
    };
    struct Checkpoint {
        SyntaxState oldState;
        SyntaxState newState;
    };

    void setLines(QList<DiffLine> lines);
    void clearHighlight();
    void resetHighlight();
    void updateDefinition();
    Cursor startFor(int row) const;
    void step(Cursor &c) const;
    void ensure(int row) const;
    int nextUndone() const;
    void highlightChunk();
    void flushDirty();
    void markDirty(int row) const;
    void scheduleBackground() const;

    const SyntaxRepository *m_repository = nullptr;
    std::unique_ptr<LineHighlighter> m_highlighter; ///< made by the repository; none without one
    SyntaxTheme m_theme;
    QString m_path;
    QString m_patch;
    Notice m_notice = Notice::None;
    bool m_truncated = false;
    bool m_background = true;
    QList<DiffLine> m_lines;
    std::vector<int> m_hunkStart;
    int m_maxColumns = 0;
    int m_maxLineNumber = 0;

    // Highlight cache; filled from const accessors, hence mutable.
    mutable std::vector<QList<QTextLayout::FormatRange>> m_formats;
    mutable std::vector<char> m_done;
    mutable std::vector<std::optional<Checkpoint>> m_checkpoints;
    mutable int m_doneCount = 0;
    mutable int m_scan = 0;
    mutable int m_priority = -1;
    mutable Cursor m_bg;
    mutable Cursor m_sync; ///< where the last on-demand pass stopped: views ask for rows in order
    mutable std::vector<char> m_waiting; ///< rows shown without highlight, to be announced when done
    mutable int m_dirtyFrom = -1;
    mutable int m_dirtyTo = -1;
    mutable QTimer m_timer;
};

} // namespace PrLens
