// SPDX-License-Identifier: MIT
#include "diffmodel.h"

#include "pullrequest.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {
constexpr int CheckpointEvery = 64; // rows between saved highlighter states
constexpr int SyncLimit = 200; // at most this many rows are highlighted inside one data() call
constexpr qint64 ChunkBudgetNs = 4'000'000; // background work per event-loop turn
constexpr int TabWidth = 4;
constexpr int CutNoteColumns = 48; // room for DiffDelegate's "… (line cut, N characters)" in any language
} // namespace

DiffModel::DiffModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &DiffModel::highlightChunk);
}

DiffModel::~DiffModel() = default;

void DiffModel::setRepository(const SyntaxRepository *repository)
{
    m_repository = repository;
    m_highlighter = repository ? repository->createHighlighter() : nullptr;
    if (m_highlighter && m_theme.isValid())
        m_highlighter->setTheme(m_theme);
    updateDefinition();
    resetHighlight();
}

void DiffModel::setTheme(const SyntaxTheme &theme)
{
    m_theme = theme;
    if (m_highlighter)
        m_highlighter->setTheme(theme);
    resetHighlight();
}

void DiffModel::setBackgroundHighlighting(bool enabled)
{
    m_background = enabled;
    if (!enabled)
        m_timer.stop();
    else
        scheduleBackground();
}

void DiffModel::setFile(const FileChange &file)
{
    m_path = file.path;
    m_patch.clear();
    m_truncated = file.patchTruncated;
    if (file.binary)
        m_notice = Notice::Binary;
    else if (!file.hasPatch)
        m_notice = Notice::NotAvailable;
    else if (file.patch.trimmed().isEmpty())
        m_notice = Notice::NoChanges;
    else {
        m_notice = Notice::None;
        m_patch = file.patch;
    }
    updateDefinition();
    retranslate();
}

void DiffModel::setPatch(const QString &path, const QString &patch, bool truncated)
{
    m_path = path;
    m_patch = patch;
    m_truncated = truncated;
    m_notice = patch.trimmed().isEmpty() ? Notice::NoChanges : Notice::None;
    updateDefinition();
    retranslate();
}

void DiffModel::clear()
{
    m_path.clear();
    m_patch.clear();
    m_truncated = false;
    m_notice = Notice::None;
    setLines({});
}

void DiffModel::retranslate()
{
    QList<DiffLine> lines;
    auto notice = [](const QString &text) {
        DiffLine l;
        l.kind = DiffLine::Kind::Notice;
        l.text = text;
        return l;
    };
    switch (m_notice) {
    case Notice::None:
        lines = DiffParser::parse(m_patch);
        break;
    case Notice::Binary:
        lines.append(notice(tr("Binary file — no diff")));
        break;
    case Notice::NotAvailable:
        lines.append(notice(tr("Diff not available: too large or not loaded")));
        break;
    case Notice::NoChanges:
        lines.append(notice(tr("No changed lines (renamed, copied or mode change only)")));
        break;
    }
    if (m_truncated)
        lines.append(notice(tr("Diff truncated by the source — open the file on GitHub to see the rest")));
    setLines(std::move(lines));
}

void DiffModel::setLines(QList<DiffLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_hunkStart.clear();
    m_maxColumns = 0;
    m_maxLineNumber = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        const DiffLine &l = m_lines.at(i);
        if (l.kind == DiffLine::Kind::HunkHeader)
            m_hunkStart.push_back(i);
        const QStringView shown = QStringView(l.text).left(MaxShownLineLength);
        const int columns = int(shown.size() + shown.count(u'\t') * (TabWidth - 1))
            + (l.text.size() > shown.size() ? CutNoteColumns : 0);
        m_maxColumns = std::max(m_maxColumns, columns);
        m_maxLineNumber = std::max({m_maxLineNumber, l.oldLine, l.newLine});
    }
    clearHighlight();
    endResetModel();
    scheduleBackground();
}

void DiffModel::updateDefinition()
{
    if (!m_highlighter)
        return;
    m_highlighter->setFileName(m_path);
    if (!m_theme.isValid()) {
        m_theme = m_repository->lightTheme();
        m_highlighter->setTheme(m_theme);
    }
}

QString DiffModel::definitionName() const
{
    return m_highlighter && m_highlighter->isValid() ? m_highlighter->definitionName() : u"None"_s;
}

void DiffModel::clearHighlight()
{
    m_timer.stop();
    m_formats.assign(m_lines.size(), {});
    m_done.assign(m_lines.size(), 0);
    m_waiting.assign(m_lines.size(), 0);
    m_checkpoints.assign(m_lines.size() / CheckpointEvery + 1, std::nullopt);
    m_doneCount = 0;
    m_scan = 0;
    m_priority = -1;
    m_bg = {};
    m_sync = {};
    m_dirtyFrom = m_dirtyTo = -1;
}

void DiffModel::resetHighlight()
{
    clearHighlight();
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1), {FormatsRole, HighlightedRole});
    scheduleBackground();
}

DiffModel::Cursor DiffModel::startFor(int row) const
{
    const DiffLine &l = m_lines.at(row);
    if (l.hunk < 0)
        return Cursor {row, {}, {}};
    const int start = m_hunkStart.at(l.hunk);
    for (int k = row / CheckpointEvery; k * CheckpointEvery > start; --k) {
        if (const auto &cp = m_checkpoints.at(k))
            return Cursor {k * CheckpointEvery, cp->oldState, cp->newState};
    }
    return Cursor {start, {}, {}};
}

