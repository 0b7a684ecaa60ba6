// SPDX-License-Identifier: MIT
#include "diffhtml.h"
#include "syntax.h"

#include <QTest>
#include <QTextDocument>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestDiffHtml : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rendersEscapedHighlightedRows_data()
    {
        QTest::addColumn<bool>("withRepository");
        QTest::addRow("highlighted") << true;
        QTest::addRow("no repository") << false;
    }
    void rendersEscapedHighlightedRows()
    {
        QFETCH(bool, withRepository);
        const QString patch = u"@@ -1,2 +1,2 @@\n"
                              " // <img src=http://127.0.0.1:9/x.png> & <b>bold</b>\n"
                              "-int a = 1;\n"
                              "+int a = 2;\n"_s;
        const QString html = DiffHtml::render(
            u"a.cpp"_s, patch, withRepository ? m_repo.get() : nullptr, m_repo->lightTheme(), QPalette(Qt::white), 0);
        QCOMPARE(html.count(u"<tr>"_s), 4);
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"<b>"_s));
        QVERIFY(html.contains(u"&lt;b&gt;bold&lt;/b&gt;"_s));
        QCOMPARE(html.contains(u">int</span>"_s), withRepository); // the keyword is coloured

        QTextDocument doc;
        doc.setHtml(html);
        const QString text = doc.toPlainText();
        QVERIFY(text.contains(u"<img src=http://127.0.0.1:9/x.png> & <b>bold</b>"_s));
        QVERIFY(text.contains(u"int a = 2;"_s));
    }

    void keepsFirstLines()
    {
        const QString html
            = DiffHtml::render(u"a.py"_s, u"@@ -1,3 +1,3 @@\n a\n b\n c\n"_s, m_repo.get(), {}, QPalette(), 2);
        QCOMPARE(html.count(u"<tr>"_s), 2);
    }

private:
    std::unique_ptr<SyntaxRepository> m_repo = SyntaxRepository::create();
};

QTEST_MAIN(TestDiffHtml)
#include "tst_diffhtml.moc"
