// SPDX-License-Identifier: MIT
// The entry point of prlens-github.so (see GitHubSupport).
#include "githubmodule.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT const PrLens::GitHubSupport::Api *prlens_github_support()
{
    return PrLens::GitHubModule::api();
}
