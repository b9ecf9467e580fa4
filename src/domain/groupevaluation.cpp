#include "groupevaluation.h"

#include "editiondata.h"

#include <QSet>

namespace pacte {

namespace {

void appendOnce(QList<Id>& ids, Id id)
{
    if (id != NoId && !ids.contains(id))
        ids.append(id);
}

} // namespace

bool GroupEvaluation::isBlank() const
{
    return effects.trimmed().isEmpty() && coherence.trimmed().isEmpty() &&
           partnershipQuality == PartnershipQuality::NotAssessed && partnershipComment.trimmed().isEmpty() &&
           difficulties.trimmed().isEmpty() && adjustments.trimmed().isEmpty();
}

GroupEvaluationFigures computeGroupEvaluationFigures(const EditionData& data, Id groupId, int year)
{
    GroupEvaluationFigures figures;
    const WorkingGroup* group = data.group(groupId);
    if (!group)
        return figures;
    figures.hasPilot = group->pilotPartnerId != NoId;
    figures.hasCoPilot = group->coPilotPartnerId != NoId;
    figures.pilotsFromDifferentStructures =
        figures.hasPilot && figures.hasCoPilot && group->pilotPartnerId != group->coPilotPartnerId;

    appendOnce(figures.involvedPartnerIds, group->pilotPartnerId);
    appendOnce(figures.involvedPartnerIds, group->coPilotPartnerId);
    for (const Id partnerId : group->memberPartnerIds)
        appendOnce(figures.involvedPartnerIds, partnerId);

    QSet<Id> partners;
    QSet<Id> persons;
    for (const auto& meeting : data.meetings) {
        if (meeting.groupId != groupId || !isGroupMeeting(meeting.kind) || !meeting.isHeld() ||
            !meeting.date.isValid() || meeting.date.year() != year)
            continue;
        ++figures.meetingsHeld;
        for (const Id id : meeting.partnerIds)
            partners.insert(id);
        for (const Id id : meeting.personIds)
            persons.insert(id);
        if (meeting.headCount > 0) {
            figures.headCountTotal += meeting.headCount;
            ++figures.meetingsWithHeadCount;
        }
    }
    partners.remove(NoId);
    persons.remove(NoId);
    figures.attendingPartners = int(partners.size());
    figures.attendingPersons = int(persons.size());

    for (const auto& action : data.actions) {
        if (action.groupId != groupId)
            continue;
        for (const Id id : action.dispositifIds)
            appendOnce(figures.dispositifIds, id);
    }
    return figures;
}

QList<int> groupEvaluationYears(const EditionData& data)
{
    QList<int> years;
    if (!data.edition.startDate.isValid() || !data.edition.endDate.isValid())
        return years;
    for (int year = data.edition.firstYear(); year <= data.edition.lastYear(); ++year)
        years.append(year);
    return years;
}

} // namespace pacte
