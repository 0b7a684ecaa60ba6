// SPDX-License-Identifier: MIT
#include "tagextractor.h"

#include "pullrequest.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

/// Reads the leading "[A] [B]" groups; returns the index after the last one.
qsizetype readPrefixes(QStringView title, QStringList *out)
{
    qsizetype i = 0;
    qsizetype end = 0;
    const qsizetype n = title.size();
    while (true) {
        while (i < n && title.at(i).isSpace())
            ++i;
        if (i >= n || title.at(i) != u'[')
            break;
        const qsizetype close = title.indexOf(u']', i + 1);
        if (close < 0)
            break;
        const QString tag = title.mid(i + 1, close - i - 1).toString().simplified();
        if (!tag.isEmpty() && out)
            out->append(tag);
        i = close + 1;
        end = i;
    }
    return end;
}

} // namespace

QStringList TagExtractor::titlePrefixes(QStringView title)
{
    QStringList out;
    readPrefixes(title, &out);
    return out;
}

QString TagExtractor::conventionalType(QStringView title)
{
    static const QRegularExpression re(
        uR"(^\s*(feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(\([^)]*\))?!?:\s)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.matchView(title);
    return m.hasMatch() ? m.captured(1) : QString();
}

QList<TagOrigin> TagExtractor::origins(const PullRequest &pr, const TagNormalizer &normalizer)
{
    QList<TagOrigin> out;
    const auto add = [&](TagOrigin::Source source, const QString &raw) {
        const QString key = normalizer.normalize(raw);
        if (!key.isEmpty())
            out.append({source, raw, key});
    };
    for (const Label &l : pr.labels)
        add(TagOrigin::Source::Label, l.name);
    const QStringList prefixes = titlePrefixes(pr.title);
    for (const QString &p : prefixes)
        add(TagOrigin::Source::TitlePrefix, p);
    // "[Tag] feat: x" is unusual but valid; the type is read after the bracket groups too
    const QString type = conventionalType(QStringView(pr.title).mid(readPrefixes(pr.title, nullptr)));
    if (!type.isEmpty())
        add(TagOrigin::Source::ConventionalCommit, type);
    return out;
}

QStringList TagExtractor::tags(const PullRequest &pr, const TagNormalizer &normalizer)
{
    QStringList out;
    for (const TagOrigin &o : origins(pr, normalizer))
        if (!out.contains(o.key))
            out.append(o.key);
    return out;
}

} // namespace PrLens
