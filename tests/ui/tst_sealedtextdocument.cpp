// SPDX-License-Identifier: MIT
#include "sealedtextdocument.h"
#include "untrustedtext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;
using UntrustedText::FileProbe;

namespace {
/// Lays @p doc out and draws it, as a view or the PDF does; returns what was drawn.
QImage render(QTextDocument &doc)
{
    doc.setTextWidth(400);
    QImage image(400, int(std::max<qreal>(50, doc.size().height())), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    doc.drawContents(&painter);
    return image;
}

QString dataUrl(const QString &pngPath)
{
    QFile f(pngPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return u"data:image/png;base64,"_s + QString::fromLatin1(f.readAll().toBase64());
}
} // namespace

class TestSealedTextDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void loadsNothing_data()
    {
        QTest::addColumn<QString>("html"); // %1 = the probe's path, %2 = a data: URL of the same image
        QTest::addRow("img with a path") << u"<p>a <img src=%1> b</p>"_s;
        QTest::addRow("img with a file URL") << u"<p><img src=\"file://%1\"></p>"_s;
        QTest::addRow("img with a data URL") << u"<p><img src=\"%2\"></p>"_s;
        QTest::addRow("img with a size") << u"<p><img width=40 height=40 src=%1></p>"_s;
        QTest::addRow("style sheet link")
            << u"<html><head><link rel=stylesheet type=text/css href=%1></head><p>x</p></html>"_s;
        QTest::addRow("table background") << u"<table background=%1><tr><td>x</td></tr></table>"_s;
    }

    void loadsNothing()
    {
        QFETCH(QString, html);
        FileProbe probe(m_dir.filePath(u"sealed.png"_s));
        const QString data = dataUrl(probe.path());
        QVERIFY(!data.isEmpty());
        const QString markup = QString(html).replace(u"%1"_s, probe.path()).replace(u"%2"_s, data);
        probe.opens(); // reading it for the data: URL above does not count

        // The control: a plain QTextDocument does load it (opens the file, or draws the data: URL's image).
        {
            QTextDocument plain;
            plain.setHtml(markup);
            const bool drawn = UntrustedText::hasColour(render(plain), FileProbe::Colour);
            const int opens = probe.opens();
            QVERIFY2(drawn || opens > 0 || !probe.isWatching(), "the probe does not see Qt's loads");
        }

        SealedTextDocument doc;
        doc.setHtml(markup);
        const QImage shown = render(doc);
        QVERIFY(!UntrustedText::hasColour(shown, FileProbe::Colour));
        QCOMPARE(probe.opens(), 0);
        QVERIFY(doc.refusedResources() > 0);
        // An image takes the blank placeholder's size, not the probe's 48 px.
        if (html.contains(u"<img src"_s))
            QVERIFY2(doc.size().height() < 40, qPrintable(QString::number(doc.size().height())));
    }

    void deviceFileIsNeverRead()
    {
        // First the proof that nothing is loaded, so a regression fails here instead of reading /dev/zero forever.
        FileProbe probe(m_dir.filePath(u"first.png"_s));
        SealedTextDocument first;
        first.setHtml(probe.imgTag());
        render(first);
        QVERIFY(first.refusedResources() > 0);
        QCOMPARE(probe.opens(), 0);
        QVERIFY(!UntrustedText::hasColour(render(first), FileProbe::Colour));

        SealedTextDocument doc;
        doc.setHtml(u"<p>[<img src=/dev/zero>] Faster scheduler</p>"_s);
        render(doc);
        QVERIFY(doc.toPlainText().contains(u"Faster scheduler"_s));
    }

    void blockedResourceIsNeverNull()
    {
        for (int type : {int(QTextDocument::ImageResource), int(QTextDocument::StyleSheetResource),
                 int(QTextDocument::HtmlResource), int(QTextDocument::MarkdownResource)}) {
            const QVariant v = SealedTextDocument::blockedResource(type);
            QVERIFY(v.isValid());
            QVERIFY(!v.isNull());
        }
        const QImage blank = SealedTextDocument::blockedResource(QTextDocument::ImageResource).value<QImage>();
        QVERIFY(!blank.isNull());
        QCOMPARE(blank.size(), QSize(1, 1));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSealedTextDocument)
#include "tst_sealedtextdocument.moc"
