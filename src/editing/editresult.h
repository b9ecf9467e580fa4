#pragma once

#include "domain/validation.h"

#include <QString>

namespace pacte {

// The outcome of an edit: success, or the refusal with its message for the user and, when values
// were refused (validation, a name already taken), the fields concerned so that an editor can mark
// them. Nothing was written when it is refused.
struct [[nodiscard]] EditResult
{
    QString message;         // empty on success
    FieldErrors fieldErrors; // may be empty even when refused (a read-only file, say)

    bool ok() const { return message.isEmpty(); }
    explicit operator bool() const { return ok(); }

    static EditResult refused(const QString& message, const FieldErrors& errors = {}) { return {message, errors}; }
};

// An edit that produces a record (an insert, a freeze): the record as stored, with its id and uuid.
template <typename T>
struct [[nodiscard]] ItemResult : EditResult
{
    T item;
};

} // namespace pacte
