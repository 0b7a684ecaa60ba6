// SPDX-License-Identifier: MIT
// A REST `pulls/{n}/files` page, merged into the files GraphQL listed.
#include "fuzzinput.h"
#include "pullrequestparser.h"

#include <QJsonArray>

using namespace PrLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = Fuzz::json(data, size);
    const QList<FileChange> rest = PullRequestParser::filesFromRest(doc.array());
    QList<FileChange> known = rest.mid(0, rest.size() / 2);
    for (FileChange &f : known)
        f.patch.clear();
    PullRequestParser::mergePatches(known, rest);
    return 0;
}