void DiffModel::step(Cursor &c) const
{
    const int row = c.pos++;
    const DiffLine &l = m_lines.at(row);
    if (row % CheckpointEvery == 0 && l.kind != DiffLine::Kind::HunkHeader && l.hunk >= 0
        && !m_checkpoints[row / CheckpointEvery])
        m_checkpoints[row / CheckpointEvery] = Checkpoint {c.oldState, c.newState};
    const bool store = !m_done[row];
    QList<QTextLayout::FormatRange> *out = store ? &m_formats[row] : nullptr;
    const bool highlight = m_highlighter && m_highlighter->isValid();
    switch (l.kind) {
    case DiffLine::Kind::HunkHeader:
        // Hunks are fragments: each starts from a fresh state on both sides.
        c.oldState = {};
        c.newState = {};
        break;
    case DiffLine::Kind::Context:
        if (highlight) {
            c.newState = m_highlighter->highlight(l.text, c.newState, out);
            c.oldState = m_highlighter->highlight(l.text, c.oldState, nullptr);
        }
        break;
    case DiffLine::Kind::Added:
        if (highlight)
            c.newState = m_highlighter->highlight(l.text, c.newState, out);
        break;
    case DiffLine::Kind::Removed:
        if (highlight)
            c.oldState = m_highlighter->highlight(l.text, c.oldState, out);
        break;
    case DiffLine::Kind::NoNewline:
    case DiffLine::Kind::Notice:
        break;
    }
    if (store) {
        m_done[row] = 1;
        ++m_doneCount;
        if (m_waiting[row]) {
            m_waiting[row] = 0;
            markDirty(row);
        }
    }
}

void DiffModel::ensure(int row) const
{
    if (m_done.at(row))
        return;
    Cursor c = startFor(row);
    if (m_sync.pos >= c.pos && m_sync.pos <= row)
        c = m_sync;
    if (row - c.pos > SyncLimit) {
        // Too far from any known state to do inside a paint: let the background pass go there next.
        m_priority = row;
        m_waiting[row] = 1;
        scheduleBackground();
        return;
    }
    while (c.pos <= row)
        step(c);
    m_sync = c;
    scheduleBackground();
}

const QList<QTextLayout::FormatRange> &DiffModel::formats(int row) const
{
    ensure(row);
    return m_formats.at(row);
}

void DiffModel::highlightAll()
{
    m_timer.stop();
    Cursor c;
    for (int target = nextUndone(); target >= 0; target = nextUndone()) {
        const Cursor start = startFor(target);
        if (c.pos < start.pos || c.pos > target)
            c = start;
        while (c.pos <= target)
            step(c);
    }
    flushDirty();
    Q_EMIT highlightingFinished();
}

int DiffModel::nextUndone() const
{
    while (m_scan < int(m_done.size()) && m_done[m_scan])
        ++m_scan;
    return m_scan < int(m_done.size()) ? m_scan : -1;
}

void DiffModel::highlightChunk()
{
    QElapsedTimer clock;
    clock.start();
    while (clock.nsecsElapsed() < ChunkBudgetNs) {
        if (m_priority >= 0 && m_done[m_priority])
            m_priority = -1;
        const int target = m_priority >= 0 ? m_priority : nextUndone();
        if (target < 0)
            break;
        const Cursor start = startFor(target);
        if (m_bg.pos < start.pos || m_bg.pos > target)
            m_bg = start;
        for (int i = 0; i < 16 && m_bg.pos < int(m_lines.size()); ++i)
            step(m_bg);
        if (m_bg.pos >= int(m_lines.size()))
            m_bg = {};
    }
    flushDirty();
    if (isFullyHighlighted()) {
        m_timer.stop();
        Q_EMIT highlightingFinished();
    }
}

void DiffModel::markDirty(int row) const
{
    m_dirtyFrom = m_dirtyFrom < 0 ? row : std::min(m_dirtyFrom, row);
    m_dirtyTo = std::max(m_dirtyTo, row);
}

void DiffModel::flushDirty()
{
    if (m_dirtyFrom < 0)
        return;
    const QModelIndex from = index(m_dirtyFrom);
    const QModelIndex to = index(m_dirtyTo);
    m_dirtyFrom = m_dirtyTo = -1;
    Q_EMIT dataChanged(from, to, {FormatsRole, HighlightedRole});
}

void DiffModel::scheduleBackground() const
{
    if (m_background && !isFullyHighlighted() && !m_timer.isActive())
        m_timer.start();
}

int DiffModel::rowForLine(int line, bool oldSide) const
{
    if (line <= 0)
        return -1;
    for (int row = 0; row < m_lines.size(); ++row) {
        const DiffLine &l = m_lines.at(row);
        if ((oldSide ? l.oldLine : l.newLine) == line)
            return row;
    }
    return -1;
}

QString DiffModel::text(QList<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    QStringList out;
    out.reserve(rows.size());
    for (int row : std::as_const(rows)) {
        if (row >= 0 && row < m_lines.size())
            out.append(m_lines.at(row).text);
    }
    return out.join(u'\n');
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiffLine &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return l.text;
    case KindRole:
        return int(l.kind);
    case OldLineRole:
        return l.oldLine;
    case NewLineRole:
        return l.newLine;
    case HunkRole:
        return l.hunk;
    case FormatsRole:
        return QVariant::fromValue(formats(index.row()));
    case HighlightedRole:
        return bool(m_done.at(index.row()));
    default:
        return {};
    }
}

QHash<int, QByteArray> DiffModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(OldLineRole, "oldLine");
    names.insert(NewLineRole, "newLine");
    names.insert(HunkRole, "hunk");
    names.insert(FormatsRole, "formats");
    names.insert(HighlightedRole, "highlighted");
    return names;
}

} // namespace PrLens
