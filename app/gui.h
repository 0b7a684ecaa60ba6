// SPDX-License-Identifier: MIT
#pragma once

namespace PrLens::Gui {
/// Opens the main window; returns the process exit code.
int run(int argc, char **argv);
} // namespace PrLens::Gui
