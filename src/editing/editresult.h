#pragma once

#include "domain/validation.h"
#include "storage/storageerror.h"

#include <QString>

namespace pacte {

// One field of a record that someone else changed meanwhile (a server shared by several people): its
// change-log name ("status"), the value stored meanwhile and the one this edit wanted.
using ConflictField = ConflictError::Field;

// The outcome of an edit: success, or the refusal with its message for the user and, when values
// were refused (validation, a name already taken), the fields concerned so that an editor can mark
// them, or when someone else changed the record since it was read, the fields that differ. Nothing
// was written when it is refused.
struct [[nodiscard]] EditResult
{
    QString message;         // empty on success
    FieldErrors fieldErrors; // may be empty even when refused (a read-only file, say)
    // Refused because someone else changed the record since it was read: the fields that differ.
    QList<ConflictField> conflict;
    QString conflictLabel; // the record's label, with `conflict`

    bool ok() const { return message.isEmpty(); }
    explicit operator bool() const { return ok(); }
    bool isConflict() const { return !ok() && !conflict.isEmpty(); }

    static EditResult refused(const QString& message, const FieldErrors& errors = {})
    {
        return {message, errors, {}, {}};
    }
    static EditResult conflicted(const ConflictError& error)
    {
        return {error.message(), {}, error.fields(), error.label()};
    }
};

// An edit that produces a record (an insert, a freeze): the record as stored, with its id and uuid.
template <typename T>
struct [[nodiscard]] ItemResult : EditResult
{
    T item;
};

} // namespace pacte
