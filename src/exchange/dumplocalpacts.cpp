#include "dumplocalpacts.h"

namespace pacte {

namespace {

using json::Json;
using json::toJson;

QList<QUuid> mapIds(const QHash<Id, QUuid>& uuids, const QList<Id>& ids)
{
    QList<QUuid> result;
    for (const Id id : ids)
        result.append(uuids.value(id));
    return result;
}

} // namespace

Json localPactsJson(const QList<LocalPact>& pacts, Id editionId, const QHash<Id, QUuid>& territoryUuids,
                    const LocalPactUuids& uuids)
{
    Json array = Json::array();
    for (const auto& pact : pacts) {
        if (pact.editionId != editionId)
            continue;
        Json priorities = Json::array();
        for (const auto& priority : pact.priorities)
            priorities.push_back(Json{{"uuid", toJson(priority.uuid)},
                                      {"title", toJson(priority.title)},
                                      {"description", toJson(priority.description)},
                                      {"axes", toJson(mapIds(uuids.axes, priority.axisIds))},
                                      {"themes", toJson(mapIds(uuids.themes, priority.themeIds))},
                                      {"groups", toJson(mapIds(uuids.groups, priority.groupIds))},
                                      {"actions", toJson(mapIds(uuids.actions, priority.actionIds))}});
        Json reviews = Json::array();
        for (const auto& review : pact.reviews)
            reviews.push_back(Json{{"uuid", toJson(review.uuid)},
                                   {"year", review.year},
                                   {"progress", toJson(review.progress)},
                                   {"difficulties", toJson(review.difficulties)},
                                   {"adjustments", toJson(review.adjustments)}});
        array.push_back(Json{{"uuid", toJson(pact.uuid)},
                             {"territory", toJson(territoryUuids.value(pact.territoryId))},
                             {"diagnosis", toJson(pact.diagnosis)},
                             {"diagnosisSources", toJson(pact.diagnosisSources)},
                             {"partners", toJson(mapIds(uuids.partners, pact.memberPartnerIds))},
                             {"persons", toJson(mapIds(uuids.persons, pact.memberPersonIds))},
                             {"priorities", priorities},
                             {"reviews", reviews},
                             {"notes", toJson(pact.notes)}});
    }
    return array;
}

} // namespace pacte
