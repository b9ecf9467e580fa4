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

// What a list model offers its proxy besides the roles: the rows themselves, and a comparison of two
// rows on a column, so that filtering and sorting 50,000 rows builds no QVariant per row or per
// comparison (ListTableModel implements it).
class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual const RowBase* rowBase(int sourceRow) const = 0;
    virtual bool rowLessThan(int leftRow, int rightRow, int column) const = 0;
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
