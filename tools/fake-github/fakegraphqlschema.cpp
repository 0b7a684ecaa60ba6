// SPDX-License-Identifier: MIT
#include "fakegraphqlschema.h"

#include <QFile>
#include <QJsonArray>
#include <QMutex>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

struct Token {
    QString text;
    int line = 1;
    int column = 1;
};

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

/// GraphQL lexing without values: names, numbers, variables and punctuators; strings, comments and commas dropped.
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    int line = 1;
    qsizetype lineStart = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            ++line;
            lineStart = ++i;
            continue;
        }
        if (c.isSpace() || c == u',') {
            ++i;
            continue;
        }
        if (c == u'#') {
            while (i < n && text.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'"') {
            const bool block = QStringView(text).mid(i, 3) == u"\"\"\"";
            i += block ? 3 : 1;
            while (i < n) {
                if (text.at(i) == u'\n') {
                    ++line;
                    lineStart = i + 1;
                }
                if (block && QStringView(text).mid(i, 3) == u"\"\"\"") {
                    i += 3;
                    break;
                }
                if (!block && text.at(i) == u'\\') {
                    i += 2;
                    continue;
                }
                if (!block && text.at(i) == u'"') {
                    ++i;
                    break;
                }
                ++i;
            }
            continue;
        }
        Token t;
        t.line = line;
        t.column = int(i - lineStart) + 1;
        if (QStringView(text).mid(i, 3) == u"...") {
            t.text = u"..."_s;
            i += 3;
        } else if (isNameChar(c) || c == u'$' || c == u'-') {
            const bool number = c.isDigit() || c == u'-';
            const qsizetype start = i++;
            while (i < n && (isNameChar(text.at(i)) || (number && text.at(i) == u'.')))
                ++i;
            t.text = text.mid(start, i - start);
        } else {
            t.text = QString(c);
            ++i;
        }
        tokens.append(t);
    }
    return tokens;
}

/// Skips a balanced (...) or {...} or [...] group starting at tokens[i]; returns the index after it.
qsizetype skipGroup(const QList<Token> &tokens, qsizetype i)
{
    const QString open = tokens.at(i).text;
    const QString close = open == "("_L1 ? u")"_s : open == "{"_L1 ? u"}"_s : u"]"_s;
    int depth = 0;
    for (; i < tokens.size(); ++i) {
        if (tokens.at(i).text == open)
            ++depth;
        else if (tokens.at(i).text == close && --depth == 0)
            return i + 1;
    }
    return i;
}

qsizetype skipDirectives(const QList<Token> &tokens, qsizetype i)
{
    while (i + 1 < tokens.size() && tokens.at(i).text == "@"_L1) {
        i += 2;
        if (i < tokens.size() && tokens.at(i).text == "("_L1)
            i = skipGroup(tokens, i);
    }
    return i;
}

QString at(const QList<Token> &tokens, qsizetype i)
{
    return i < tokens.size() ? tokens.at(i).text : QString();
}

class Validator {
public:
    Validator(const FakeGraphQlSchema &schema, const QList<Token> &tokens)
        : m_schema(schema)
        , m_tokens(tokens)
    {
    }

    QList<QJsonObject> run()
    {
        qsizetype i = 0;
        while (i < m_tokens.size() && m_errors.isEmpty()) {
            const QString t = m_tokens.at(i).text;
            if (t == "query"_L1 || t == "mutation"_L1 || t == "subscription"_L1) {
                QString label = t;
                ++i;
                if (at(m_tokens, i) != "{"_L1 && at(m_tokens, i) != "("_L1 && at(m_tokens, i) != "@"_L1)
                    label += u' ' + at(m_tokens, i++);
                if (at(m_tokens, i) == "("_L1)
                    i = skipGroup(m_tokens, i);
                i = skipDirectives(m_tokens, i);
                const QString root = t == "query"_L1 ? u"Query"_s
                    : t == "mutation"_L1             ? u"Mutation"_s
                                                     : u"Subscription"_s;
                i = selection(i, root, {label});
            } else if (t == "{"_L1) {
                i = selection(i, u"Query"_s, {u"query"_s});
            } else if (t == "fragment"_L1 && at(m_tokens, i + 2) == "on"_L1) {
                const QString type = at(m_tokens, i + 3);
                const QStringList path {u"fragment "_s + at(m_tokens, i + 1)};
                if (!m_schema.hasType(type))
                    return {error(i + 3, u"No such type %1, so it can't be a fragment condition"_s.arg(type), path)};
                i = selection(skipDirectives(m_tokens, i + 4), type, path);
            } else {
                return {error(i, u"Parse error on \"%1\""_s.arg(t), {})};
            }
        }
        return m_errors;
    }

private:
    QJsonObject error(qsizetype i, const QString &message, const QStringList &path, const QJsonObject &ext = {})
    {
        const Token &t = m_tokens.at(std::min(i, m_tokens.size() - 1));
        QJsonObject e {{"message"_L1, message},
            {"locations"_L1, QJsonArray {QJsonObject {{"line"_L1, t.line}, {"column"_L1, t.column}}}}};
        if (!path.isEmpty())
            e.insert("path"_L1, QJsonArray::fromStringList(path));
        if (!ext.isEmpty())
            e.insert("extensions"_L1, ext);
        return e;
    }

