// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace PrLens {

/// The parts of a search string `repo:OWNER/NAME is:pr is:merged merged:A..B` the fake server understands.
struct FakeSearchQuery {
    QString owner;
    QString name;
    QDateTime from; ///< inclusive, UTC; invalid = open
    QDateTime to; ///< inclusive, UTC; invalid = open
    QString error; ///< set when the string cannot be served

    static FakeSearchQuery parse(QStringView q);
    bool matches(const QDateTime &mergedAtUtc) const;
};

} // namespace PrLens
