#pragma once

#include "domain/ids.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

namespace pacte {

class Database;

// Many-to-many link tables (group_territory, action_public, ...), loaded in one query for a whole
// set of owners (those selected by `ownerSubquery`) and replaced as a whole on save.
QHash<Id, QList<Id>> loadLinks(Database& db, const QString& table, const QString& ownerColumn,
                               const QString& otherColumn, const QString& ownerSubquery, const QVariantList& binds,
                               const QString& positionColumn = {});
// With a `positionColumn`, the order of `ids` is kept.
void replaceLinks(Database& db, const QString& table, const QString& ownerColumn, Id ownerId,
                  const QString& otherColumn, const QList<Id>& ids, const QString& positionColumn = {});

} // namespace pacte
