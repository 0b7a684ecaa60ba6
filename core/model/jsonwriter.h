// SPDX-License-Identifier: MIT
#pragma once

#include "parallelfor.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QLatin1StringView>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <type_traits>
#include <vector>

class QDateTime;
class QJsonValue;

namespace PrLens {

/// Writes JSON text straight into a byte buffer, in the order the members are given, without building a
/// QJsonObject tree first: the report of a busy week is megabytes of JSON, and the tree costs more than the text.
/// The caller keeps objects and arrays balanced; keys are written as given (use each one once per object).
class JsonWriter {
public:
    enum class Style { Compact, Indented };

    explicit JsonWriter(Style style = Style::Compact);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The name of the next value, inside an object.
    void key(QLatin1StringView name);
    void key(QStringView name); ///< a name from data, escaped as needed

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(QLatin1StringView text);
    void value(bool b);
    void value(double d);
    void value(const QDateTime &time); ///< ISO 8601 in UTC, or null when invalid
    void value(const QJsonValue &v); ///< a value built elsewhere
    template<typename T>
        requires(std::is_integral_v<T> && !std::is_same_v<T, bool>)
    void value(T n)
    {
        writeInteger(qint64(n));
    }
    void null();

    void value(const QStringList &texts);
    void value(const QList<int> &numbers);

    /// key(name) + value(v)
    template<typename T> void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    /// An array of @p list, each element written by @p write(const T &).
    template<typename T, typename F> void array(const QList<T> &list, F &&write)
    {
        beginArray();
        for (const T &x : list)
            write(x);
        endArray();
    }

    /// array(), its elements written on the free cores (parallelFor(), ranges of @p grain) and joined in order:
    /// the same bytes as array(). @p write(JsonWriter &, const T &) writes one element into the writer it is given.
    template<typename T, typename F> void parallelArray(const QList<T> &list, qsizetype grain, F &&write)
    {
        beginArray();
        grain = std::max<qsizetype>(grain, 1);
        std::vector<JsonWriter> parts(size_t((list.size() + grain - 1) / grain));
        parallelFor(list.size(), grain, [&](qsizetype begin, qsizetype end) {
            JsonWriter &part = parts[size_t(begin / grain)];
            part = branch(begin);
            for (qsizetype i = begin; i < end; ++i)
                write(part, list.at(i));
        });
        for (JsonWriter &part : parts)
            append(std::move(part));
        endArray();
    }

    /// A writer that goes on from this one's place, inside its innermost open array after @p written elements,
    /// so that an array's elements can be written by several writers and joined with append().
    JsonWriter branch(qsizetype written) const;
    /// Adds what @p branch wrote, without copying it; it was branched from this writer's place, where nothing
    /// was written since.
    void append(JsonWriter &&branch);

    /// What was written, when no branch was appended.
    const QByteArray &bytes() const;
    /// The text, complete (a final newline when indented); the writer starts over.
    QByteArray take();
    /// take(), in the pieces appended branches left (joining megabytes costs a copy): the same bytes, in order.
    QByteArrayList takePieces();

private:
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void newline();
    void writeInteger(qint64 n);
    void writeString(QStringView text);

    QByteArrayList m_pieces; ///< text before m_out: what was written before append(), and the branches appended
    QByteArray m_out;
    QList<qsizetype> m_counts; ///< values written so far in each open object or array
    bool m_indented;
    bool m_afterKey = false;
};

} // namespace PrLens
