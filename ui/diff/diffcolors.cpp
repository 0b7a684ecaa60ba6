// SPDX-License-Identifier: MIT
#include "diffcolors.h"

using namespace Qt::StringLiterals;

namespace PrLens {

DiffColors::Row DiffColors::row(DiffLine::Kind kind) const
{
    switch (kind) {
    case DiffLine::Kind::Added:
        return {addedText, addedGutter, u"+"_s};
    case DiffLine::Kind::Removed:
        return {removedText, removedGutter, u"−"_s};
    case DiffLine::Kind::HunkHeader:
        return {hunk, hunk, {}};
    case DiffLine::Kind::Notice:
        return {notice, notice, {}};
    case DiffLine::Kind::NoNewline:
    case DiffLine::Kind::Context:
        break;
    }
    return {base, gutter, {}};
}

QColor DiffColors::mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

DiffColors DiffColors::forPalette(const QPalette &pal)
{
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    const QColor green(0x2d, 0xa4, 0x4e);
    const QColor red(0xe5, 0x48, 0x4d);
    const QColor blue(0x3b, 0x82, 0xf6);
    DiffColors c;
    c.base = base;
    c.text = text;
    c.dim = mix(text, base, 0.45);
    c.addedText = mix(base, green, dark ? 0.22 : 0.15);
    c.addedGutter = mix(base, green, dark ? 0.35 : 0.28);
    c.removedText = mix(base, red, dark ? 0.22 : 0.13);
    c.removedGutter = mix(base, red, dark ? 0.35 : 0.25);
    c.hunk = mix(base, blue, dark ? 0.20 : 0.10);
    c.hunkText = mix(text, blue, dark ? 0.35 : 0.45);
    c.notice = pal.color(QPalette::AlternateBase);
    c.gutter = mix(base, text, 0.04);
    return c;
}

} // namespace PrLens
