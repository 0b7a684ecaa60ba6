// SPDX-License-Identifier: MIT
#include "fakereply.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace PrLens {

void FakeReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first == name) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray FakeReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first == name)
            return h.second;
    }
    return {};
}

FakeReply FakeReply::json(const QJsonValue &value, int status)
{
    FakeReply r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

FakeReply FakeReply::error(int status, const QString &message, const QString &documentationUrl)
{
    return json(QJsonObject {{"message"_L1, message}, {"documentation_url"_L1, documentationUrl},
                    {"status"_L1, QString::number(status)}},
        status);
}

} // namespace PrLens
