#pragma once

#include "records.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace pacte {

class Database;

// Reads of records by an SQL condition on their table (with ? placeholders). For src/storage itself
// and the tests only: the rest of the application reads through Repository's named queries, so that
// every SQL text stays in this layer (tests/layers checks it).
template <typename T>
QList<T> recordsWhere(Database& db, const QString& condition, const QVariantList& binds = {});
// The records' own columns only: no child rows (an action without its publics, indicators,
// measurements...). Quick on large tables, for counts and labels.
template <typename T>
QList<T> recordsWhereWithoutChildren(Database& db, const QString& condition, const QVariantList& binds = {});
template <typename T>
int countWhere(Database& db, const QString& condition, const QVariantList& binds = {});

} // namespace pacte
