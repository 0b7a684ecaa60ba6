// SPDX-License-Identifier: MIT
#include "tagnormalizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

struct BuiltIn {
    const char16_t *key;
    const char16_t *display;
    std::initializer_list<const char16_t *> synonyms;
};

// Spellings seen in real titles ("[BugFix]", "[Bug-fix]", "fix:") collapse to one key.
const BuiltIn kBuiltIns[] = {
    {u"bugfix", u"Bugfix",
        {u"bugfix", u"bug-fix", u"bug fix", u"bug_fix", u"bug", u"fix", u"fixes", u"hotfix", u"bigfix"}},
    {u"feature", u"Feature", {u"feature", u"features", u"feat", u"new feature"}},
    {u"docs", u"Docs", {u"docs", u"doc", u"documentation", u"document"}},
    {u"ci", u"CI", {u"ci", u"ci/cd"}},
    {u"build", u"Build", {u"build"}},
    {u"optimization", u"Optimization",
        {u"optimization", u"optimize", u"optimisation", u"opt", u"perf", u"performance"}},
    {u"refactor", u"Refactor", {u"refactor", u"refactoring"}},
    {u"test", u"Test", {u"test", u"tests", u"testing", u"unittest", u"ut"}},
    {u"chore", u"Chore", {u"chore"}},
    {u"other", u"Other", {u"other", u"others"}},
    {u"misc", u"Misc", {u"misc", u"miscellaneous"}},
    {u"style", u"Style", {u"style"}},
    {u"revert", u"Revert", {u"revert"}},
    {u"breaking", u"Breaking", {u"breaking", u"breaking change"}},
    {u"security", u"Security", {u"security"}},
    {u"deprecation", u"Deprecation", {u"deprecation", u"deprecate", u"deprecated"}},
    {u"release", u"Release", {u"release", u"releases"}},
};

} // namespace

TagNormalizer::TagNormalizer()
{
    for (const BuiltIn &b : kBuiltIns) {
        const QString key = QString::fromUtf16(b.key);
        m_display.insert(key, QString::fromUtf16(b.display));
        for (const char16_t *s : b.synonyms)
            m_synonyms.insert(QString::fromUtf16(s), key);
    }
}

QString TagNormalizer::fold(QStringView raw)
{
    return raw.toString().simplified().toLower();
}

QString TagNormalizer::normalize(QStringView raw) const
{
    const QString folded = fold(raw);
    if (folded.isEmpty() || m_ignored.contains(folded))
        return {};
    // "1/3", "2/n": parts of a series, not a topic
    static const QRegularExpression part(uR"(^\d+\s*/\s*(\d+|n)$)"_s);
    if (part.match(folded).hasMatch())
        return {};
    return m_synonyms.value(folded, folded);
}

QString TagNormalizer::display(const QString &key) const
{
    return m_display.value(key, key);
}

void TagNormalizer::addSynonym(const QString &raw, const QString &key)
{
    m_synonyms.insert(fold(raw), fold(key));
}

void TagNormalizer::setDisplay(const QString &key, const QString &display)
{
    m_display.insert(fold(key), display);
}

void TagNormalizer::ignore(const QString &raw)
{
    m_ignored.insert(fold(raw), true);
}

bool TagNormalizer::apply(const QJsonObject &mapping, QString *error)
{
    const auto fail = [error](const QString &entry) {
        if (error)
            *error = QCoreApplication::translate("TagNormalizer",
                "The tag mapping's \"%1\" entry is malformed. Fix the "
                "repository's configuration file.")
                         .arg(entry);
        return false;
    };
    const QJsonValue syn = mapping.value("synonyms"_L1);
    const QJsonValue disp = mapping.value("display"_L1);
    const QJsonValue ign = mapping.value("ignore"_L1);
    if (!syn.isUndefined() && !syn.isObject())
        return fail(u"synonyms"_s);
    if (!disp.isUndefined() && !disp.isObject())
        return fail(u"display"_s);
    if (!ign.isUndefined() && !ign.isArray())
        return fail(u"ignore"_s);
    const QJsonObject s = syn.toObject();
    for (auto it = s.begin(); it != s.end(); ++it)
        if (!it.value().isString())
            return fail(u"synonyms"_s);
    const QJsonObject d = disp.toObject();
    for (auto it = d.begin(); it != d.end(); ++it)
        if (!it.value().isString())
            return fail(u"display"_s);
    for (auto it = s.begin(); it != s.end(); ++it)
        addSynonym(it.key(), it.value().toString());
    for (auto it = d.begin(); it != d.end(); ++it)
        setDisplay(it.key(), it.value().toString());
    for (const QJsonValue &v : ign.toArray())
        ignore(v.toString());
    return true;
}

} // namespace PrLens
