#include "actionrows.h"

#include "domain/textsearch.h"
#include "storage/repository.h"

namespace pacte {

void ActionRowNames::load(Database& db, Id editionId)
{
    m_territories.clear();
    m_axes.clear();
    m_themes.clear();
    m_statusKeys.clear();
    m_groups.clear();
    for (const auto status : enumValues<ActionStatus>())
        m_statusKeys.insert(static_cast<int>(status), foldForSearch(enumLabel(status)));
    for (const auto& territory : TerritoryRepository(db).all())
        m_territories.insert(territory.id, territory.name);
    for (const auto& axis : AxisRepository(db).ofEdition(editionId)) {
        const QString label = QStringLiteral("%1. %2").arg(axis.number).arg(axis.title);
        m_axes.insert(axis.id, {axis.number, label, foldForSearch(label)});
        for (const auto& theme : axis.themes)
            m_themes.insert(theme.id, {theme.name, foldForSearch(theme.name)});
    }
}

const ActionRowNames::GroupNames& ActionRowNames::group(const ActionListRow& data) const
{
    // Ten actions share a group on average: its texts are made and folded once.
    auto it = m_groups.find(data.groupId);
    if (it != m_groups.end() && it->name == data.groupName && it->territoryIds == data.territoryIds)
        return *it;
    GroupNames names;
    names.name = data.groupName;
    names.territoryIds = data.territoryIds;
    QStringList territories;
    for (const Id id : data.territoryIds)
        territories << m_territories.value(id);
    names.territories = territories.join(QStringLiteral(", "));
    names.nameKey = foldForSearch(data.groupName);
    names.territoriesKey = foldForSearch(names.territories);
    return *m_groups.insert(data.groupId, names);
}

ActionRow ActionRowNames::makeRow(const ActionListRow& data) const
{
    ActionRow row;
    row.id = data.id;
    row.uuid = data.uuid;
    row.data = data;
    const GroupNames& group = this->group(data);
    row.territories = group.territories;
    const AxisNames axis = m_axes.value(data.axisId);
    row.axisNumber = axis.number;
    row.axis = axis.label;
    const auto theme = m_themes.value(data.themeId);
    row.theme = theme.first;
    row.titleKey = foldForSearch(data.title);
    row.groupKey = group.nameKey;
    row.territoriesKey = group.territoriesKey;
    row.themeKey = theme.second;
    row.searchText = row.titleKey + QLatin1Char(' ') + row.groupKey + QLatin1Char(' ') + row.territoriesKey +
                     QLatin1Char(' ') + axis.key + QLatin1Char(' ') + row.themeKey + QLatin1Char(' ') +
                     m_statusKeys.value(static_cast<int>(data.status));
    row.filters.territories = data.territoryIds;
    if (data.axisId != NoId)
        row.filters.axes = {data.axisId};
    if (data.themeId != NoId)
        row.filters.themes = {data.themeId};
    row.filters.partners = data.partnerIds;
    row.filters.publics = data.publicIds;
    row.filters.status = static_cast<int>(data.status);
    row.filters.kind = data.experimentation ? 1 : 0; // the actions' "kind" facet: experimentation or not
    return row;
}

} // namespace pacte
