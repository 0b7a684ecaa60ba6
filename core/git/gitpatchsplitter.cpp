// SPDX-License-Identifier: MIT
#include "gitpatchsplitter.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace PrLens::GitPatchSplitter {

namespace {

// Reads one path at the start of @p text (quoted or not, up to @p stopAtSpace); advances @p consumed.
QByteArray takeQuoted(QByteArrayView text, qsizetype *consumed)
{
    QByteArray out;
    qsizetype i = 1; // past the opening quote
    while (i < text.size() && text.at(i) != '"') {
        char c = text.at(i);
        if (c == '\\' && i + 1 < text.size()) {
            const char e = text.at(++i);
            switch (e) {
            case 'a':
                c = '\a';
                break;
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            case 'n':
                c = '\n';
                break;
            case 'r':
                c = '\r';
                break;
            case 't':
                c = '\t';
                break;
            case 'v':
                c = '\v';
                break;
            default:
                if (e >= '0' && e <= '7') {
                    int value = 0;
                    int digits = 0;
                    while (digits < 3 && i < text.size() && text.at(i) >= '0' && text.at(i) <= '7') {
                        value = value * 8 + (text.at(i) - '0');
                        ++i;
                        ++digits;
                    }
                    --i;
                    c = char(value);
                } else {
                    c = e; // \" and \\ .
                }
            }
        }
        out.append(c);
        ++i;
    }
    *consumed = i + 1;
    return out;
}

QString stripPrefix(const QString &path, QStringView prefix)
{
    return path.startsWith(prefix) ? path.sliced(prefix.size()) : path;
}

// "--- a/x", "+++ b/x" (a trailing tab follows names with spaces); /dev/null means no file on that side.
QString pathOfMarkerLine(QByteArrayView rest, QStringView prefix, bool *isNull)
{
    QByteArrayView t = rest;
    if (t.endsWith('\t'))
        t.chop(1);
    *isNull = t == "/dev/null";
    if (*isNull)
        return {};
    return stripPrefix(unquotePath(t), prefix);
}

void parseHeaderPaths(QByteArrayView rest, GitFilePatch &p)
{
    if (rest.startsWith('"')) {
        qsizetype used = 0;
        const QByteArray first = takeQuoted(rest, &used);
        QByteArrayView second = rest.sliced(std::min(used + 1, rest.size()));
        p.oldPath = stripPrefix(QString::fromUtf8(first), u"a/");
        p.newPath = stripPrefix(unquotePath(second), u"b/");
        return;
    }
    // Unquoted "a/P b/P" when both sides are the same path (paths may contain spaces).
    if (rest.size() >= 5 && (rest.size() - 5) % 2 == 0) {
        const qsizetype n = (rest.size() - 5) / 2;
        const QByteArrayView a = rest.sliced(2, n);
        if (rest.startsWith("a/") && rest.sliced(2 + n, 3) == " b/" && rest.sliced(5 + n) == a) {
            p.oldPath = p.newPath = QString::fromUtf8(a);
            return;
        }
    }
    const qsizetype split = rest.indexOf(" b/");
    if (split > 0) {
        p.oldPath = stripPrefix(QString::fromUtf8(rest.first(split)), u"a/");
        p.newPath = stripPrefix(unquotePath(rest.sliced(split + 1)), u"b/");
    }
}

} // namespace

QStringList diffArguments(const QString &firstParent, const QString &commit)
{
    const QStringList common = {u"--no-color"_s, u"--no-ext-diff"_s, u"--no-textconv"_s, u"--no-relative"_s, u"-U3"_s,
        u"-M"_s, u"--src-prefix=a/"_s, u"--dst-prefix=b/"_s};
    if (firstParent.isEmpty())
        return QStringList {u"-c"_s, u"core.quotePath=false"_s, u"diff-tree"_s, u"-p"_s, u"-r"_s, u"--root"_s,
                   u"--no-commit-id"_s}
        + common + QStringList {u"--end-of-options"_s, commit, u"--"_s};
    return QStringList {u"-c"_s, u"core.quotePath=false"_s, u"diff"_s} + common
        + QStringList {u"--end-of-options"_s, firstParent, commit, u"--"_s};
}

QStringList showArguments(const QString &commit)
{
    return {u"-c"_s, u"core.quotePath=false"_s, u"show"_s, u"--format="_s, u"-p"_s, u"--diff-merges=first-parent"_s,
        u"--no-color"_s, u"--no-ext-diff"_s, u"--no-textconv"_s, u"--no-relative"_s, u"--no-show-signature"_s, u"-U3"_s,
        u"-M"_s, u"--src-prefix=a/"_s, u"--dst-prefix=b/"_s, u"--end-of-options"_s, commit, u"--"_s};
}

