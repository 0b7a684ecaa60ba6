// SPDX-License-Identifier: MIT
#include "pageguard.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

PageGuard::PageGuard(int pageSize, int total)
    : m_pageSize(std::max(1, pageSize))
    , m_total(total)
{
}

QString PageGuard::next(const QString &cursor)
{
    if (m_cursors.contains(cursor))
        return u"stopped after %1 pages: the server sent the same page cursor again"_s.arg(m_pages);
    if (m_total >= 0 && qint64(m_pages) * m_pageSize >= m_total)
        return u"stopped after %1 pages: %2 items need no more, yet the server announced another page"_s.arg(m_pages)
            .arg(m_total);
    if (m_pages >= kHardCap)
        return u"stopped after %1 pages, the most PR Lens reads of one list"_s.arg(m_pages);
    m_cursors.insert(cursor);
    ++m_pages;
    return {};
}

} // namespace PrLens
