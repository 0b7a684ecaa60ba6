// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThreadPool>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestJsonWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stringsSurviveParsing_data();
    void stringsSurviveParsing();
    void loneSurrogateBecomesReplacement();
    void controlCharactersAreEscaped();
    void terminalAndBidiControlsAreEscaped_data();
    void terminalAndBidiControlsAreEscaped();
    void valuesAndNesting();
    void indentedMatchesQtLayout();
    void passesBuiltValuesThrough();
    void parallelArrayWritesTheSameBytes_data();
    void parallelArrayWritesTheSameBytes();
};

void TestJsonWriter::stringsSurviveParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("ascii") << u"fix(core): a title"_s;
    QTest::addRow("quotes and backslashes") << u"say \"hi\" C:\\path\\"_s;
    QTest::addRow("newlines and tabs") << u"line 1\nline 2\r\n\tindented\b\f"_s;
    QTest::addRow("chinese") << u"修复：周报导出"_s;
    QTest::addRow("two-byte utf-8") << u"naïve café −3"_s;
    QTest::addRow("emoji (surrogate pair)") << u"ship it 🚀 ok"_s;
    QTest::addRow("html stays text") << u"<script>alert(1)</script> &amp;"_s;
    QTest::addRow("nul and 0x1f") << QString(u"a"_s + QChar(0) + u"b"_s + QChar(0x1f));
}

void TestJsonWriter::stringsSurviveParsing()
{
    QFETCH(QString, text);
    for (const auto style : {JsonWriter::Style::Compact, JsonWriter::Style::Indented}) {
        JsonWriter w(style);
        w.beginObject();
        w.member("text"_L1, text);
        w.key(QStringView(text)); // data as a key
        w.value(1);
        w.endObject();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(w.bytes(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
            qPrintable(error.errorString() + u' ' + QString::fromUtf8(w.bytes())));
        QCOMPARE(doc.object().value("text"_L1).toString(), text);
        QCOMPARE(doc.object().value(text).toInt(), 1);
    }
}

void TestJsonWriter::loneSurrogateBecomesReplacement()
{
    JsonWriter w;
    w.value(QString(u"a"_s + QChar(0xd800) + u"b"_s));
    QCOMPARE(w.bytes(),
        QByteArray("\"a\xef\xbf\xbd"
                   "b\""));
}

void TestJsonWriter::controlCharactersAreEscaped()
{
    JsonWriter w;
    w.value(QString(u"\n"_s + QChar(1) + u"\""_s));
    QCOMPARE(w.bytes(), QByteArray("\"\\n\\u0001\\\"\""));
}

void TestJsonWriter::terminalAndBidiControlsAreEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("escape sequence") << u"\x1b[2Jx"_s << QByteArray("\"\\u001b[2Jx\"");
    QTest::addRow("DEL") << QString(u"a"_s + QChar(0x7f)) << QByteArray("\"a\\u007f\"");
    QTest::addRow("C1 CSI") << QString(QChar(0x9b) + u"31m"_s) << QByteArray("\"\\u009b31m\"");
    QTest::addRow("C1 first and last") << u"\u0080\u009f"_s << QByteArray("\"\\u0080\\u009f\"");
    QTest::addRow("line and paragraph separators") << u"a\u2028b\u2029"_s << QByteArray("\"a\\u2028b\\u2029\"");
    QTest::addRow("bidi override") << u"\u202Egnp.exe"_s << QByteArray("\"\\u202egnp.exe\"");
    QTest::addRow("bidi embeddings") << u"\u202A\u202B\u202C\u202D"_s << QByteArray("\"\\u202a\\u202b\\u202c\\u202d\"");
    QTest::addRow("bidi isolates") << u"\u2066\u2067\u2068\u2069"_s << QByteArray("\"\\u2066\\u2067\\u2068\\u2069\"");
    QTest::addRow("bidi marks") << u"\u200E\u200F\u061C"_s << QByteArray("\"\\u200e\\u200f\\u061c\"");
    QTest::addRow("neighbours stay raw") << u"\u00a0\u2027\u2030\u2065\u206a\u200d"_s
                                         << QByteArray("\"\u00a0\u2027\u2030\u2065\u206a\u200d\"");
}

void TestJsonWriter::terminalAndBidiControlsAreEscaped()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, json);
    JsonWriter w;
    w.value(text);
    QCOMPARE(w.bytes(), json);
    // Still the same text once parsed.
    QCOMPARE(QJsonDocument::fromJson("[" + w.bytes() + "]").array().at(0).toString(), text);
}

