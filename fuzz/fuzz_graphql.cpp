// SPDX-License-Identifier: MIT
// GitHub's GraphQL answers (a search page, a PR node, its files, reviews and review threads) as the parser
// reads them.
#include "fuzzinput.h"
#include "pullrequestparser.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace PrLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = Fuzz::json(data, size);
    if (doc.isArray()) {
        const QJsonArray nodes = doc.array();
        PullRequestParser::filesFromGraphQl(nodes);
        PullRequestParser::reviewsFromGraphQl(nodes);
        PullRequestParser::threadsFromGraphQl(nodes);
        return 0;
    }
    const QJsonObject o = doc.object();
    // A whole search page, or one node.
    const QJsonArray nodes = o.value(QLatin1StringView("data"))
                                 .toObject()
                                 .value(QLatin1StringView("search"))
                                 .toObject()
                                 .value(QLatin1StringView("nodes"))
                                 .toArray();
    for (const QJsonValue &n : nodes)
        PullRequestParser::fromGraphQl(n.toObject());
    if (const auto parsed = PullRequestParser::fromGraphQl(o))
        PullRequestParser::mergePatches(parsed->pr.files, parsed->pr.files);
    return 0;
}
