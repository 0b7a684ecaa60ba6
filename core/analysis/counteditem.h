// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace PrLens {

/// A number shown to the user together with the pull requests behind it (count() == prs.size()).
struct CountedItem {
    QString key; ///< tag key, file path, module, rule id …
    QString display; ///< how to show the key
    QList<int> prs; ///< PR numbers, ascending, distinct

    int count() const { return int(prs.size()); }
    friend bool operator==(const CountedItem &, const CountedItem &) = default;
};

/// Sorts by count (descending), then key (ascending) — the order every chart and report uses.
void sortByCount(QList<CountedItem> &items);

} // namespace PrLens
