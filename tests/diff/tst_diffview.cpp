// SPDX-License-Identifier: MIT
#include "diffdelegate.h"
#include "diffmodel.h"
#include "diffview.h"
#include "pullrequest.h"
#include "syntax.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {
const QString patch = u"@@ -1,3 +1,3 @@\n"
                      " def f(x):\n"
                      "-    return x\n"
                      "+    return x + 1\n"
                      " # done\n"_s;

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1b));
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

double luminance(QRgb c)
{
    return 0.2126 * qRed(c) + 0.7152 * qGreen(c) + 0.0722 * qBlue(c);
}
} // namespace

class TestDiffView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void copiesSelectedLinesInOrder()
    {
        DiffView view;
        view.setRepository(m_repo.get());
        view.setPatch(u"f.py"_s, patch);
        view.resize(600, 200);
        view.selectionModel()->select(view.model()->index(3, 0), QItemSelectionModel::Select);
        view.selectionModel()->select(view.model()->index(2, 0), QItemSelectionModel::Select);
        QCOMPARE(view.selectedText(), u"    return x\n    return x + 1"_s);
        view.copySelection();
        QCOMPARE(QApplication::clipboard()->text(), u"    return x\n    return x + 1"_s);
    }

    void overLongLineIsCut_data()
    {
        QTest::addColumn<QString>("patch");
        const QString huge = u"var a=1;"_s.repeated(62'500); // 500,000 characters of minified code
        QTest::addRow("added line") << u"@@ -1,1 +1,2 @@\n x\n+"_s + huge + u"\n"_s;
        QTest::addRow("hunk header") << u"@@ -1,1 +1,1 @@ "_s + huge + u"\n-x\n+y\n"_s;
    }
    void overLongLineIsCut()
    {
        QFETCH(QString, patch);
        DiffModel model;
        model.setRepository(m_repo.get());
        model.setPatch(u"bundle.min.js"_s, patch);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.line(r).text.size() >= 500'000)
                row = r;
        QVERIFY(row >= 0);
        const QString full = model.line(row).text;

        // What a row lays out on every paint: the line's start and a note, never the whole line.
        const QString shown = DiffDelegate::shownText(full);
        QVERIFY(shown.size() <= DiffModel::MaxShownLineLength + 80);
        QVERIFY(full.startsWith(shown.left(DiffDelegate::shownLength(full))));
        const QString note = shown.mid(DiffDelegate::shownLength(full));
        QVERIFY2(note.contains(u"line cut"_s) && note.contains(QString::number(full.size())), qPrintable(note));
        // Short lines are laid out whole.
        QCOMPARE(DiffDelegate::shownText(u"x = 1"_s), u"x = 1"_s);
        // The row is as wide as what it shows, not half a million columns.
        QVERIFY(model.maxTextColumns() <= DiffModel::MaxShownLineLength + 60);
        DiffDelegate delegate;
        QStyleOptionViewItem option;
        option.font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        const QSize hint = delegate.sizeHint(option, model.index(row));
        const int digit = QFontMetrics(option.font).horizontalAdvance(u'0');
        QVERIFY2(hint.width()
                < DiffDelegate::gutterWidth(option.font, &model) + (DiffModel::MaxShownLineLength + 80) * digit,
            qPrintable(QString::number(hint.width())));
        // Painting it works and copying still gives the whole line.
        QImage image(800, hint.height(), QImage::Format_RGB32);
        option.rect = image.rect();
        option.palette = QApplication::palette();
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(row));
        }
        QVERIFY(model.text({row}).contains(full));
    }

    void themeFollowsPalette_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light palette") << false;
        QTest::addRow("dark palette") << true;
    }
    void themeFollowsPalette()
    {
        QFETCH(bool, dark);
        DiffView view;
        view.setRepository(m_repo.get());
        view.setPatch(u"f.py"_s, patch);
        view.resize(500, 160);
        if (dark)
            view.setPalette(darkPalette());
        QCOMPARE(view.diffModel()->theme().name(), m_repo->themeForPalette(view.palette()).name());
        const QImage image = view.grab().toImage();
        // The context row's background is the base colour, and its text contrasts with it.
        const QRgb background = image.pixel(image.width() - 5, view.visualRect(view.model()->index(1, 0)).center().y());
        QCOMPARE(luminance(background) < 128, dark);

        view.setPrintTheme(true);
        QCOMPARE(view.diffModel()->theme().name(), m_repo->lightTheme().name());
        const QImage printed = view.grab().toImage();
        QVERIFY(luminance(printed.pixel(printed.width() - 5, view.visualRect(view.model()->index(1, 0)).center().y()))
            > 200);
    }

    void paintsAddedAndRemovedBackgrounds()
    {
        DiffView view;
        view.setRepository(m_repo.get());
        view.setPatch(u"f.py"_s, patch);
        view.resize(500, 160);
        const QImage image = view.grab().toImage();
        auto rowColour = [&](int row) {
            return QColor(image.pixel(image.width() - 5, view.visualRect(view.model()->index(row, 0)).center().y()));
        };
        const QColor removed = rowColour(2);
        const QColor added = rowColour(3);
        const QColor context = rowColour(1);
        QVERIFY2(removed.red() > removed.green(), qPrintable(removed.name()));
        QVERIFY2(added.green() > added.red(), qPrintable(added.name()));
        QVERIFY(context != added && context != removed);
    }

    void hunkNavigation()
    {
        DiffView view;
        view.setPatch(u"a.py"_s, u"@@ -1,2 +1,2 @@\n a\n-b\n+c\n@@ -10,2 +10,2 @@\n d\n-e\n+f\n"_s);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentIndex(view.model()->index(1, 0)); // inside the first hunk
        QTest::keyClick(&view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(view.currentIndex().row(), 4);
        QVERIFY(!view.nextHunk());
        QCOMPARE(view.currentIndex().row(), 4);
        QVERIFY(view.previousHunk());
        QCOMPARE(view.currentIndex().row(), 0);
        QVERIFY(!view.previousHunk());
    }

    void fitRowsLimitsHeight()
    {
        DiffView view;
        view.setPatch(u"f.py"_s, patch);
        view.setFitRows(3);
        const int three = view.sizeHint().height();
        view.setFitRows(10);
        QVERIFY(view.sizeHint().height() > three); // 5 rows shown of at most 10
    }

private:
    std::unique_ptr<SyntaxRepository> m_repo = SyntaxRepository::create();
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
