// SPDX-License-Identifier: MIT
// Unified diffs: git's per-file splitter (whole `git diff` output), the analysis's added/removed lines, and the
// diff view's line parser.
#include "diffparser.h"
#include "fuzzinput.h"
#include "gitpatchsplitter.h"
#include "patchlines.h"

using namespace PrLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = Fuzz::bytes(data, size);
    // Small limits as well, so that the cuts are reached.
    const QList<GitFilePatch> patches = GitPatchSplitter::split(raw);
    GitPatchSplitter::split(raw, 7, 300);
    GitPatchSplitter::apply({}, patches);

    const QString patch = Fuzz::text(data, size);
    const PatchLines lines = PatchLines::parse(patch);
    for (const PatchLine &l : lines.added)
        isCommentLine(l.text);
    DiffParser::parse(patch);
    return 0;
}
