#pragma once

#include "domain/validation.h"

#include <stdexcept>

#include <QList>
#include <QString>

namespace pacte {

// A failure the user should read: a refused file, a write to a read-only database, invalid
// values. `what()` is the same message in UTF-8 for logs.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// The user stopped an opening while it waited (the file's integrity check): nothing was changed, and
// nothing needs saying.
class OpeningCancelled final : public StorageError
{
public:
    using StorageError::StorageError;
};

// Values that domain validation refuses; nothing was written.
class ValidationError final : public StorageError
{
public:
    explicit ValidationError(const FieldErrors& errors)
        : StorageError(joinMessages(errors))
        , m_errors(errors)
    {}
    const FieldErrors& errors() const { return m_errors; }

private:
    FieldErrors m_errors;
};

// A record someone else changed since it was read (a server shared by several people): nothing was
// written; the message names each field with the value stored meanwhile and the one being written.
class ConflictError final : public StorageError
{
public:
    struct Field
    {
        QString name;
        QString stored; // what the other person wrote
        QString mine;   // what this edit wrote
    };
    ConflictError(const QString& message, QList<Field> fields, const QString& label = {})
        : StorageError(message)
        , m_fields(std::move(fields))
        , m_label(label)
    {}
    const QList<Field>& fields() const { return m_fields; }
    // The record's label ("Mobilité solidaire").
    const QString& label() const { return m_label; }

private:
    QList<Field> m_fields;
    QString m_label;
};

} // namespace pacte
