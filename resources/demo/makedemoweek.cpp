// SPDX-License-Identifier: MIT
// prlens-make-demo-week DATASET_DIR OUTPUT [MAX_PATCH_LINES]: derives the bundled demo week from a dataset's
// pulls.json (GitHub REST shape): WeekData JSON as the cache stores it, compressed with qCompress. The patches are
// kept whole (every diff rule runs on every PR, as on a real week) unless MAX_PATCH_LINES (> 0) cuts them. See
// README.md in this folder.
#include "datasetreader.h"
#include "demoweeksource.h"
#include "jsonwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace PrLens;

namespace {

void capPatch(FileChange *file, int maxLines)
{
    if (!file->hasPatch || maxLines <= 0)
        return;
    qsizetype at = 0;
    for (int line = 0; line < maxLines && at >= 0; ++line) {
        at = file->patch.indexOf(u'\n', at);
        if (at >= 0)
            ++at;
    }
    if (at > 0 && at < file->patch.size()) {
        file->patch.truncate(at - 1);
        file->patchTruncated = true;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: prlens-make-demo-week DATASET_DIR OUTPUT [MAX_PATCH_LINES]\n";
        return 2;
    }
    const int maxLines = args.size() > 3 ? args.at(3).toInt() : 0;
    QList<PullRequest> pulls;
    QString error;
    if (!DatasetReader::read(QDir(args.at(1)).filePath(u"pulls.json"_s), &pulls, &error)) {
        err << error << '\n';
        return 1;
    }
    WeekData week;
    week.repo = DemoWeekSource::repo();
    week.week = DemoWeekSource::week();
    week.zone = DemoWeekSource::zone();
    week.fetchedAt = week.range().end; // fixed, so that the file only changes with the data
    const WeekRange range = week.range();
    for (PullRequest &pr : pulls) {
        if (!range.contains(pr.mergedAt))
            continue;
        pr.reviewDataKnown = false; // reviews are not in the dataset (it comes from git)
        for (FileChange &file : pr.files)
            capPatch(&file, maxLines);
        pr.patchesLoaded = true;
        week.pulls.append(pr);
    }
    std::stable_sort(week.pulls.begin(), week.pulls.end(),
        [](const PullRequest &a, const PullRequest &b) { return a.mergedAt > b.mergedAt; });
    JsonWriter writer;
    week.writeJson(writer);
    QFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(qCompress(writer.bytes(), 9)) < 0) {
        err << "cannot write " << args.at(2) << ": " << out.errorString() << '\n';
        return 1;
    }
    err << week.pulls.size() << " pull requests, " << writer.bytes().size() << " bytes of JSON, " << out.size()
        << " compressed\n";
    return 0;
}
