#pragma once

#include <optional>

#include <QString>

class QSqlError;

// The user's messages for a failed write or a database error: each cause in its own words (a full
// disk, a read-only file system, no right to write, a damaged file...), with what was kept unchanged
// and what to do, and the system's own text only as a last "technical detail" line.
namespace pacte {

struct FailureCause
{
    QString cause;  // "the disk is full"
    QString remedy; // "Free some space on it, then try again."
};

// Why writing `path` (a file, or a file to create) failed, read from its file system: read-only,
// full, or a folder the user may not write in; otherwise "the system refused the write".
FailureCause writeFailure(const QString& path);

// A folder on the way to `path` that the user may not open (which hides the file as well as its absence),
// as the cause of a failed reading; nothing when the nearest existing folder can be opened.
std::optional<FailureCause> closedFolder(const QString& path);

// Why reading `path` failed: missing, behind a folder the user may not open, a folder, not allowed;
// otherwise "the system refused to read it".
FailureCause readFailure(const QString& path);

// The cause of an SQLite error that the user can act on (full disk, read-only, I/O error, damaged
// file, file busy); nothing for a programming error.
std::optional<FailureCause> sqliteFailure(const QSqlError& error, const QString& path);

// The cause of a PostgreSQL error that the user can act on (a right refused by the server, a
// concurrent change, a lost connection); nothing for a programming error.
std::optional<FailureCause> serverFailure(const QSqlError& error);

// "`what`: `cause`. `kept` `remedy`", then "Technical detail: `detail`" on a line of its own when
// there is one. `what` names the file; `kept` says what was left unchanged.
QString failureMessage(const QString& what, const FailureCause& cause, const QString& kept, const QString& detail = {});

// The message of an SQLite error on the database `path` during a change (rolled back: nothing
// saved) or a reading.
QString sqlFailureMessage(const QSqlError& error, const QString& path, const QString& statement = {});

} // namespace pacte