QString unquotePath(QByteArrayView text)
{
    if (!text.startsWith('"'))
        return QString::fromUtf8(text);
    qsizetype used = 0;
    return QString::fromUtf8(takeQuoted(text, &used));
}

QList<GitFilePatch> split(const QByteArray &diff, int maxLines, qsizetype maxBytes)
{
    QList<GitFilePatch> patches;
    GitFilePatch *current = nullptr;
    bool inHunks = false;
    // The kept part of a file's patch is one run of lines of @p diff: decoded once, when the file ends.
    qsizetype patchStart = -1;
    qsizetype patchEnd = -1;
    const auto flush = [&] {
        if (current && patchStart >= 0)
            current->patch = QString::fromUtf8(QByteArrayView(diff.constData() + patchStart, patchEnd - patchStart));
        patchStart = patchEnd = -1;
        inHunks = false;
    };
    qsizetype pos = 0;
    while (pos < diff.size()) {
        qsizetype nl = diff.indexOf('\n', pos);
        if (nl < 0)
            nl = diff.size();
        const QByteArrayView line(diff.constData() + pos, nl - pos);
        const qsizetype lineStart = pos;
        pos = nl + 1;
        if (line.startsWith("diff --git ")) {
            flush();
            patches.append(GitFilePatch());
            current = &patches.last();
            parseHeaderPaths(line.sliced(11), *current);
            continue;
        }
        if (!current)
            continue;
        if (inHunks) {
            ++current->totalLines;
            if (line.startsWith('+'))
                ++current->additions;
            else if (line.startsWith('-'))
                ++current->deletions;
            if (current->truncated)
                continue;
            if (current->totalLines > maxLines || nl + 1 - patchStart > maxBytes) {
                current->truncated = true;
                continue;
            }
            patchEnd = nl;
            continue;
        }
        if (line.startsWith("@@")) {
            inHunks = true;
            current->totalLines = 1;
            patchStart = lineStart;
            patchEnd = nl;
        } else if (line.startsWith("rename from ") || line.startsWith("copy from ")) {
            current->oldPath = unquotePath(line.sliced(line.indexOf(" from ") + 6));
        } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
            current->newPath = unquotePath(line.sliced(line.indexOf(" to ") + 4));
        } else if (line.startsWith("--- ")) {
            bool isNull = false;
            const QString path = pathOfMarkerLine(line.sliced(4), u"a/", &isNull);
            current->oldPath = isNull ? QString() : path;
        } else if (line.startsWith("+++ ")) {
            bool isNull = false;
            const QString path = pathOfMarkerLine(line.sliced(4), u"b/", &isNull);
            current->newPath = isNull ? QString() : path;
        } else if (line.startsWith("new file mode")) {
            current->oldPath.clear();
        } else if (line.startsWith("deleted file mode")) {
            current->newPath.clear();
        } else if (line.startsWith("Binary files ") || line == "GIT binary patch") {
            current->binary = true;
        }
    }
    flush();
    return patches;
}

QList<FileChange> apply(QList<FileChange> files, const QList<GitFilePatch> &patches, bool takeCounts)
{
    QHash<QString, qsizetype> byPath;
    for (qsizetype i = 0; i < files.size(); ++i)
        byPath.insert(files.at(i).path, i);
    for (const GitFilePatch &p : patches) {
        const QString key = p.newPath.isEmpty() ? p.oldPath : p.newPath;
        qsizetype index = byPath.value(key, -1);
        if (index < 0) {
            FileChange f;
            f.path = key;
            if (p.oldPath.isEmpty())
                f.status = FileChange::Status::Added;
            else if (p.newPath.isEmpty())
                f.status = FileChange::Status::Removed;
            else if (p.oldPath != p.newPath) {
                f.status = FileChange::Status::Renamed;
                f.previousPath = p.oldPath;
            }
            index = files.size();
            byPath.insert(key, index);
            files.append(f);
        }
        FileChange &f = files[index];
        f.binary = f.binary || p.binary;
        f.patch = p.patch;
        f.hasPatch = !p.patch.isEmpty();
        f.patchTruncated = p.truncated;
        if (takeCounts) {
            f.additions = p.additions;
            f.deletions = p.deletions;
        }
    }
    return files;
}

} // namespace PrLens::GitPatchSplitter
