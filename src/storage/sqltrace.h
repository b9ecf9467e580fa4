#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace pacte::sqltrace {

// A record of the statements Pacte runs, for the benchmarks that compare a step with the sqlite3
// command-line tool running the same SQL. Off unless started; every thread's statements.
void start();
// The statements run since start(), each with its bound values written in; stops recording.
QStringList stop();
// Called where statements run (SqlQuery, the list queries): does nothing unless recording.
void record(const QString& sql, const QVariantList& values);
// `sql` with each `?` outside quotes replaced by the SQL literal of the next value.
QString withValues(const QString& sql, const QVariantList& values);

} // namespace pacte::sqltrace
