// SPDX-License-Identifier: MIT
// The output of `git rev-list --parents` and of `git log -z --raw --numstat` as the git source reads them.
#include "fuzzinput.h"
#include "gitlogparser.h"

using namespace PrLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = Fuzz::bytes(data, size);
    GitLogParser::parseList(raw);
    GitLogParser::parse(raw);
    return 0;
}
