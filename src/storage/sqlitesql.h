#pragma once

#include <QString>
#include <QStringList>

// The SQL that is SQLite's own, in one place: PRAGMAs (connection settings, the file's identity,
// integrity checks), its catalogue, and the text functions it offers. Everything else in src/storage
// is portable SQL, so that a second engine (PostgreSQL, for a département working as a team) adds
// its own counterpart of this file rather than hunting statements through the layer.
namespace pacte::sqlite {

// Foreign keys enforced, a short wait on a busy file, every commit on disk before it returns.
QStringList connectionSettings();
// A rollback journal (see Database: the .pacte file alone holds every committed change).
QString rollbackJournal();
// SQLite's own check of the file: the quick one, or the full one that also reads every index. At
// most `limit` problems are listed; a sound file answers one row, "ok".
QString integrityCheck(bool full, int limit);
QString setUserVersion(int version);
QString setApplicationId(int id);
// The schema's objects (type, name) and a table's columns (name).
QString schemaObjects();
QString tableColumns(const QString& table);
// Objects SQLite adds on its own (statistics, autoincrement counters): not part of Pacte's schema.
bool isEngineObject(const QString& name);
QString engineVersion();
// A condition true when the text `column` is empty or white space only, as QString::trimmed() sees
// it: TRIM alone removes spaces, not tabs, line breaks or non-breaking spaces.
QString blankText(const QString& column);

} // namespace pacte::sqlite
