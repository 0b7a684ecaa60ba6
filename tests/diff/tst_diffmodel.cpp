// SPDX-License-Identifier: MIT
#include "diffmodel.h"
#include "pullrequest.h"
#include "syntax.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {
const QString twoHunks = u"@@ -1,3 +1,4 @@\n"
                         " #include <vector>\n"
                         "-int a = 1;\n"
                         "+int a = 2;\n"
                         "+int b = 3;\n"
                         " // end\n"
                         "@@ -20,2 +21,2 @@ int main()\n"
                         "-  return 0;\n"
                         "+  return 1;\n"
                         " }\n"
                         "\\ No newline at end of file\n"_s;

// A long C++ file whose block comments and strings cross checkpoint boundaries, in several hunks.
QString bigPatch(int lines, int hunkEvery)
{
    QString out;
    int oldLine = 1;
    int newLine = 1;
    for (int i = 0; i < lines; ++i) {
        if (i % hunkEvery == 0) {
            out += u"@@ -%1,%2 +%3,%2 @@ void f%4()\n"_s.arg(oldLine).arg(hunkEvery).arg(newLine).arg(i);
        }
        switch (i % 7) {
        case 0:
            out += u"+/* comment that spans\n"_s;
            ++newLine;
            break;
        case 1:
            out += u"+   lines %1 */ int x%1 = %1;\n"_s.arg(i);
            ++newLine;
            break;
        case 2:
            out += u"-const char *s = \"text\";\n"_s;
            ++oldLine;
            break;
        case 3:
            out += u" for (int k = 0; k < 10; ++k) { call(k); }\n"_s;
            ++oldLine;
            ++newLine;
            break;
        case 4:
            out += u"+#define MACRO(x) ((x) * 2)\n"_s;
            ++newLine;
            break;
        case 5:
            out += u"-// removed comment\n"_s;
            ++oldLine;
            break;
        default:
            out += u" return std::string(\"%1\");\n"_s.arg(i);
            ++oldLine;
            ++newLine;
            break;
        }
    }
    return out;
}

bool hasColour(const QList<QTextLayout::FormatRange> &formats)
{
    for (const auto &f : formats) {
        if (f.format.hasProperty(QTextFormat::ForegroundBrush) || f.format.fontWeight() == QFont::Bold)
            return true;
    }
    return false;
}
} // namespace

class TestDiffModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesModelTester()
    {
        DiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(m_repo.get());
        model.setPatch(u"a.cpp"_s, twoHunks);
        model.setPatch(u"b.py"_s, u"@@ -1 +1 @@\n-x = 1\n+x = 2\n"_s);
        model.clear();
    }

    void lineNumbers_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("oldLine");
        QTest::addColumn<int>("newLine");
        QTest::addColumn<QString>("text");
        QTest::addRow("first hunk header") << 0 << int(DiffLine::Kind::HunkHeader) << 0 << 0 << u"@@ -1,3 +1,4 @@"_s;
        QTest::addRow("leading context") << 1 << int(DiffLine::Kind::Context) << 1 << 1 << u"#include <vector>"_s;
        QTest::addRow("removed") << 2 << int(DiffLine::Kind::Removed) << 2 << 0 << u"int a = 1;"_s;
        QTest::addRow("added") << 3 << int(DiffLine::Kind::Added) << 0 << 2 << u"int a = 2;"_s;
        QTest::addRow("second added") << 4 << int(DiffLine::Kind::Added) << 0 << 3 << u"int b = 3;"_s;
        QTest::addRow("context after changes") << 5 << int(DiffLine::Kind::Context) << 3 << 4 << u"// end"_s;
        QTest::addRow("second hunk header")
            << 6 << int(DiffLine::Kind::HunkHeader) << 0 << 0 << u"@@ -20,2 +21,2 @@ int main()"_s;
        QTest::addRow("removed in second hunk") << 7 << int(DiffLine::Kind::Removed) << 20 << 0 << u"  return 0;"_s;
        QTest::addRow("added in second hunk") << 8 << int(DiffLine::Kind::Added) << 0 << 21 << u"  return 1;"_s;
        QTest::addRow("closing context") << 9 << int(DiffLine::Kind::Context) << 21 << 22 << u"}"_s;
        QTest::addRow("no newline marker")
            << 10 << int(DiffLine::Kind::NoNewline) << 0 << 0 << u"No newline at end of file"_s;
    }
    void lineNumbers()
    {
        QFETCH(int, row);
        QFETCH(int, kind);
        QFETCH(int, oldLine);
        QFETCH(int, newLine);
        QFETCH(QString, text);
        DiffModel model;
        model.setPatch(u"a.cpp"_s, twoHunks);
        QCOMPARE(model.rowCount(), 11);
        const QModelIndex i = model.index(row);
        QCOMPARE(i.data(DiffModel::KindRole).toInt(), kind);
        QCOMPARE(i.data(DiffModel::OldLineRole).toInt(), oldLine);
        QCOMPARE(i.data(DiffModel::NewLineRole).toInt(), newLine);
        QCOMPARE(i.data(Qt::DisplayRole).toString(), text);
        QCOMPARE(model.maxLineNumber(), 22);
    }

    void definitionPerLanguage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("definition");
        QTest::addColumn<bool>("coloured");
        QTest::addRow("C++") << u"src/engine/core.cpp"_s << twoHunks << u"C++"_s << true;
        QTest::addRow("Python") << u"vllm/config.py"_s
                                << u"@@ -1,2 +1,3 @@\n import os\n-def f():\n+def f(x):\n+    return \"s\"\n"_s
                                << u"Python"_s << true;
        QTest::addRow("unknown language") << u"notes.unknownext"_s << u"@@ -1 +1 @@\n-a\n+b\n"_s << u"None"_s << false;
    }
    void definitionPerLanguage()
    {
        QFETCH(QString, path);
        QFETCH(QString, patch);
        QFETCH(QString, definition);
        QFETCH(bool, coloured);
        DiffModel model;
        model.setRepository(m_repo.get());
        model.setTheme(m_repo->lightTheme());
        model.setPatch(path, patch);
        QCOMPARE(model.definitionName(), definition);
        bool anyColour = false;
        for (int row = 0; row < model.rowCount(); ++row)
            anyColour = anyColour
                || hasColour(model.index(row).data(DiffModel::FormatsRole).value<QList<QTextLayout::FormatRange>>());
        QCOMPARE(anyColour, coloured);
    }

    void notices_data()
    {
        QTest::addColumn<bool>("binary");
        QTest::addColumn<bool>("hasPatch");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QStringList>("texts");
        QTest::addRow("binary") << true << false << false << QString() << QStringList {u"Binary file — no diff"_s};
        QTest::addRow("absent patch") << false << false << false << QString()
                                      << QStringList {u"Diff not available: too large or not loaded"_s};
        QTest::addRow("rename only") << false << true << false << QString()
                                     << QStringList {u"No changed lines (renamed, copied or mode change only)"_s};
        QTest::addRow("truncated") << false << true << true << u"@@ -1 +1 @@\n-a\n+b"_s
                                   << QStringList {u"@@ -1 +1 @@"_s, u"a"_s, u"b"_s,
                                          u"Diff truncated by the source — open the file on GitHub to see the rest"_s};
    }
    void notices()
    {
        QFETCH(bool, binary);
        QFETCH(bool, hasPatch);
        QFETCH(bool, truncated);
        QFETCH(QString, patch);
        QFETCH(QStringList, texts);
        FileChange f;
        f.path = u"img/logo.png"_s;
        f.binary = binary;
        f.hasPatch = hasPatch;
        f.patchTruncated = truncated;
        f.patch = patch;
        DiffModel model;
        model.setRepository(m_repo.get());
        model.setFile(f);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row).data().toString());
        QCOMPARE(shown, texts);
        QCOMPARE(model.index(model.rowCount() - 1).data(DiffModel::KindRole).toInt(),
            int(binary || !hasPatch || truncated || patch.isEmpty() ? DiffLine::Kind::Notice : DiffLine::Kind::Added));
    }

    void lazyMatchesFullHighlight_data()
    {
        QTest::addColumn<int>("hunkEvery");
        QTest::addRow("one big hunk") << 5000;
        QTest::addRow("many small hunks") << 37;
        QTest::addRow("hunks across checkpoints") << 130;
    }
    void lazyMatchesFullHighlight()
    {
        QFETCH(int, hunkEvery);
        const QString patch = bigPatch(3000, hunkEvery);
        DiffModel full;
        full.setBackgroundHighlighting(false);
        full.setRepository(m_repo.get());
        full.setPatch(u"big.cpp"_s, patch);
        full.highlightAll();
        QVERIFY(full.isFullyHighlighted());

        // Ask rows out of order, as scrolling would; far rows wait for the background pass.
        DiffModel lazy;
        lazy.setRepository(m_repo.get());
        lazy.setPatch(u"big.cpp"_s, patch);
        for (int row : {2500, 40, 1200, 2999, 0, 700})
            lazy.formats(row);
        QSignalSpy finished(&lazy, &DiffModel::highlightingFinished);
        QVERIFY(lazy.isFullyHighlighted() || finished.wait(20000));
        QCOMPARE(lazy.rowCount(), full.rowCount());
        int coloured = 0;
        for (int row = 0; row < full.rowCount(); ++row) {
            const auto &a = lazy.formats(row);
            const auto &b = full.formats(row);
            QVERIFY2(a.size() == b.size(), qPrintable(u"row %1"_s.arg(row)));
            for (int k = 0; k < a.size(); ++k) {
                QCOMPARE(a[k].start, b[k].start);
                QCOMPARE(a[k].length, b[k].length);
                QCOMPARE(a[k].format, b[k].format);
            }
            coloured += hasColour(a) ? 1 : 0;
        }
        QVERIFY(coloured > full.rowCount() / 2);
    }

    void firstRowsBeforeFullHighlight()
    {
        const QString patch = bigPatch(20000, 20000);
        DiffModel model;
        model.setRepository(m_repo.get());
        QSignalSpy finished(&model, &DiffModel::highlightingFinished);
        model.setPatch(u"huge.cpp"_s, patch);
        QCOMPARE(model.rowCount(), 20001);
        // The first screen is there, highlighted, while almost all of the file is not yet.
        for (int row = 0; row < 60; ++row) {
            QVERIFY(!model.index(row).data(Qt::DisplayRole).toString().isNull() || row == 0);
            model.formats(row);
            QVERIFY(model.index(row).data(DiffModel::HighlightedRole).toBool());
        }
        QVERIFY(hasColour(model.formats(1)));
        QVERIFY(model.highlightedRows() < model.rowCount() / 4);
        QCOMPARE(finished.count(), 0);
        // A far row is not highlighted inside the call that asks for it …
        QVERIFY(model.formats(19000).isEmpty());
        QVERIFY(!model.index(19000).data(DiffModel::HighlightedRole).toBool());
        // … but the background pass gets there, and says so for that row only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(finished.wait(60000));
        auto announced = [&](int row) {
            for (const QList<QVariant> &args : std::as_const(changed)) {
                if (args.at(0).toModelIndex().row() <= row && row <= args.at(1).toModelIndex().row())
                    return true;
            }
            return false;
        };
        QVERIFY(announced(19000));
        QVERIFY(!announced(10000)); // never shown, so no view needs a repaint
        QVERIFY(model.isFullyHighlighted());
        QVERIFY(hasColour(model.formats(19000)) || hasColour(model.formats(19001)) || hasColour(model.formats(19003)));
    }

    void themeChangeRehighlights()
    {
        DiffModel model;
        model.setBackgroundHighlighting(false);
        model.setRepository(m_repo.get());
        model.setTheme(m_repo->lightTheme());
        model.setPatch(u"a.cpp"_s, twoHunks);
        const auto light = model.formats(1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTheme(m_repo->darkTheme());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!model.index(1).data(DiffModel::HighlightedRole).toBool());
        const auto dark = model.formats(1);
        QVERIFY(!light.isEmpty());
        QCOMPARE(dark.size(), light.size());
        QVERIFY(dark.first().format.foreground() != light.first().format.foreground());
    }

    void untrustedTextStaysLiteral()
    {
        DiffModel model;
        model.setRepository(m_repo.get());
        model.setPatch(u"page.html"_s, u"@@ -0,0 +1 @@\n+<img src=http://example.com/x.png><b>bold</b>\n"_s);
        QCOMPARE(model.index(1).data().toString(), u"<img src=http://example.com/x.png><b>bold</b>"_s);
        QCOMPARE(model.definitionName(), u"HTML"_s);
    }

private:
    std::unique_ptr<SyntaxRepository> m_repo = SyntaxRepository::create();
};

QTEST_MAIN(TestDiffModel)
#include "tst_diffmodel.moc"
