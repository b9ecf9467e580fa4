#pragma once

#include "app/common/rowfilters.h"
#include "storage/actionlist.h"

#include <QHash>

namespace pacte {

class Database;

// One line of the list of actions: the light read (ActionListRow) plus the names it shows and the
// folded keys it sorts on, computed once so that sorting 50,000 rows does not fold text again.
struct ActionRow : RowBase
{
    ActionListRow data;
    QString territories; // names, in the group's order
    QString axis;        // "1. Lever les freins…"
    int axisNumber = 0;
    QString theme;
    QString titleKey;
    QString groupKey;
    QString territoriesKey;
    QString themeKey;
};

// The names the rows show (territories, the edition's axes and themes), read once per reload, with
// their folded forms; a group's texts are made once for all its actions.
class ActionRowNames final
{
public:
    void load(Database& db, Id editionId);
    ActionRow makeRow(const ActionListRow& data) const;

    const QHash<Id, QString>& territories() const { return m_territories; }

private:
    struct AxisNames
    {
        int number = 0;
        QString label; // "1. Lever les freins…"
        QString key;   // folded
    };
    struct GroupNames
    {
        QString name;
        QList<Id> territoryIds;
        QString territories;
        QString nameKey;
        QString territoriesKey;
    };
    const GroupNames& group(const ActionListRow& data) const;

    QHash<Id, QString> m_territories;
    QHash<Id, AxisNames> m_axes;
    QHash<Id, QPair<QString, QString>> m_themes; // name, folded
    QHash<int, QString> m_statusKeys;            // folded status labels, searched too
    mutable QHash<Id, GroupNames> m_groups;      // filled as rows are made
};

} // namespace pacte
