#pragma once

#include "domain/action.h"
#include "domain/meeting.h"
#include "uuidlookup.h"

#include <optional>

#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

// What the import of a working-group sheet reads of the database, as named functions: the SQL stays
// in storage.
namespace pacte {

class Database;

// The row id of each record of a whole table, by uuid (territories, partners, persons, publics,
// dispositifs).
QHash<QUuid, Id> idsByUuid(Database& db, RecordKind kind);

// The axes of an edition, by uuid.
QHash<QUuid, Id> axesOfEdition(Database& db, Id editionId);

struct ThemeOfEdition
{
    Id id = NoId;
    QUuid uuid;
    Id axisId = NoId;
};
// The themes of an edition's axes.
QList<ThemeOfEdition> themesOfEdition(Database& db, Id editionId);

// The uuids of the axes and themes of every other edition.
QSet<QUuid> axisAndThemeUuidsOutsideEdition(Database& db, Id editionId);

// Where a uuid lives among the kinds of items a group holds (actions, indicators, measurements,
// meetings): its kind, its parent (the group of an action or a meeting, the action of an indicator,
// the indicator of a measurement) and the working group it belongs to (NoId: none).
struct GroupItemOwner
{
    RecordKind kind;
    Id parent = NoId;
    Id group = NoId;
};
std::optional<GroupItemOwner> groupItemOwner(Database& db, const QUuid& uuid);

// The row id of an item of `kind` (a table of group items) by its uuid; NoId when none.
Id groupItemId(Database& db, RecordKind kind, const QUuid& uuid);

} // namespace pacte
