// SPDX-License-Identifier: MIT
#include "githubfailure.h"

using namespace Qt::StringLiterals;

namespace PrLens {

QString gitHubFailureId(const LoadError &error, int httpStatus)
{
    switch (error.kind) {
    case LoadError::Kind::Timeout:
        return u"timeout"_s;
    case LoadError::Kind::NotFound:
        return u"not-found"_s;
    case LoadError::Kind::BadResponse:
        return u"bad-response"_s;
    case LoadError::Kind::Unauthorized:
        return u"unauthorized"_s;
    case LoadError::Kind::RateLimited:
        return u"rate-limited"_s;
    default:
        return httpStatus >= 400 ? u"http-%1"_s.arg(httpStatus) : u"network"_s;
    }
}

} // namespace PrLens
