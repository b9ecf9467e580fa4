#pragma once

#include "domain/entity.h"
#include "domain/ids.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

namespace pacte {

class Database;

// One table row, column by column, as it was.
struct RowImage
{
    QString table;
    QStringList columns;
    QVariantList values;
};

// A reference that a deletion would set to NULL (ON DELETE SET NULL).
struct NullifiedReference
{
    QString table;
    Id rowId = NoId; // its id (a renewal: its edition)
    QUuid rowUuid;   // the row's record, for change notifications
    QString column;
    Id previous = NoId;
};

// Everything a deletion takes with it, following the schema's foreign keys: the rows it deletes
// (the record first, then what cascades from it) and the references it clears. Captured before a
// delete, it both tells the user what else is affected and lets undo restore the database exactly.
struct DeletionImpact
{
    QList<RowImage> deletedRows;
    QList<NullifiedReference> nullified;
    // The provenance rows of the deleted records (removed with them by the schema's triggers).
    QList<RowImage> provenanceRows;

    // Rows per table, the record's own row excluded ("action" -> 3).
    QMap<QString, int> deletedCounts() const;
    QMap<QString, int> nullifiedCounts() const;
    // The records of known entities among the deleted rows (the record itself first), and those
    // whose references are cleared: what views must update.
    QList<QPair<Entity, QUuid>> deletedRecords() const;
    QList<QPair<Entity, QUuid>> clearedRecords() const;
};

DeletionImpact captureDeletion(Database& db, Entity entity, Id id);
// The same for a row of a table that is not a record of its own (an "indicator_template").
DeletionImpact captureDeletion(Database& db, const QString& table, Id id);
// Puts back every row and reference of `impact` (parents before children), in one transaction.
void restoreDeletion(Database& db, const DeletionImpact& impact);

} // namespace pacte
