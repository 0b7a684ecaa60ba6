// SPDX-License-Identifier: MIT
#include "unifieddiff.h"

#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

/// A line as "kind old new hunk text" for comparing whole patches.
QString describe(const UnifiedDiffLine &l)
{
    static const char16_t *const kinds[] = {u"ctx", u"add", u"del", u"hunk", u"nonl", u"note"};
    return u"%1 %2 %3 %4 %5"_s.arg(QString::fromUtf16(kinds[int(l.kind)]))
        .arg(l.oldLine)
        .arg(l.newLine)
        .arg(l.hunk)
        .arg(l.text.toString());
}

QStringList readAll(const QString &patch)
{
    QStringList out;
    UnifiedDiffReader reader(patch);
    UnifiedDiffLine line;
    while (reader.next(&line))
        out.append(describe(line));
    return out;
}

} // namespace

class TestUnifiedDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QStringList>("lines");
        QTest::addRow("empty") << QString() << QStringList();
        QTest::addRow("one hunk numbered on both sides")
            << u"@@ -3,2 +3,3 @@ f()\n a\n-b\n+c\n+d\n"_s
            << QStringList {u"hunk 0 0 0 @@ -3,2 +3,3 @@ f()"_s, u"ctx 3 3 0 a"_s, u"del 4 0 0 b"_s, u"add 0 4 0 c"_s,
                   u"add 0 5 0 d"_s};
        QTest::addRow("second hunk restarts the numbers")
            << u"@@ -1 +1 @@\n-x\n+y\n@@ -10,1 +10,1 @@\n z"_s
            << QStringList {u"hunk 0 0 0 @@ -1 +1 @@"_s, u"del 1 0 0 x"_s, u"add 0 1 0 y"_s,
                   u"hunk 0 0 1 @@ -10,1 +10,1 @@"_s, u"ctx 10 10 1 z"_s};
        QTest::addRow("no newline marker, CRLF and a stripped context space")
            << u"@@ -1,2 +1,2 @@\r\n+a\r\n\\ No newline at end of file\r\n\r\n"_s
            << QStringList {u"hunk 0 0 0 @@ -1,2 +1,2 @@"_s, u"add 0 1 0 a"_s,
                   u"nonl 0 0 0 No newline at end of file"_s, u"ctx 1 2 0 "_s};
        QTest::addRow("text before the first hunk belongs to no side")
            << u"diff --git a/x b/x\n@@ -1 +1 @@\n+x"_s
            << QStringList {u"note 0 0 -1 diff --git a/x b/x"_s, u"hunk 0 0 0 @@ -1 +1 @@"_s, u"add 0 1 0 x"_s};
        QTest::addRow("only a newline") << u"\n"_s << QStringList {u"note 0 0 -1 "_s};
    }
    void lines()
    {
        QFETCH(QString, patch);
        QFETCH(QStringList, lines);
        QCOMPARE(readAll(patch), lines);
    }

    void hunkHeader_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("oldStart");
        QTest::addColumn<int>("newStart");
        QTest::addRow("with counts") << u"@@ -12,5 +14,6 @@ class X"_s << true << 12 << 14;
        QTest::addRow("without counts") << u"@@ -1 +2 @@"_s << true << 1 << 2;
        QTest::addRow("not a header") << u"@@ something"_s << false << 0 << 0;
    }
    void hunkHeader()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, oldStart);
        QFETCH(int, newStart);
        int o = 0;
        int n = 0;
        QCOMPARE(UnifiedDiffReader::parseHunkHeader(text, &o, &n), valid);
        if (valid) {
            QCOMPARE(o, oldStart);
            QCOMPARE(n, newStart);
        }
    }
};

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
