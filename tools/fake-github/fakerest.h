// SPDX-License-Identifier: MIT
#pragma once

#include "fakereply.h"

#include <QString>
#include <QUrlQuery>

namespace PrLens {

class FakeGitHubData;

/// Answers the REST endpoints PR Lens reads: a repository, a pull request and its files (Link pagination).
struct FakeRest {
    static constexpr int kMaxFiles = 3000;

    /// The request kind for counting: "rest.pull", "rest.files", "rest.rate_limit", "rest.user" or "other".
    static QString kindOf(QStringView path);
    /// `path` is without the /api/v3 prefix; `apiBase` is what links start with, e.g. "http://127.0.0.1:P/api/v3".
    /// `accept` selects the diff or patch media type of a pull request (`application/vnd.github.diff|patch`).
    static FakeReply answer(const FakeGitHubData &data, const QByteArray &method, QStringView path,
        const QUrlQuery &query, const QString &apiBase, const QByteArray &accept = {});
    static FakeReply notFound();
};

} // namespace PrLens
