// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

namespace PrLens {

/// Keeps one paginated listing (a search range, a PR's files, reviews or threads, a REST file list) from running
/// for ever against a server that always says there is another page: it stops on a cursor seen before, on more
/// pages than the listing's total count needs, and at a hard cap.
class PageGuard {
public:
    /// Pages any listing may have: 100 pages of 100 are 10,000 items, more than GitHub lists anywhere PR Lens reads.
    static constexpr int kHardCap = 100;

    /// @p pageSize items per page; @p total the count the server announced (negative = unknown).
    PageGuard(int pageSize = 100, int total = -1);
    void setTotal(int total) { m_total = total; }

    /// Call when a page says there is a next one at @p cursor (a GraphQL endCursor or a REST next URL). Empty when
    /// it may be read; otherwise why not, in English for the completeness ledger.
    QString next(const QString &cursor);
    /// Notes the first page's cursor (or URL), so that a server pointing back to it is caught too.
    void remember(const QString &cursor) { m_cursors.insert(cursor); }
    int pages() const { return m_pages; }

private:
    int m_pageSize;
    int m_total;
    int m_pages = 1; ///< the first page has been read when next() is first asked
    QSet<QString> m_cursors;
};

} // namespace PrLens
