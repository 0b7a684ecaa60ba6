// SPDX-License-Identifier: MIT
// A per-repository analysis configuration (--config, the saved override file), and its globs at work.
#include "analysisconfig.h"
#include "fuzzinput.h"

#include <QJsonObject>

using namespace PrLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = Fuzz::json(data, size);
    AnalysisConfig config;
    QString error;
    if (!config.apply(doc.object(), &error)) {
        if (error.isEmpty())
            Fuzz::fail("a refused configuration without a reason", Fuzz::text(data, size));
        return 0;
    }
    static const QStringList paths {QStringLiteral("src/core/engine.cpp"), QStringLiteral("docs/a.md"),
        QStringLiteral("third_party/x/y.h"), QStringLiteral("a.snap")};
    for (const QString &p : paths) {
        config.paths.isExcluded(p);
        for (const QString &g : std::as_const(config.coreGlobs))
            PathClassifier::matches(g, p);
    }
    return 0;
}