void TestJsonWriter::valuesAndNesting()
{
    JsonWriter w;
    w.beginObject();
    w.member("n"_L1, 42);
    w.member("big"_L1, qint64(1) << 40);
    w.member("neg"_L1, -7);
    w.member("d"_L1, 2.5);
    w.member("whole"_L1, 3.0);
    w.member("t"_L1, true);
    w.member("f"_L1, false);
    w.key("nothing"_L1);
    w.null();
    w.member("when"_L1, QDateTime(QDate(2026, 4, 5), QTime(16, 0), QTimeZone::UTC));
    w.member("never"_L1, QDateTime());
    w.member("list"_L1, QList<int> {3, 1, 2});
    w.member("names"_L1, QStringList {u"a"_s, u"b"_s});
    w.key("empty"_L1);
    w.beginArray();
    w.endArray();
    w.key("nested"_L1);
    w.beginObject();
    w.key("deeper"_L1);
    w.beginArray();
    w.beginObject();
    w.endObject();
    w.endArray();
    w.endObject();
    w.endObject();
    QCOMPARE(w.bytes(),
        QByteArray("{'n':42,'big':1099511627776,'neg':-7,'d':2.5,'whole':3,'t':true,'f':false,'nothing':null,"
                   "'when':'2026-04-05T16:00:00Z','never':null,'list':[3,1,2],'names':['a','b'],'empty':[],"
                   "'nested':{'deeper':[{}]}}")
            .replace('\'', '"'));
}

void TestJsonWriter::indentedMatchesQtLayout()
{
    // Non-empty containers are laid out as QJsonDocument::Indented lays them out (keys here already sorted).
    const QJsonObject o {{"a"_L1, 1}, {"b"_L1, QJsonArray {1, u"x"_s}}, {"c"_L1, QJsonObject {{"d"_L1, true}}}};
    JsonWriter w(JsonWriter::Style::Indented);
    w.value(QJsonValue(o));
    QCOMPARE(w.take(), QJsonDocument(o).toJson(QJsonDocument::Indented));
}

void TestJsonWriter::passesBuiltValuesThrough()
{
    const QJsonObject o {{"x"_L1, QJsonArray {1.5, QJsonValue(), u"é"_s}}, {"y"_L1, QJsonObject {{"z"_L1, -2}}}};
    JsonWriter w;
    w.value(QJsonValue(o));
    QCOMPARE(QJsonDocument::fromJson(w.bytes()).object(), o);
}

void TestJsonWriter::parallelArrayWritesTheSameBytes_data()
{
    QTest::addColumn<bool>("indented");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("grain");
    QTest::addColumn<int>("threads");
    for (const bool indented : {false, true}) {
        const char *style = indented ? "indented" : "compact";
        QTest::addRow("%s, empty", style) << indented << 0 << 4 << 4;
        QTest::addRow("%s, one element", style) << indented << 1 << 4 << 4;
        QTest::addRow("%s, one range", style) << indented << 4 << 4 << 4;
        QTest::addRow("%s, uneven ranges, 4 threads", style) << indented << 203 << 7 << 4;
        QTest::addRow("%s, ranges of one, 3 threads", style) << indented << 50 << 1 << 3;
        QTest::addRow("%s, in order on the caller", style) << indented << 50 << 3 << 1;
    }
}

void TestJsonWriter::parallelArrayWritesTheSameBytes()
{
    QFETCH(bool, indented);
    QFETCH(int, count);
    QFETCH(int, grain);
    QFETCH(int, threads);
    QList<int> numbers;
    for (int i = 0; i < count; ++i)
        numbers.append(i);
    // Elements of several lines, inside an object inside an array: the indentation must carry over.
    const auto element = [](JsonWriter &w, int n) {
        w.beginObject();
        w.member("n"_L1, n);
        w.member("text"_L1, u"line %1\n\"quoted\" 修复"_s.arg(n));
        w.key("list"_L1);
        w.value(QList<int> {n, n + 1});
        w.endObject();
    };
    const auto document = [&](bool parallel) {
        JsonWriter w(indented ? JsonWriter::Style::Indented : JsonWriter::Style::Compact);
        w.beginArray();
        w.value(u"before"_s);
        w.beginObject();
        w.key("items"_L1);
        if (parallel)
            w.parallelArray(numbers, grain, element);
        else
            w.array(numbers, [&](int n) { element(w, n); });
        w.member("after"_L1, true);
        w.endObject();
        w.endArray();
        return w;
    };
    const int previous = QThreadPool::globalInstance()->maxThreadCount();
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    JsonWriter parallel = document(true);
    QThreadPool::globalInstance()->setMaxThreadCount(previous);
    const QByteArray expected = document(false).take();
    const QByteArrayList pieces = parallel.takePieces();
    QCOMPARE(pieces.join(), expected);
    QCOMPARE(document(true).take(), expected);
    QVERIFY(QJsonDocument::fromJson(expected).isArray());
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
