// SPDX-License-Identifier: MIT
// Linked into a program (prlens_github_linked), the GitHub code is provided at start-up rather than loaded from
// prlens-github.so (see GitHubSupport).
#include "githubmodule.h"

namespace {

const bool provided = [] {
    PrLens::GitHubSupport::provide(PrLens::GitHubModule::api());
    return true;
}();

} // namespace
