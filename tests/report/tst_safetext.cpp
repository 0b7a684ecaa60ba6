// SPDX-License-Identifier: MIT
// Text from outside loses what a terminal or a viewer would act on, and keeps everything it would show.
#include "safetext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

class TestSafeText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stripControls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<QString>("joined");
        QTest::addRow("plain and CJK") << u"修复 fix #12"_s << u"修复 fix #12"_s << u"修复 fix #12"_s;
        QTest::addRow("line breaks and tabs") << u"a\nb\tc\r\nd"_s << u"a\nb\tc\nd"_s << u"a b c d"_s;
        QTest::addRow("carriage return alone") << u"safe\rEVIL"_s << u"safeEVIL"_s << u"safe EVIL"_s;
        QTest::addRow("colour (CSI)") << u"\x1b[31mred\x1b[0m"_s << u"red"_s << u"red"_s;
        QTest::addRow("clear screen") << u"a\x1b[2J\x1b[Hb"_s << u"ab"_s << u"ab"_s;
        QTest::addRow("title (OSC, BEL)") << u"a\x1b]0;pwned\u0007b"_s << u"ab"_s << u"ab"_s;
        QTest::addRow("hyperlink (OSC, ST)")
            << u"\x1b]8;;http://evil/\x1b\\link\x1b]8;;\x1b\\"_s << u"link"_s << u"link"_s;
        QTest::addRow("device control (DCS)") << u"a\x1bPq#0;2;0;0;0\x1b\\b"_s << u"ab"_s << u"ab"_s;
        QTest::addRow("two-byte escape") << u"a\x1b"
                                            "cb"_s
                                         << u"ab"_s << u"ab"_s;
        QTest::addRow("unterminated OSC") << u"a\x1b]0;rest"_s << u"a"_s << u"a"_s;
        QTest::addRow("ESC at the end") << u"a\x1b"_s << u"a"_s << u"a"_s;
        QTest::addRow("8-bit CSI") << u"a\u009b31mb"_s << u"ab"_s << u"ab"_s;
        QTest::addRow("8-bit OSC") << u"a\u009d0;t\u009cb"_s << u"ab"_s << u"ab"_s;
        QTest::addRow("other C0, DEL, C1") << u"a\x01\u0007\x08\x7f\u0085b"_s << u"ab"_s << u"ab"_s;
        QTest::addRow("NUL") << QString(u"a\0b"_s) << u"ab"_s << u"ab"_s;
        QTest::addRow("bidi override") << u"invoice\u202Egnp.exe"_s << u"invoicegnp.exe"_s << u"invoicegnp.exe"_s;
        QTest::addRow("bidi embeddings and isolates")
            << u"\u202A\u202B\u202C\u202Dx\u2066\u2067\u2068\u2069"_s << u"x"_s << u"x"_s;
        QTest::addRow("marks stay") << u"a\u200Eb\u200Fc"_s << u"a\u200Eb\u200Fc"_s << u"a\u200Eb\u200Fc"_s;
    }
    void stripControls()
    {
        QFETCH(QString, text);
        QFETCH(QString, kept);
        QFETCH(QString, joined);
        QCOMPARE(SafeText::stripControls(text), kept);
        QCOMPARE(SafeText::stripControls(text, SafeText::Lines::Join), joined);
    }
};

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
