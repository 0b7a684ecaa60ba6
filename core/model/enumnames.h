// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace PrLens {

/// One row of an enum's table of language-neutral names (ids in files, settings and JSON).
template<typename Enum> struct EnumName {
    Enum value;
    QStringView name;
};

/// The name of @p value in @p table; empty when the table does not list it.
template<typename Enum, std::size_t N> QString enumName(const EnumName<Enum> (&table)[N], Enum value)
{
    for (const EnumName<Enum> &row : table)
        if (row.value == value)
            return row.name.toString();
    return {};
}

/// The value named @p name in @p table; nullopt when no row has that name.
template<typename Enum, std::size_t N>
std::optional<Enum> enumFromName(
    const EnumName<Enum> (&table)[N], QStringView name, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const EnumName<Enum> &row : table)
        if (row.name.compare(name, cs) == 0)
            return row.value;
    return std::nullopt;
}

} // namespace PrLens
