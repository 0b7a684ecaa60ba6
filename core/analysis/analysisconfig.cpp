// SPDX-License-Identifier: MIT
#include "analysisconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

bool readStrings(const QJsonValue &v, QStringList *out)
{
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return false;
    QStringList list;
    for (const QJsonValue &s : v.toArray()) {
        if (!s.isString())
            return false;
        list.append(s.toString());
    }
    *out = list;
    return true;
}

/// Whether a configured glob can match anything: PathClassifier::matches() turns it into a regular expression,
/// and a "[" without its "]" or a reversed range ("[z-a]") gives an invalid one, which matches nothing.
bool isUsableGlob(const QString &glob)
{
    if (glob.isEmpty())
        return false;
    if (glob.endsWith(u'/'))
        return true; // a folder, compared as it is
    const auto options = glob.contains(u'/') ? QRegularExpression::NonPathWildcardConversion
                                             : QRegularExpression::DefaultWildcardConversion;
    return QRegularExpression(QRegularExpression::wildcardToRegularExpression(glob, options)).isValid();
}

/// The first unusable glob of @p value (an array of strings), if any.
std::optional<QString> firstUnusableGlob(const QJsonValue &value)
{
    for (const QJsonValue &g : value.toArray())
        if (g.isString() && !isUsableGlob(g.toString()))
            return g.toString();
    return std::nullopt;
}

/// Checks every glob of a configuration before it is applied; false with *error naming the first bad one.
bool globsUsable(const QJsonObject &o, QString *error)
{
    QList<std::pair<QString, QJsonValue>> lists {
        {u"coreGlobs"_s, o.value("coreGlobs"_L1)}, {u"exclude"_s, o.value("exclude"_L1)}};
    const QJsonObject rules = o.value("rules"_L1).toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it)
        lists.append({u"rules.%1.globs"_s.arg(it.key()), it.value().toObject().value("globs"_L1)});
    for (const auto &[where, value] : std::as_const(lists)) {
        const std::optional<QString> bad = firstUnusableGlob(value);
        if (!bad)
            continue;
        if (error)
            *error = QCoreApplication::translate("PrLens::AnalysisConfig",
                "The pattern \"%1\" in \"%2\" is not a valid glob (an empty "
                "pattern, a \"[\" without \"]\" or a reversed range such as "
                "[z-a]); fix the configuration file.")
                         .arg(*bad, where);
        return false;
    }
    return true;
}

} // namespace

bool AnalysisConfig::apply(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &key) {
        if (error)
            *error = QCoreApplication::translate("PrLens::AnalysisConfig",
                "The analysis setting \"%1\" has the wrong type; fix the "
                "configuration file.")
                         .arg(key);
        return false;
    };
    if (!globsUsable(o, error))
        return false;
    AnalysisConfig next = *this; // all or nothing
    const struct {
        const char *key;
        int *target;
        int min;
    } ints[] = {{"moduleDepth", &next.moduleDepth, 1}, {"highlightCount", &next.highlightCount, 0},
        {"relatedWeeks", &next.relatedWeeks, 0}, {"coreTopFiles", &next.coreTopFiles, 0},
        {"coreMinPrs", &next.coreMinPrs, 1}, {"trendModules", &next.trendModules, 1}};
    for (const auto &i : ints) {
        const QJsonValue v = o.value(QLatin1StringView(i.key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toInt(-1) < i.min)
            return fail(QString::fromLatin1(i.key));
        *i.target = v.toInt();
    }
    if (!readStrings(o.value("coreGlobs"_L1), &next.coreGlobs))
        return fail(u"coreGlobs"_s);
    QStringList bots;
    if (!readStrings(o.value("bots"_L1), &bots))
        return fail(u"bots"_s);
    for (const QString &b : std::as_const(bots))
        if (!b.trimmed().isEmpty() && !next.bots.contains(b.trimmed(), Qt::CaseInsensitive))
            next.bots.append(b.trimmed());
    QStringList exclude;
    if (!readStrings(o.value("exclude"_L1), &exclude))
        return fail(u"exclude"_s);
    next.paths.addExclusions(exclude);
    if (o.contains("tags"_L1)) {
        if (!o.value("tags"_L1).isObject())
            return fail(u"tags"_s);
        if (!next.tags.apply(o.value("tags"_L1).toObject(), error))
            return false;
    }
    if (o.contains("rules"_L1)) {
        if (!o.value("rules"_L1).isObject())
            return fail(u"rules"_s);
        if (!next.rules.applyOverrides(o, error))
            return false;
    }
    *this = next;
    return true;
}

bool AnalysisConfig::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("PrLens::AnalysisConfig", "Cannot read the analysis settings %1: %2.")
                         .arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate(
                "PrLens::AnalysisConfig", "The analysis settings %1 are not a JSON object (%2); fix the file.")
                         .arg(path, pe.errorString());
        return false;
    }
    return apply(doc.object(), error);
}

} // namespace PrLens
