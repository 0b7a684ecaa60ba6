// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <memory>

namespace PrLens {

/// The object, interface and union types of a GraphQL schema (SDL) and their fields, enough to reject a query that
/// selects a field GitHub does not have — as GitHub does — before the fake server answers it.
class FakeGraphQlSchema {
public:
    /// Parses SDL text; an empty schema when the text holds no types.
    static std::shared_ptr<const FakeGraphQlSchema> parse(const QString &sdl);
    /// Reads and parses a schema file once per path; null when it cannot be read.
    static std::shared_ptr<const FakeGraphQlSchema> load(const QString &path);

    bool isEmpty() const { return m_fields.isEmpty(); }
    bool hasType(const QString &type) const { return m_fields.contains(type) || m_unions.contains(type); }
    /// The named type a field returns (lists and non-null stripped), or empty when the type has no such field.
    QString fieldType(const QString &type, const QString &field) const;

    /// Checks every selected field of every operation and fragment; returns GitHub-shaped error objects (empty = ok).
    QList<QJsonObject> validate(const QString &query) const;

private:
    QHash<QString, QHash<QString, QString>> m_fields; ///< type -> field -> named return type
    QSet<QString> m_unions;
};

} // namespace PrLens
