// SPDX-License-Identifier: MIT
// Opening a 20,000-line diff: time to the first screen versus highlighting everything, and the longest
// event-loop stall while the rest is highlighted in the background. Prints figures; never fails on timing.
#include "diffmodel.h"
#include "diffview.h"
#include "syntax.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTimer>

#include <cstdio>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {
// A C++ file with comments, strings, templates and macros, cut into hunks like a large refactor.
QString makePatch(int lines, int hunkEvery)
{
    QString out;
    int oldLine = 1;
    int newLine = 1;
    for (int i = 0; i < lines; ++i) {
        if (i % hunkEvery == 0)
            out += u"@@ -%1,%2 +%3,%2 @@ namespace detail\n"_s.arg(oldLine).arg(hunkEvery).arg(newLine);
        switch (i % 9) {
        case 0:
            out += u"+/**\n"_s;
            ++newLine;
            break;
        case 1:
            out += u"+ * Computes the %1th value; see https://example.com/docs.\n"_s.arg(i);
            ++newLine;
            break;
        case 2:
            out += u"+ */\n"_s;
            ++newLine;
            break;
        case 3:
            out += u"+template<typename T> std::vector<T> compute%1(const T &v, int n = %1) {\n"_s.arg(i);
            ++newLine;
            break;
        case 4:
            out += u"-    auto s = std::string(\"old %1\") + std::to_string(n);\n"_s.arg(i);
            ++oldLine;
            break;
        case 5:
            out += u"+    auto s = QStringLiteral(\"new %1\").arg(n); // changed\n"_s.arg(i);
            ++newLine;
            break;
        case 6:
            out += u"     for (int k = 0; k < n; ++k) { if (v[k] > 0x7f) return {}; }\n"_s;
            ++oldLine;
            ++newLine;
            break;
        case 7:
            out += u"+#define CHECK_%1(x) do { if (!(x)) qFatal(\"failed\"); } while (0)\n"_s.arg(i);
            ++newLine;
            break;
        default:
            out += u" }\n"_s;
            ++oldLine;
            ++newLine;
            break;
        }
    }
    return out;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const std::unique_ptr<SyntaxRepository> repo = SyntaxRepository::create();
    constexpr int Lines = 20000;

    // Baseline for the stall figures: the same event loop, idle, over the same kind of span (the machine's noise).
    {
        QElapsedTimer gap;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(0);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            longest = std::max(longest, gap.nsecsElapsed());
            gap.restart();
        });
        QTimer::singleShot(500, &app, &QCoreApplication::quit);
        gap.start();
        ticker.start();
        app.exec();
        std::printf("baseline: longest stall of an idle event loop over 500 ms: %.2f ms\n", ms(longest));
    }

    for (int hunkEvery : {20000, 200}) {
        const QString patch = makePatch(Lines, hunkEvery);
        std::printf("== %d-line C++ diff, %s\n", Lines, hunkEvery >= Lines ? "one hunk" : "hunks of 200 lines");

        // Baseline: parse and highlight everything before showing anything.
        QElapsedTimer t;
        {
            DiffModel model;
            model.setBackgroundHighlighting(false);
            model.setRepository(repo.get());
            t.start();
            model.setPatch(u"big.cpp"_s, patch);
            const qint64 parsed = t.nsecsElapsed();
            model.highlightAll();
            const qint64 all = t.nsecsElapsed();
            std::printf("baseline: parse %.1f ms, highlight all rows %.1f ms (%.1f us/row)\n", ms(parsed), ms(all),
                double(all - parsed) / 1e3 / model.rowCount());
        }

        // The view: model set and the visible rows painted, offscreen.
        DiffView view;
        view.setRepository(repo.get());
        view.resize(1200, 900);
        view.show();
        t.restart();
        view.setPatch(u"big.cpp"_s, patch);
        (void)view.viewport()->grab();
        const qint64 firstScreen = t.nsecsElapsed();
        std::printf("first screen: %.1f ms (%d of %d rows highlighted at that point)\n", ms(firstScreen),
            view.diffModel()->highlightedRows(), view.diffModel()->rowCount());

        // Background pass: how long the event loop can go without a turn.
        QElapsedTimer gap;
        qint64 longest = 0;
        int turns = 0;
        QTimer ticker;
        ticker.setInterval(0);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            longest = std::max(longest, gap.nsecsElapsed());
            gap.restart();
            ++turns;
        });
        bool jumped = false;
        qint64 jumpPaint = 0;
        QObject::connect(view.diffModel(), &DiffModel::highlightingFinished, &app, &QCoreApplication::quit);
        // Halfway through, jump near the end as a reader would, and time that repaint.
        QTimer::singleShot(50, [&] {
            QElapsedTimer j;
            j.start();
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() - 100);
            (void)view.viewport()->grab();
            jumpPaint = j.nsecsElapsed();
            jumped = true;
            gap.restart(); // the jump's own repaint is reported on its own line
        });
        t.restart();
        gap.start();
        ticker.start();
        app.exec();
        ticker.stop();
        std::printf("background highlight: %.1f ms total, %d event-loop turns, longest stall %.2f ms\n",
            ms(t.nsecsElapsed()), turns, ms(longest));
        if (jumped)
            std::printf("jump to the end and repaint during the background pass: %.1f ms\n", ms(jumpPaint));
    }

    // One 500,000-character line (minified code): each repaint lays out only its shown start (see DiffDelegate).
    {
        std::printf("== repaint of a screen with one 500,000-character line\n");
        const QString huge = u"var a=1;"_s.repeated(62'500);
        auto repaint = [&](const QString &patch) {
            DiffView view;
            view.setRepository(repo.get());
            view.resize(1200, 900);
            view.show();
            view.setPatch(u"bundle.min.js"_s, patch);
            view.diffModel()->highlightAll();
            (void)view.viewport()->grab();
            constexpr int Rounds = 5;
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < Rounds; ++i)
                (void)view.viewport()->grab();
            return t.nsecsElapsed() / Rounds;
        };
        const QString context = u" var b=2;\n"_s.repeated(20);
        const qint64 normal = repaint(u"@@ -1,21 +1,21 @@\n"_s + context + u"-var a=0;\n+var a=1;\n"_s);
        std::printf("baseline: repaint with short lines only: %.2f ms\n", ms(normal));
        const qint64 longLine = repaint(u"@@ -1,21 +1,21 @@\n"_s + context + u"-var a=0;\n+"_s + huge + u"\n"_s);
        std::printf("repaint with the long line: %.2f ms\n", ms(longLine));
    }
    return 0;
}
