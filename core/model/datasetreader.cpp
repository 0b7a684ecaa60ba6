// SPDX-License-Identifier: MIT
#include "datasetreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace PrLens {

bool DatasetReader::read(const QString &path, QList<PullRequest> *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("DatasetReader", "Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    return parse(f.readAll(), out, error);
}

bool DatasetReader::parse(const QByteArray &json, QList<PullRequest> *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        if (error)
            *error = QCoreApplication::translate("DatasetReader", "Not a JSON array of pull requests (%1 at byte %2).")
                         .arg(pe.errorString())
                         .arg(pe.offset);
        return false;
    }
    const QJsonArray a = doc.array();
    out->clear();
    out->reserve(a.size());
    for (const QJsonValue &v : a)
        out->append(PullRequest::fromRestJson(v.toObject()));
    return true;
}

} // namespace PrLens
