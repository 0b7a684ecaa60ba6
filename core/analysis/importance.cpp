// SPDX-License-Identifier: MIT
#include "importance.h"

#include "pathclassifier.h"
#include "pullrequest.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace PrLens {

QString ImportanceReason::describe() const
{
    switch (factor) {
    case Factor::Size:
        return QCoreApplication::translate("PrLens::Importance", "Size %1: %n changed line(s)", nullptr, count)
            .arg(value);
    case Factor::Breadth:
        return QCoreApplication::translate("PrLens::Importance", "Touches %n module(s)", nullptr, count);
    case Factor::CorePath:
        return QCoreApplication::translate("PrLens::Importance", "Touches %n core file(s)", nullptr, count);
    case Factor::Review:
        return QCoreApplication::translate(
            "PrLens::Importance", "Active review: %n review(s) and thread comment(s)", nullptr, count);
    case Factor::Tag:
        return points < 0 ? QCoreApplication::translate("PrLens::Importance", "Only maintenance tags (%1)").arg(value)
                          : QCoreApplication::translate("PrLens::Importance", "Tagged %1").arg(value);
    }
    return {};
}

int Importance::scoreForPoints(int points)
{
    if (points <= 0)
        return 1;
    if (points == 1)
        return 2;
    if (points <= 3)
        return 3;
    if (points <= 5)
        return 4;
    return 5;
}

Importance Importance::of(const PullRequest &pr, const QStringList &tags, const PathClassifier &paths,
    const QSet<QString> &coreFiles, int moduleDepth)
{
    Importance imp;
    int points = 0;
    const auto add = [&](ImportanceReason::Factor f, int p, const QString &value, int count) {
        points += p;
        imp.reasons.append({f, p, value, count});
    };

    const int lines = SizeBuckets::effectiveLines(pr, paths);
    const SizeBucket bucket = SizeBuckets::of(lines);
    const int sizePoints = bucket >= SizeBucket::XL ? 3 : bucket == SizeBucket::L ? 2 : bucket == SizeBucket::M ? 1 : 0;
    if (sizePoints)
        add(ImportanceReason::Factor::Size, sizePoints, SizeBuckets::name(bucket), lines);

    QSet<QString> modules;
    int core = 0;
    for (const FileChange &f : pr.files) {
        if (paths.isExcluded(f.path))
            continue;
        modules.insert(PathClassifier::moduleOf(f.path, moduleDepth));
        if (coreFiles.contains(f.path))
            ++core;
    }
    const int m = int(modules.size());
    if (m >= 3)
        add(ImportanceReason::Factor::Breadth, m >= 6 ? 2 : 1, QString(), m);
    if (core)
        add(ImportanceReason::Factor::CorePath, 1, QString(), core);

    if (pr.reviewDataKnown) {
        int activity = int(pr.reviews.size());
        for (const ReviewThread &t : pr.reviewThreads)
            activity += int(t.comments.size());
        if (activity >= 5)
            add(ImportanceReason::Factor::Review, 1, QString(), activity);
    }

    static const QStringList weighty = {u"feature"_s, u"breaking"_s, u"security"_s, u"optimization"_s, u"revert"_s};
    static const QStringList maintenance = {u"docs"_s, u"ci"_s, u"test"_s, u"style"_s, u"chore"_s};
    for (const QString &t : tags) {
        if (weighty.contains(t)) {
            add(ImportanceReason::Factor::Tag, 1, t, 0);
            break;
        }
    }
    if (!tags.isEmpty()
        && std::all_of(tags.begin(), tags.end(), [](const QString &t) { return maintenance.contains(t); }))
        add(ImportanceReason::Factor::Tag, -1, tags.join(u", "_s), 0);

    imp.score = scoreForPoints(points);
    return imp;
}

} // namespace PrLens
