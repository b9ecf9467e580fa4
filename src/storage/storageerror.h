#pragma once

#include "domain/validation.h"

#include <stdexcept>

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

} // namespace pacte
