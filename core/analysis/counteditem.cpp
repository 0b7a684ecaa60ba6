// SPDX-License-Identifier: MIT
#include "counteditem.h"

#include <algorithm>

namespace PrLens {

void sortByCount(QList<CountedItem> &items)
{
    for (CountedItem &i : items) {
        std::sort(i.prs.begin(), i.prs.end());
        i.prs.erase(std::unique(i.prs.begin(), i.prs.end()), i.prs.end());
    }
    std::stable_sort(items.begin(), items.end(), [](const CountedItem &a, const CountedItem &b) {
        if (a.count() != b.count())
            return a.count() > b.count();
        return a.key < b.key;
    });
}

} // namespace PrLens
