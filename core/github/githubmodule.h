// SPDX-License-Identifier: MIT
#pragma once

#include "githubsupport.h"

namespace PrLens::GitHubModule {

/// The GitHub code's side of GitHubSupport: GitHubSource and TokenValidator behind its functions. The module
/// prlens-github.so hands it out as `prlens_github_support`; prlens_github_linked provides it at start-up.
const GitHubSupport::Api *api();

} // namespace PrLens::GitHubModule
