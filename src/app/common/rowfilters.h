#pragma once

#include "domain/ids.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace pacte {

// The filterable facets of one list row: which territories, axes, ... it belongs to.
enum class FilterKey { Territory, Axis, Theme, Status, Partner, Public, Kind };

struct RowFilters
{
    QList<Id> territories;
    QList<Id> axes;
    QList<Id> themes;
    QList<Id> partners;
    QList<Id> publics;
    int status = -1; // an enum value, when the row has a status
    int kind = -1;   // an enum value, when the row has a kind

    bool matches(FilterKey key, qint64 value) const;
};

// What every list row carries besides its columns.
struct RowBase
{
    Id id = NoId;
    QUuid uuid;
    QString searchText; // folded (foldForSearch) text the quick search looks in
    RowFilters filters;
};

// Roles the list models answer beyond Qt's.
enum ListRole {
    SearchRole = Qt::UserRole + 1, // QString, folded
    FiltersRole,                   // RowFilters
    SortRole,                      // the column's sort key
    UuidRole,                      // QUuid
};

} // namespace pacte

Q_DECLARE_METATYPE(pacte::RowFilters)
