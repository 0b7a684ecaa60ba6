// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace PrLens {

/// Maps raw tags ("BugFix", "bug-fix", "fix") to one key ("bugfix") and a display form ("Bugfix").
///
/// Keys are lower-case with single spaces. Built-in synonyms cover the usual spellings; a repository may add
/// its own with JSON: {"synonyms": {"bug": "bugfix"}, "display": {"bugfix": "Bug fix"}, "ignore": ["wip"]}.
class TagNormalizer {
public:
    TagNormalizer(); ///< with the built-in synonyms

    /// The normalised key, or an empty string when the raw tag is not a tag (empty, "2/n" part markers, ignored).
    QString normalize(QStringView raw) const;
    /// The display form of a key: configured, else built-in, else the key as written most often (see
    /// TagDistribution), else the key itself.
    QString display(const QString &key) const;
    bool hasDisplay(const QString &key) const { return m_display.contains(key); }

    void addSynonym(const QString &raw, const QString &key);
    void setDisplay(const QString &key, const QString &display);
    void ignore(const QString &raw);

    /// Applies a per-repository mapping; returns false and sets *error on malformed input (nothing applied).
    bool apply(const QJsonObject &mapping, QString *error);

    /// Lower-cases, trims and collapses white space — the raw key before synonyms.
    static QString fold(QStringView raw);

private:
    QHash<QString, QString> m_synonyms; ///< folded raw → key
    QHash<QString, QString> m_display; ///< key → display
    QHash<QString, bool> m_ignored; ///< folded raw
};

} // namespace PrLens
