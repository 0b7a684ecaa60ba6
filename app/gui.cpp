// SPDX-License-Identifier: MIT
#include "gui.h"

#include <QApplication>
#include <QLabel>

namespace PrLens::Gui {

int run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel label(QApplication::translate("Gui", "PR Lens"));
    label.show();
    return app.exec();
}

} // namespace PrLens::Gui
