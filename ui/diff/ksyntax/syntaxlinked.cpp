// SPDX-License-Identifier: MIT
// Linked into a program (prlens_syntax_linked), the highlighting is provided at start-up rather than loaded from
// prlens-syntax.so (see SyntaxRepository).
#include "ksyntaxrepository.h"

namespace {

const bool provided = [] {
    PrLens::SyntaxRepository::provide([]() -> PrLens::SyntaxRepository * { return new PrLens::KSyntaxRepository; });
    return true;
}();

} // namespace
