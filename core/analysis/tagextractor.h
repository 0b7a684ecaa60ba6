// SPDX-License-Identifier: MIT
#pragma once

#include "tagnormalizer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PrLens {

struct PullRequest;

/// Where a tag came from.
struct TagOrigin {
    enum class Source { Label, TitlePrefix, ConventionalCommit };
    Source source = Source::TitlePrefix;
    QString raw; ///< as written ("BugFix", "feat")
    QString key; ///< normalised ("bugfix", "feature")
    friend bool operator==(const TagOrigin &, const TagOrigin &) = default;
};

/// Extracts tags from a pull request: labels ∪ leading "[Prefix]" groups of the title ∪ Conventional Commit type.
struct TagExtractor {
    /// Leading bracket groups of a title, as written: "[A][B] x" and "[A] [B] x" give {"A", "B"}.
    static QStringList titlePrefixes(QStringView title);
    /// The Conventional Commit type of a title ("feat(scope)!: x" → "feat"), or empty. Only the standard
    /// types are recognised, so "Note: x" gives nothing.
    static QString conventionalType(QStringView title);
    /// Every tag with its origin, in order labels, title prefixes, Conventional Commit type (duplicates kept).
    static QList<TagOrigin> origins(const PullRequest &pr, const TagNormalizer &normalizer);
    /// The distinct normalised keys, first occurrence first.
    static QStringList tags(const PullRequest &pr, const TagNormalizer &normalizer);
};

} // namespace PrLens
