// SPDX-License-Identifier: MIT
#include "ksyntaxrepository.h"

#include "diffhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

class KSyntaxLineHighlighter : public LineHighlighter {
public:
    explicit KSyntaxLineHighlighter(const KSyntaxHighlighting::Repository *repository)
        : m_repository(repository)
    {
    }

    void setFileName(const QString &path) override
    {
        KSyntaxHighlighting::Definition def = m_repository->definitionForFileName(path);
        if (!def.isValid())
            def = m_repository->definitionForName(u"None"_s);
        m_highlighter.setDefinition(def);
    }
    bool isValid() const override { return m_highlighter.definition().isValid(); }
    QString definitionName() const override
    {
        return m_highlighter.definition().isValid() ? m_highlighter.definition().name() : u"None"_s;
    }
    void setTheme(const SyntaxTheme &theme) override
    {
        m_highlighter.setTheme(theme.isValid() ? *static_cast<const KSyntaxHighlighting::Theme *>(theme.data())
                                               : KSyntaxHighlighting::Theme());
    }
    SyntaxState highlight(QStringView text, const SyntaxState &state, QList<QTextLayout::FormatRange> *out) override
    {
        const auto *from = static_cast<const KSyntaxHighlighting::State *>(state.data());
        return SyntaxState(std::make_shared<const KSyntaxHighlighting::State>(
            m_highlighter.highlight(text, from ? *from : KSyntaxHighlighting::State(), out)));
    }

private:
    const KSyntaxHighlighting::Repository *m_repository;
    DiffHighlighter m_highlighter;
};

} // namespace

SyntaxTheme KSyntaxRepository::wrap(const KSyntaxHighlighting::Theme &theme)
{
    if (!theme.isValid())
        return {};
    return SyntaxTheme(theme.name(), std::make_shared<const KSyntaxHighlighting::Theme>(theme));
}

SyntaxTheme KSyntaxRepository::lightTheme() const
{
    return wrap(m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
}

SyntaxTheme KSyntaxRepository::darkTheme() const
{
    return wrap(m_repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme));
}

SyntaxTheme KSyntaxRepository::themeForPalette(const QPalette &palette) const
{
    return wrap(m_repository.themeForPalette(palette));
}

std::unique_ptr<LineHighlighter> KSyntaxRepository::createHighlighter() const
{
    return std::make_unique<KSyntaxLineHighlighter>(&m_repository);
}

} // namespace PrLens
