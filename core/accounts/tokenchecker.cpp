// SPDX-License-Identifier: MIT
#include "tokenchecker.h"

namespace PrLens {

TokenChecker::TokenChecker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PrLens::TokenCheck>();
}

TokenChecker::~TokenChecker() = default;

} // namespace PrLens
