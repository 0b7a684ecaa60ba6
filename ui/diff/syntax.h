// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QTextLayout>

#include <memory>

class QPalette;

namespace PrLens {

/// Where a highlighter stands in a text, to go on from there: opaque and cheap to copy. A default one is the start.
class SyntaxState {
public:
    SyntaxState() = default;
    explicit SyntaxState(std::shared_ptr<const void> data)
        : m_data(std::move(data))
    {
    }
    const void *data() const { return m_data.get(); }

private:
    std::shared_ptr<const void> m_data;
};

/// A colour theme of the highlighting: opaque and cheap to copy; a default one is no theme.
class SyntaxTheme {
public:
    SyntaxTheme() = default;
    SyntaxTheme(QString name, std::shared_ptr<const void> data)
        : m_name(std::move(name))
        , m_data(std::move(data))
    {
    }
    bool isValid() const { return m_data != nullptr; }
    QString name() const { return m_name; }
    const void *data() const { return m_data.get(); }

private:
    QString m_name;
    std::shared_ptr<const void> m_data;
};

/// Highlights single lines of one file's text with an explicit state, collecting character formats. Error-styled
/// formats are dropped (diff hunks are fragments, so the highlighter often sees broken syntax), as are background
/// colours (the diff view paints added/removed backgrounds itself).
class LineHighlighter {
public:
    virtual ~LineHighlighter() = default;
    /// Picks the language of @p path ("None" when it is not known).
    virtual void setFileName(const QString &path) = 0;
    /// Whether a language is set (setFileName() was called).
    virtual bool isValid() const = 0;
    virtual QString definitionName() const = 0;
    virtual void setTheme(const SyntaxTheme &theme) = 0;
    /// Highlights one line starting from @p state; appends formats to @p out when it is not null.
    virtual SyntaxState highlight(QStringView text, const SyntaxState &state, QList<QTextLayout::FormatRange> *out) = 0;
};

/// The languages and themes of KDE's syntax highlighting. They come with a module of their own, prlens-syntax.so
/// beside the program, loaded when the first diff is shown: KF6 SyntaxHighlighting pulls in Qt Network and the
/// libraries it loads (proxy, TLS, HTTP), which the window's first frame has no use for. A program that links the
/// highlighting in (prlens_syntax_linked: tests, benchmarks) provides it instead.
class SyntaxRepository {
public:
    virtual ~SyntaxRepository() = default;
    virtual SyntaxTheme lightTheme() const = 0;
    virtual SyntaxTheme darkTheme() const = 0;
    /// The theme that suits @p palette (light or dark).
    virtual SyntaxTheme themeForPalette(const QPalette &palette) const = 0;
    virtual std::unique_ptr<LineHighlighter> createHighlighter() const = 0;

    /// The repository, loading the module on first use; null when it cannot be loaded (@p error says why,
    /// translated). Diffs are then shown without colours.
    static std::unique_ptr<SyntaxRepository> create(QString *error = nullptr);
    using Factory = SyntaxRepository *(*)();
    /// For programs that link the highlighting in: create() uses @p factory and loads nothing.
    static void provide(Factory factory);
};

} // namespace PrLens
