// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QWidget;

namespace PrLens::FirstPaint {

/// Runs @p then once @p window (a top-level widget, before it is shown) has been exposed and painted the first
/// time — on the next turn of the event loop after that expose — or after @p fallbackMs if it is never exposed
/// (e.g. minimised, or never shown). For what the first frame does not need: it then comes sooner.
void after(QWidget *window, std::function<void()> then, int fallbackMs = 1000);

} // namespace PrLens::FirstPaint
