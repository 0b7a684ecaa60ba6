// SPDX-License-Identifier: MIT
#include "gitlogparser.h"

#include "gitpatchsplitter.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens::GitLogParser {

namespace {

constexpr char kRecordStart = '\x1e';
constexpr char kFieldSeparator = '\x1f';

// Reads NUL-terminated tokens of the diff part of one record.
class TokenReader {
public:
    TokenReader(const QByteArray &data, qsizetype begin, qsizetype end)
        : m_data(data)
        , m_pos(begin)
        , m_end(end)
    {
    }
    bool atEnd() const { return m_pos >= m_end; }
    /// The next token; empty past the end (a record cut short after a raw line or a rename's numstat).
    QByteArrayView next()
    {
        if (atEnd())
            return {};
        const qsizetype nul = m_data.indexOf('\0', m_pos);
        const qsizetype stop = (nul < 0 || nul > m_end) ? m_end : nul;
        const QByteArrayView token(m_data.constData() + m_pos, stop - m_pos);
        m_pos = stop + 1;
        return token;
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos;
    qsizetype m_end;
};

QString decode(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

int parseCount(QByteArrayView text, bool *binary)
{
    if (text == "-") {
        *binary = true;
        return 0;
    }
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? n : 0;
}

// Fills files from the raw (status) and numstat entries that follow a commit's header.
void parseDiffPart(const QByteArray &data, qsizetype begin, qsizetype end, GitCommit &commit)
{
    TokenReader reader(data, begin, end);
    QHash<QString, qsizetype> indexByPath;
    while (!reader.atEnd()) {
        QByteArrayView token = reader.next();
        while (token.startsWith('\n'))
            token = token.sliced(1);
        if (token.isEmpty())
            continue;
        if (token.startsWith("diff --git ")) {
            // -p: the patch follows the raw entries and runs to the record's end (patches hold no NUL). It is read
            // without --numstat (git would make every diff twice), so the +/- counts come from its hunks.
            const qsizetype start = token.constData() - data.constData();
            commit.files = GitPatchSplitter::apply(commit.files,
                GitPatchSplitter::split(QByteArray::fromRawData(data.constData() + start, end - start)), true);
            commit.patchesRead = true;
            return;
        }
        if (token.startsWith(':')) {
            // ":100644 100644 abc123 def456 R086" then path (and new path for R/C).
            const qsizetype lastSpace = token.lastIndexOf(' ');
            const char letter = lastSpace >= 0 && lastSpace + 1 < token.size() ? token.at(lastSpace + 1) : 'M';
            FileChange f;
            f.status = statusFromLetter(letter);
            const QString first = decode(reader.next());
            if (letter == 'R' || letter == 'C') {
                f.previousPath = first;
                f.path = decode(reader.next());
            } else {
                f.path = first;
            }
            indexByPath.insert(f.path, commit.files.size());
            commit.files.append(f);
            continue;
        }
        // numstat: "ADD\tDEL\tPATH" or, for renames and copies, "ADD\tDEL\t" then OLD and NEW tokens.
        const qsizetype tab1 = token.indexOf('\t');
        const qsizetype tab2 = tab1 < 0 ? -1 : token.indexOf('\t', tab1 + 1);
        if (tab2 < 0)
            continue;
        bool binary = false;
        const int additions = parseCount(token.first(tab1), &binary);
        const int deletions = parseCount(token.sliced(tab1 + 1, tab2 - tab1 - 1), &binary);
        QString path = decode(token.sliced(tab2 + 1));
        if (path.isEmpty()) {
            reader.next(); // old path
            path = decode(reader.next());
        }
        qsizetype index = indexByPath.value(path, -1);
        if (index < 0) {
            // A numstat entry without a raw line (should not happen): keep the figures anyway.
            FileChange f;
            f.path = path;
            index = commit.files.size();
            indexByPath.insert(path, index);
            commit.files.append(f);
        }
        FileChange &f = commit.files[index];
        f.additions = additions;
        f.deletions = deletions;
        f.binary = binary;
    }
}

qsizetype nextRecord(const QByteArray &output, qsizetype from)
{
    // The first 0x1e right after a NUL or a newline. Looking for "\0\x1e" and "\n\x1e" separately would scan to
    // the end of the output for the one that does not come (with -p records end in "\n"), once per record: a
    // range of thousands of commits in one run would take quadratic time.
    for (qsizetype at = output.indexOf('\x1e', from + 1); at > from; at = output.indexOf('\x1e', at + 1)) {
        const char before = output.at(at - 1);
        if (before == '\0' || before == '\n')
            return at - 1;
    }
    return -1;
}

} // namespace

QStringList listArguments(const QString &tip, qint64 since, qint64 until)
{
    return {u"rev-list"_s, u"--first-parent"_s, u"--parents"_s, u"--since=@%1"_s.arg(since),
        u"--until=@%1"_s.arg(until), u"--end-of-options"_s, tip, u"--"_s};
}

QList<ListedCommit> parseList(const QByteArray &output)
{
    QList<ListedCommit> commits;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        QByteArrayList shas = line.trimmed().split(' ');
        if (shas.first().isEmpty())
            continue;
        const QByteArray sha = shas.takeFirst();
        commits.append(ListedCommit {sha, shas});
    }
    return commits;
}

QStringList commitArguments(bool patches, const QString &outputFile)
{
    QStringList args {u"-c"_s, u"core.quotePath=false"_s, u"log"_s, u"--no-walk=unsorted"_s, u"--first-parent"_s,
        u"--diff-merges=first-parent"_s, u"-z"_s, u"-M"_s, u"--raw"_s, u"--no-color"_s, u"--no-ext-diff"_s,
        u"--no-textconv"_s, u"--no-relative"_s, u"--no-show-signature"_s, u"--no-abbrev"_s, u"--encoding=UTF-8"_s,
        u"--format=%x1e%H%x1f%P%x1f%ct%x1f%an%x1f%ae%x1f%B"_s};
    // With patches the +/- counts are taken from the hunks: --numstat would make git compute every diff again.
    if (patches)
        args << u"-p"_s << u"-U3"_s << u"--src-prefix=a/"_s << u"--dst-prefix=b/"_s;
    else
        args.insert(args.indexOf(u"--raw"_s) + 1, u"--numstat"_s);
    if (!outputFile.isEmpty())
        args << u"--output="_s + outputFile;
    // --stdin comes last: git reads the shas where it meets the option.
    args << u"--stdin"_s;
    return args;
}

QList<GitCommit> parse(const QByteArray &output)
{
    QList<GitCommit> commits;
    qsizetype pos = output.indexOf(kRecordStart);
    while (pos >= 0 && pos < output.size()) {
        // The header (format output) ends at the first NUL: messages cannot hold NUL bytes.
        const qsizetype headerEnd = output.indexOf('\0', pos);
        const qsizetype headerStop = headerEnd < 0 ? output.size() : headerEnd;
        // The next record starts right after a NUL, so a stray 0x1e in a message or path cannot split a record.
        // With -p the record's patch ends in a newline and the next record follows at once: patch lines always start
        // with a marker (" ", "+", "-", "@", "diff", …), never with 0x1e.
        const qsizetype next = headerEnd < 0 ? -1 : nextRecord(output, headerEnd);
        const qsizetype recordEnd = next < 0 ? output.size() : next;

        const QByteArrayView header(output.constData() + pos + 1, headerStop - pos - 1);
        GitCommit c;
        qsizetype field = 0;
        qsizetype start = 0;
        for (; field < 5; ++field) {
            const qsizetype sep = header.indexOf(kFieldSeparator, start);
            if (sep < 0)
                break;
            const QByteArrayView value = header.sliced(start, sep - start);
            switch (field) {
            case 0:
                c.sha = QString::fromLatin1(value);
                break;
            case 1:
                c.parents = QString::fromLatin1(value).split(u' ', Qt::SkipEmptyParts);
                break;
            case 2:
                c.committerTime = value.toLongLong();
                break;
            case 3:
                c.authorName = decode(value);
                break;
            case 4:
                c.authorEmail = decode(value);
                break;
            }
            start = sep + 1;
        }
        if (field == 5 && !c.sha.isEmpty()) {
            c.message = decode(header.sliced(start));
            if (headerEnd >= 0)
                parseDiffPart(output, headerEnd + 1, recordEnd, c);
            commits.append(c);
        }
        pos = next < 0 ? -1 : next + 1;
    }
    return commits;
}

FileChange::Status statusFromLetter(char letter)
{
    switch (letter) {
    case 'A':
        return FileChange::Status::Added;
    case 'D':
        return FileChange::Status::Removed;
    case 'R':
        return FileChange::Status::Renamed;
    case 'C':
        return FileChange::Status::Copied;
    case 'T':
        return FileChange::Status::Changed;
    default:
        return FileChange::Status::Modified;
    }
}

} // namespace PrLens::GitLogParser