    /// Validates the selection set at tokens[i] ("{") against `type`; returns the index after its "}".
    qsizetype selection(qsizetype i, const QString &type, const QStringList &path)
    {
        if (at(m_tokens, i) != "{"_L1) {
            m_errors.append(error(i, u"Parse error: expected a selection set"_s, path));
            return m_tokens.size();
        }
        ++i;
        while (i < m_tokens.size() && m_tokens.at(i).text != "}"_L1 && m_errors.isEmpty()) {
            if (m_tokens.at(i).text == "..."_L1) {
                if (at(m_tokens, i + 1) == "on"_L1) {
                    const QString cond = at(m_tokens, i + 2);
                    if (!m_schema.hasType(cond)) {
                        m_errors.append(
                            error(i + 2, u"No such type %1, so it can't be a fragment condition"_s.arg(cond), path));
                        return m_tokens.size();
                    }
                    i = selection(skipDirectives(m_tokens, i + 3), cond, path + QStringList {u"... on "_s + cond});
                } else if (at(m_tokens, i + 1) == "{"_L1 || at(m_tokens, i + 1) == "@"_L1) {
                    i = selection(skipDirectives(m_tokens, i + 1), type, path);
                } else {
                    i = skipDirectives(m_tokens, i + 2); // a named fragment, checked where it is defined
                }
                continue;
            }
            const qsizetype nameAt = i;
            QString name = m_tokens.at(i++).text;
            if (at(m_tokens, i) == ":"_L1) { // alias
                name = at(m_tokens, i + 1);
                i += 2;
            }
            if (at(m_tokens, i) == "("_L1)
                i = skipGroup(m_tokens, i);
            i = skipDirectives(m_tokens, i);
            if (name == "__typename"_L1)
                continue;
            const QString fieldType = m_schema.fieldType(type, name);
            if (fieldType.isEmpty()) {
                m_errors.append(
                    error(nameAt, u"Field '%1' doesn't exist on type '%2'"_s.arg(name, type), path + QStringList {name},
                        {{"code"_L1, "undefinedField"_L1}, {"typeName"_L1, type}, {"fieldName"_L1, name}}));
                return m_tokens.size();
            }
            if (at(m_tokens, i) == "{"_L1)
                i = selection(i, fieldType, path + QStringList {name});
        }
        return i + 1;
    }

    const FakeGraphQlSchema &m_schema;
    const QList<Token> &m_tokens;
    QList<QJsonObject> m_errors;
};

} // namespace

std::shared_ptr<const FakeGraphQlSchema> FakeGraphQlSchema::parse(const QString &sdl)
{
    auto schema = std::make_shared<FakeGraphQlSchema>();
    const QList<Token> tokens = tokenize(sdl);
    const qsizetype n = tokens.size();
    qsizetype i = 0;
    while (i < n) {
        const QString t = tokens.at(i).text;
        if (t == "type"_L1 || t == "interface"_L1) {
            const QString name = at(tokens, i + 1);
            i += 2;
            while (i < n && tokens.at(i).text != "{"_L1)
                ++i; // implements …, directives
            ++i;
            QHash<QString, QString> &fields = schema->m_fields[name];
            while (i < n && tokens.at(i).text != "}"_L1) {
                const QString field = tokens.at(i++).text;
                if (at(tokens, i) == "("_L1)
                    i = skipGroup(tokens, i);
                ++i; // ':'
                while (at(tokens, i) == "["_L1)
                    ++i;
                const QString fieldType = at(tokens, i++);
                while (at(tokens, i) == "!"_L1 || at(tokens, i) == "]"_L1)
                    ++i;
                i = skipDirectives(tokens, i);
                fields.insert(field, fieldType);
            }
            ++i;
        } else if (t == "union"_L1) {
            schema->m_unions.insert(at(tokens, i + 1));
            i += 2;
            while (at(tokens, i) == "="_L1 || at(tokens, i) == "|"_L1)
                i += 2;
        } else if (t == "directive"_L1) {
            i += 3; // directive @name
            if (at(tokens, i) == "("_L1)
                i = skipGroup(tokens, i);
            if (at(tokens, i) == "repeatable"_L1)
                ++i;
            i += 2; // on LOCATION
            while (at(tokens, i) == "|"_L1)
                i += 2;
        } else if (t == "{"_L1) {
            i = skipGroup(tokens, i); // enum, input and schema bodies
        } else {
            ++i;
        }
    }
    return schema;
}

std::shared_ptr<const FakeGraphQlSchema> FakeGraphQlSchema::load(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const FakeGraphQlSchema>> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(path); it != cache.cend())
        return *it;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    auto schema = parse(QString::fromUtf8(f.readAll()));
    cache.insert(path, schema);
    return schema;
}

QString FakeGraphQlSchema::fieldType(const QString &type, const QString &field) const
{
    return m_fields.value(type).value(field);
}

QList<QJsonObject> FakeGraphQlSchema::validate(const QString &query) const
{
    const QList<Token> tokens = tokenize(query);
    return Validator(*this, tokens).run();
}

} // namespace PrLens
