// SPDX-License-Identifier: MIT
// The baseline of bench_startup: the least a Qt Widgets program does to show a window — a QMainWindow with a label.
#include "startuptrace.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    PrLens::StartupTrace::mark("main");
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(u"Hello"_s, &window));
    window.resize(1280, 800);
    PrLens::StartupTrace::watchFirstPaint(&window);
    window.show();
    return app.exec();
}
