// SPDX-License-Identifier: MIT
// The model's JSON reader (the cache's weeks, the PR JSON of datasets and REST answers), and that what it reads
// is written again and read back the same.
#include "fuzzinput.h"
#include "jsonwriter.h"
#include "pullrequest.h"
#include "weekdata.h"

#include <QJsonObject>

using namespace PrLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject o = Fuzz::json(data, size).object();
    const WeekData week = WeekData::fromJson(o);
    JsonWriter weekJson;
    week.writeJson(weekJson);
    WeekData::fromJson(QJsonDocument::fromJson(weekJson.bytes()).object());

    const PullRequest pr = PullRequest::fromJson(o);
    JsonWriter prJson;
    pr.writeJson(prJson);
    const PullRequest again = PullRequest::fromJson(QJsonDocument::fromJson(prJson.bytes()).object());
    if (again.number != pr.number || again.title != pr.title || again.files.size() != pr.files.size())
        Fuzz::fail("a pull request changed on its way through JSON", QString::fromUtf8(prJson.bytes()));
    PullRequest::fromRestJson(o);
    return 0;
}
