// SPDX-License-Identifier: MIT
#include "sizebucket.h"

#include "enumnames.h"
#include "pathclassifier.h"
#include "pullrequest.h"

using namespace Qt::StringLiterals;

namespace PrLens {

SizeBucket SizeBuckets::of(int changedLines)
{
    if (changedLines < 10)
        return SizeBucket::XS;
    if (changedLines < 30)
        return SizeBucket::S;
    if (changedLines < 100)
        return SizeBucket::M;
    if (changedLines < 500)
        return SizeBucket::L;
    if (changedLines < 1000)
        return SizeBucket::XL;
    return SizeBucket::XXL;
}

int SizeBuckets::lowerBound(SizeBucket b)
{
    switch (b) {
    case SizeBucket::XS:
        return 0;
    case SizeBucket::S:
        return 10;
    case SizeBucket::M:
        return 30;
    case SizeBucket::L:
        return 100;
    case SizeBucket::XL:
        return 500;
    case SizeBucket::XXL:
        return 1000;
    }
    return 0;
}

namespace {

constexpr EnumName<SizeBucket> kBucketNames[] = {
    {SizeBucket::XS, u"XS"},
    {SizeBucket::S, u"S"},
    {SizeBucket::M, u"M"},
    {SizeBucket::L, u"L"},
    {SizeBucket::XL, u"XL"},
    {SizeBucket::XXL, u"XXL"},
};

} // namespace

QString SizeBuckets::name(SizeBucket b)
{
    return enumName(kBucketNames, b);
}

int SizeBuckets::effectiveLines(const PullRequest &pr, const PathClassifier &paths)
{
    if (pr.files.isEmpty())
        return pr.size();
    int lines = 0;
    for (const FileChange &f : pr.files)
        if (!paths.isExcluded(f.path))
            lines += f.changes();
    return lines;
}

} // namespace PrLens
