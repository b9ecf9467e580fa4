#include "coveragelookup.h"

#include <QStringList>

namespace pacte {

CoverageLookup::CoverageLookup(const EditionData& data)
{
    for (const auto& territory : data.territories)
        m_territories.insert(territory.id, territory.name);
    for (const auto& axis : data.axes) {
        for (const auto& theme : axis.themes) {
            m_themes.insert(theme.id, theme.name);
            m_axisNumbers.insert(theme.id, axis.number);
            m_axisTitles.insert(theme.id, axis.title);
        }
    }
    for (const auto& partner : data.partners)
        m_partners.insert(partner.id, &partner);
    for (const auto& group : data.groups)
        m_groups.insert(group.id, &group);
    for (const auto& action : data.actions)
        m_actions.insert(action.id, &action);
}

QString CoverageLookup::partner(Id id) const
{
    const Partner* partner = m_partners.value(id);
    return partner ? partner->displayName() : QString();
}

QString CoverageLookup::partnerFullName(Id id) const
{
    const Partner* partner = m_partners.value(id);
    return partner ? partner->name : QString();
}

QString CoverageLookup::groupLabel(Id id) const
{
    const WorkingGroup* group = m_groups.value(id);
    if (!group)
        return {};
    QStringList places;
    for (Id territoryId : group->territoryIds) {
        const QString name = territory(territoryId);
        if (!name.isEmpty())
            places << name;
    }
    return places.isEmpty() ? group->name
                            : QStringLiteral("%1 (%2)").arg(group->name, places.join(QStringLiteral(", ")));
}

QString CoverageLookup::partners(const QList<Id>& ids) const
{
    QStringList names;
    for (Id id : ids) {
        const QString name = partner(id);
        if (!name.isEmpty())
            names << name;
    }
    return names.join(QStringLiteral(", "));
}

} // namespace pacte
