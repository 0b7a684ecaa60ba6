// SPDX-License-Identifier: MIT
#include "analysisconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

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
