// SPDX-License-Identifier: MIT
#include "programmodule.h"
#include "syntax.h"

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

SyntaxRepository::Factory &linkedFactory()
{
    static SyntaxRepository::Factory factory = nullptr;
    return factory;
}

} // namespace

void SyntaxRepository::provide(Factory factory)
{
    linkedFactory() = factory;
}

std::unique_ptr<SyntaxRepository> SyntaxRepository::create(QString *error)
{
    Factory factory = linkedFactory();
    if (!factory)
        factory = reinterpret_cast<Factory>(
            ProgramModule::resolve(u"prlens-syntax.so"_s, "prlens_syntax_repository", error));
    return std::unique_ptr<SyntaxRepository>(factory ? factory() : nullptr);
}

} // namespace PrLens
