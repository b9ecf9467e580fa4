#include "governanceevaluation.h"

#include <QHash>
#include <QSet>

namespace pacte {

namespace {

QList<BodyRecord> countBodies(const EditionData& data, const QDate& asOf)
{
    QMap<MeetingKind, BodyRecord> byKind;
    for (const auto& meeting : data.meetings) {
        BodyRecord& record = byKind[meeting.kind];
        record.kind = meeting.kind;
        if (!meeting.date.isValid() || meeting.date > asOf) {
            if (meeting.status == MeetingStatus::Planned || meeting.status == MeetingStatus::Postponed)
                ++record.coming;
            continue;
        }
        ++record.scheduled;
        switch (meeting.status) {
        case MeetingStatus::Held:
            ++record.held;
            record.withDecisions += meeting.decisions.trimmed().isEmpty() ? 0 : 1;
            break;
        case MeetingStatus::Postponed:
            ++record.postponed;
            break;
        case MeetingStatus::Cancelled:
            ++record.cancelled;
            break;
        case MeetingStatus::Planned:
            ++record.notRecorded;
            break;
        }
    }
    return byKind.values();
}

QList<NewPartnerInvolvement> newPartnerInvolvement(const EditionData& data)
{
    QHash<Id, NewPartnerInvolvement> involvement;
    for (const auto* partner : data.signatories()) {
        const auto* previous = partner->signatureFor(data.edition.predecessorId);
        if (!previous || previous->status == SignatureStatus::Declined)
            involvement.insert(partner->id, NewPartnerInvolvement{partner->id, 0, 0, 0});
    }
    for (const auto& group : data.groups) {
        QSet<Id> counted;
        if (auto it = involvement.find(group.pilotPartnerId); it != involvement.end()) {
            ++it->pilots;
            counted.insert(group.pilotPartnerId);
        }
        if (auto it = involvement.find(group.coPilotPartnerId);
            it != involvement.end() && !counted.contains(it.key())) {
            ++it->coPilots;
            counted.insert(group.coPilotPartnerId);
        }
        for (Id member : group.memberPartnerIds) {
            if (auto it = involvement.find(member); it != involvement.end() && !counted.contains(member)) {
                ++it->memberships;
                counted.insert(member);
            }
        }
    }
    QList<NewPartnerInvolvement> result = involvement.values();
    const auto weight = [](const NewPartnerInvolvement& p) { return p.pilots + p.coPilots + p.memberships; };
    std::sort(result.begin(), result.end(), [&](const NewPartnerInvolvement& a, const NewPartnerInvolvement& b) {
        if (weight(a) != weight(b))
            return weight(a) > weight(b);
        const auto* pa = data.partner(a.partnerId);
        const auto* pb = data.partner(b.partnerId);
        return QString::localeAwareCompare(pa ? pa->name : QString(), pb ? pb->name : QString()) < 0;
    });
    return result;
}

} // namespace

bool isPartnerPilot(const EditionData& data, Id partnerId)
{
    const Partner* partner = data.partner(partnerId);
    return partner && partner->category != PartnerCategory::Departement;
}

GovernanceEvaluation evaluateGovernance(const EditionData& data, const QDate& asOf, const Coverage& coverage)
{
    GovernanceEvaluation result;
    result.bodies = countBodies(data, asOf);
    for (const auto& group : data.groups) {
        ++result.groups;
        result.activeGroups += group.status == GroupStatus::Active ? 1 : 0;
        if (group.pilotPartnerId == NoId && group.coPilotPartnerId == NoId)
            result.groupsWithoutPilot.append(group.id);
        else if (!isPartnerPilot(data, group.pilotPartnerId) && !isPartnerPilot(data, group.coPilotPartnerId))
            result.groupsWithoutPartnerPilot.append(group.id);
    }
    result.newPartnersKnown = data.edition.predecessorId != NoId;
    if (result.newPartnersKnown)
        result.newPartners = newPartnerInvolvement(data);
    for (const auto& gap : coverage.gaps)
        (gap.kind == CoverageGapKind::NoGroup ? result.gapsWithoutGroup : result.gapsWithoutLiveAction) += 1;
    result.overlaps = static_cast<int>(coverage.overlaps.size());
    result.possibleDuplicates = static_cast<int>(coverage.duplicates.size());
    return result;
}

} // namespace pacte
