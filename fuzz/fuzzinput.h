// SPDX-License-Identifier: MIT
// Shared by the fuzz targets: the input as Qt types.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace PrLens::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The input as JSON; a null document when it is not JSON.
inline QJsonDocument json(const uint8_t *data, size_t size)
{
    return QJsonDocument::fromJson(bytes(data, size));
}

/// Stops the run with a message: libFuzzer keeps the input as a crash.
[[noreturn]] inline void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz check failed: %s\n%s\n", what, detail.toUtf8().left(4000).constData());
    std::abort();
}

} // namespace PrLens::Fuzz
