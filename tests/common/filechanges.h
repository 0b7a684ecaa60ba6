// SPDX-License-Identifier: MIT
// The one builder of a changed file for tests (analysis, cache, detail pane, …).
#pragma once

#include "pullrequest.h"

namespace PrLens::Test {

/// A changed file; it has a patch when @p patch is given (even an empty one), none when it is left out.
inline FileChange file(const QString &path, int additions = 1, int deletions = 0, const QString &patch = {})
{
    FileChange f;
    f.path = path;
    f.additions = additions;
    f.deletions = deletions;
    f.hasPatch = !patch.isNull();
    f.patch = patch;
    return f;
}

} // namespace PrLens::Test
