// SPDX-License-Identifier: MIT
// prlens-render-icon SVG OUTDIR SIZE…: renders the application icon as OUTDIR/SIZExSIZE/apps/prlens.png for the
// hicolor icon theme (run at build time, so the PNGs always match the SVG).
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: prlens-render-icon SVG OUTDIR SIZE…\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "cannot read " << args.at(1) << '\n';
        return 1;
    }
    for (const QString &arg : args.mid(3)) {
        const int size = arg.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = QDir(args.at(2)).filePath(u"%1x%1/apps"_s.arg(size));
        if (!QDir().mkpath(dir) || !image.save(QDir(dir).filePath(u"prlens.png"_s))) {
            err << "cannot write the " << size << " px icon into " << dir << '\n';
            return 1;
        }
    }
    return 0;
}
