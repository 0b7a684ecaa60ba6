// SPDX-License-Identifier: MIT
// The entry point of prlens-syntax.so (see SyntaxRepository).
#include "ksyntaxrepository.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT PrLens::SyntaxRepository *prlens_syntax_repository()
{
    return new PrLens::KSyntaxRepository;
}
