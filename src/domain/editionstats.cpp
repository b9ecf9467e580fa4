#include "editionstats.h"

#include "evaluationsnapshot.h"

namespace pacte {

EditionStats computeStats(const EditionData& data)
{
    EditionStats stats;
    stats.edition = data.edition.title;
    stats.partners = static_cast<int>(data.signatories().size());
    stats.persons = static_cast<int>(data.persons.size());
    stats.territories = static_cast<int>(data.territories.size());
    stats.axes = static_cast<int>(data.axes.size());
    for (const auto& axis : data.axes)
        stats.themes += static_cast<int>(axis.themes.size());
    stats.workingGroups = static_cast<int>(data.groups.size());
    stats.actions = static_cast<int>(data.actions.size());

    for (ActionStatus status : enumValues<ActionStatus>())
        stats.actionsByStatus.insert(status, 0);
    QHash<Id, int> byAxis;
    QHash<Id, int> byTerritory;
    QHash<Id, const WorkingGroup*> groups;
    for (const auto& group : data.groups)
        groups.insert(group.id, &group);
    for (const auto& action : data.actions) {
        ++stats.actionsByStatus[action.status];
        if (action.experimentation)
            ++stats.experimentations;
        const auto* group = groups.value(action.groupId);
        const Id axisId = action.axisId != NoId ? action.axisId : (group ? group->axisId : NoId);
        ++byAxis[axisId];
        if (group) {
            for (Id territoryId : group->territoryIds)
                ++byTerritory[territoryId];
        }
    }
    for (const auto& axis : data.axes)
        stats.actionsByAxis.append({axis.title, byAxis.value(axis.id)});
    for (const auto& territory : data.territories)
        stats.actionsByTerritory.append({territory.name, byTerritory.value(territory.id)});

    for (MeetingKind kind : enumValues<MeetingKind>())
        stats.meetingsByKind.insert(kind, 0);
    for (const auto& meeting : data.meetings) {
        ++stats.meetings;
        ++stats.meetingsByKind[meeting.kind];
        if (meeting.isHeld())
            ++stats.meetingsHeld;
    }
    return stats;
}

EditionStats computeStats(const EvaluationSnapshot& snapshot)
{
    EditionStats stats;
    stats.edition = snapshot.edition;
    stats.partners = static_cast<int>(snapshot.signatories.size());
    stats.territories = static_cast<int>(snapshot.territories.size());
    stats.axes = static_cast<int>(snapshot.axes.size());
    stats.themes = static_cast<int>(snapshot.themes.size());
    stats.workingGroups = static_cast<int>(snapshot.groups.size());
    stats.actions = static_cast<int>(snapshot.actions.size());
    for (ActionStatus status : enumValues<ActionStatus>())
        stats.actionsByStatus.insert(status, 0);
    QHash<QString, int> byAxis;
    QHash<QString, int> byTerritory;
    for (const auto& action : snapshot.actions) {
        ++stats.actionsByStatus[action.status];
        if (action.experimentation)
            ++stats.experimentations;
        ++byAxis[action.axisTitle];
        for (const auto& territory : action.territories)
            ++byTerritory[territory];
    }
    for (const auto& axis : snapshot.axes)
        stats.actionsByAxis.append({axis, byAxis.value(axis)});
    for (const auto& territory : snapshot.territories)
        stats.actionsByTerritory.append({territory, byTerritory.value(territory)});
    for (MeetingKind kind : enumValues<MeetingKind>())
        stats.meetingsByKind.insert(kind, 0);
    for (const auto& meeting : snapshot.meetings) {
        ++stats.meetings;
        ++stats.meetingsHeld;
        ++stats.meetingsByKind[meeting.kind];
    }
    return stats;
}

} // namespace pacte
