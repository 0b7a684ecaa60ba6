// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

namespace PrLens {

/// Classifies repository paths: excluded (generated, lock, vendored), test, documentation, source; and modules.
///
/// Exclusion patterns: "dir/" matches a directory component anywhere in the path; a pattern containing '/'
/// is a wildcard over the whole path ('*' crosses '/'); any other pattern is a wildcard over the file name.
class PathClassifier {
public:
    PathClassifier(); ///< with defaultExclusions()

    static QStringList defaultExclusions();
    void setExclusions(const QStringList &patterns);
    void addExclusions(const QStringList &patterns);
    QStringList exclusions() const { return m_exclusions; }

    /// The first exclusion pattern matching the path, or an empty string when the path is kept.
    /// Takes a QString: the memo is looked up without a copy of the path and keeps it shared.
    QString exclusionFor(const QString &path) const;
    bool isExcluded(const QString &path) const { return !exclusionFor(path).isEmpty(); }

    static bool isTest(QStringView path);
    static bool isDocumentation(QStringView path);
    /// Program source by extension, not a test and not documentation.
    static bool isSource(QStringView path);
    /// Examples, benchmarks, scripts and tools: code that may legitimately print.
    static bool isAuxiliary(QStringView path);
    /// A lock file (package-lock.json, Cargo.lock, go.sum, …).
    static bool isLockFile(QStringView path);

    /// The first `depth` directory components ("fastdeploy/engine"); files higher up give their directory,
    /// files at the root give "(root)".
    static QString moduleOf(QStringView path, int depth);

    /// The last component of a path ("a/b.txt" → "b.txt").
    static QStringView fileName(QStringView path);
    /// The file name's extension without the dot ("a/b.tar.gz" → "gz"); empty for none or a dot file (".bashrc").
    static QStringView extension(QStringView path);

    /// Wildcard match of a configured glob against a path (same pattern rules as exclusions).
    static bool matches(QStringView pattern, QStringView path);

private:
    void compile();
    QString matchExclusion(QStringView path) const;
    QStringList m_exclusions;
    // Compiled once per filter: most paths are kept, and one combined match rejects them fast.
    QStringList m_dirPatterns; ///< "vendor/" patterns, lower-cased without the slash
    QRegularExpression m_nameFilter; ///< any file-name pattern
    QRegularExpression m_pathFilter; ///< any whole-path pattern
    /// exclusionFor() per distinct path: a week asks about the same paths many times (hot files, rules, sizes,
    /// themes). Shared by copies (same patterns), replaced when the patterns change; thread-safe.
    struct Memo {
        QMutex mutex;
        QHash<QString, QString> exclusion;
    };
    std::shared_ptr<Memo> m_memo;
};

} // namespace PrLens
