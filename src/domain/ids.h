#pragma once

#include <QtGlobal>

namespace pacte {

// Row id of a record in the open database. 0 means "not stored yet" or "none".
// Records also carry a QUuid that stays the same across files (sheets, dumps).
using Id = qint64;
inline constexpr Id NoId = 0;

// The stored version of a record: every write moves it, so an editor on a shared server can tell
// that someone wrote the record since she read it (team mode). 0 means "not read from a database".
// It is the storage's bookkeeping, not one of the record's values: two records holding the same
// values are equal whatever their versions (undo compares what it wrote with what is stored).
struct RecordVersion
{
    qint64 number = 0;

    bool operator==(const RecordVersion&) const { return true; }
};

} // namespace pacte
