#pragma once

#include "domain/ids.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

namespace pacte {

class Database;

// One child row to write: its identity (filled in for new rows) and its column values.
struct ChildRow
{
    Id* id;
    QUuid* uuid;
    QVariantList values;
};

// Makes the children of `ownerId` in `table` exactly `rows`: existing ones are updated in place (so
// that whatever references them keeps doing so), new ones inserted (a preset id is kept), and the
// others deleted. `columns` excludes id, uuid and the owner column.
void syncChildren(Database& db, const QString& table, const QString& ownerColumn, Id ownerId,
                  const QStringList& columns, QList<ChildRow> rows);

} // namespace pacte
