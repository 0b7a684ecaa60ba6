// SPDX-License-Identifier: MIT
#pragma once

#include "pullrequest.h"

#include <QList>
#include <QString>

namespace PrLens {

/// Reads a dataset's pulls.json (an array of GitHub REST pull objects with "files").
/// The shared datasets and the fake server use this shape.
struct DatasetReader {
    /// Reads and parses the file; on failure returns false and sets *error to a one-line reason.
    static bool read(const QString &path, QList<PullRequest> *out, QString *error);
    /// Parses the bytes of a pulls.json.
    static bool parse(const QByteArray &json, QList<PullRequest> *out, QString *error);
};

} // namespace PrLens
