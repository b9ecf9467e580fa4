#include "domain/clock.h"
#include "domain/rules.h"
#include "dump.h"
#include "dumphistory.h"
#include "dumplocalpacts.h"
#include "fundingjson.h"
#include "jsonaccess.h"
#include "provenancejson.h"
#include "recordjson.h"
#include "storage/database.h"
#include "storage/evaluationstore.h"
#include "storage/provenancestore.h"
#include "storage/renewal.h"
#include "storage/repository.h"

#include <algorithm>

#include <QDateTime>
#include <QHash>

namespace pacte {

namespace {

using json::fundingJson;
using json::indicatorJson;

using json::Json;
using json::toJson;

// Row id -> uuid, for writing references.
template <typename T>
QHash<Id, QUuid> uuidsOf(const QList<T>& items)
{
    QHash<Id, QUuid> uuids;
    for (const auto& item : items)
        uuids.insert(item.id, item.uuid);
    return uuids;
}

QList<QUuid> mapIds(const QHash<Id, QUuid>& uuids, const QList<Id>& ids)
{
    QList<QUuid> result;
    for (Id id : ids)
        result.append(uuids.value(id));
    return result;
}

// A figure of the vote: null when the act does not state it (format 5).
Json countJson(const std::optional<int>& value)
{
    return value ? Json(*value) : Json();
}

Json deliberationJson(const Deliberation& d)
{
    return Json{{"body", toJson(d.body)},
                {"meetingDate", toJson(d.meetingDate)},
                {"convocationDate", toJson(d.convocationDate)},
                {"actIdentifier", toJson(d.actIdentifier)},
                {"chair", toJson(d.chair)},
                {"secretary", toJson(d.secretary)},
                {"quorum", countJson(d.quorum)},
                {"present", countJson(d.present)},
                {"proxies", countJson(d.proxies)},
                {"voters", countJson(d.voters)},
                {"inFavour", countJson(d.inFavour)},
                {"against", countJson(d.against)},
                {"abstentions", countJson(d.abstentions)},
                {"notVoting", countJson(d.notVoting)},
                {"publicationDate", toJson(d.publicationDate)},
                {"transmissionNumber", toJson(d.transmissionNumber)},
                {"transmissionDate", toJson(d.transmissionDate)}};
}

} // namespace

QByteArray exportDump(Database& db)
{
    const auto territories = TerritoryRepository(db).all();
    const auto publics = TargetPublicRepository(db).all();
    const auto dispositifs = DispositifRepository(db).all();
    const auto partners = PartnerRepository(db).all();
    // In creation (id) order, not the repository's alphabetical one: importing the dump gives the persons
    // ids in this order, and the lists that name persons are kept in id order, so another export is identical.
    auto persons = PersonRepository(db).all();
    std::sort(persons.begin(), persons.end(), [](const Person& a, const Person& b) { return a.id < b.id; });
    const auto editions = EditionRepository(db).all();
    const auto axes = AxisRepository(db).all();
    const auto groups = WorkingGroupRepository(db).all();
    const auto actions = ActionRepository(db).all();
    const auto meetings = MeetingRepository(db).all();
    const auto evaluations = EvaluationRepository(db).all();
    const auto groupEvaluations = GroupEvaluationRepository(db).all();
    const auto localPacts = LocalPactRepository(db).all();

    const auto territoryUuids = uuidsOf(territories);
    const auto publicUuids = uuidsOf(publics);
    const auto dispositifUuids = uuidsOf(dispositifs);
    const auto partnerUuids = uuidsOf(partners);
    const auto personUuids = uuidsOf(persons);
    const auto editionUuids = uuidsOf(editions);
    const auto axisUuids = uuidsOf(axes);
    const auto groupUuids = uuidsOf(groups);
    const auto actionUuids = uuidsOf(actions);
    QHash<Id, QUuid> themeUuids;
    QHash<Id, QUuid> templateUuids;
    for (const auto& axis : axes) {
        for (const auto& theme : axis.themes) {
            themeUuids.insert(theme.id, theme.uuid);
            for (const auto& t : theme.templates)
                templateUuids.insert(t.id, t.uuid);
        }
    }
    LocalPactUuids localPactUuids{partnerUuids, personUuids, axisUuids, themeUuids, groupUuids, actionUuids};
    QHash<Id, Id> groupEdition;
    for (const auto& group : groups)
        groupEdition.insert(group.id, group.editionId);

    Json root{{"format", DumpFormatName},
              {"formatVersion", DumpFormatVersion},
              {"exportedAt", Clock::currentDateTimeUtc().toString(Qt::ISODate).toStdString()}};
    writeDumpHeaderIdentity(db, root);
    Json territoriesJson = Json::array();
    for (const auto& t : territories)
        territoriesJson.push_back(Json{{"uuid", toJson(t.uuid)},
                                       {"name", toJson(t.name)},
                                       {"diagnostic", toJson(t.diagnostic)},
                                       {"priorities", toJson(t.priorities)},
                                       {"notes", toJson(t.notes)}});
    root["territories"] = territoriesJson;
    Json publicsJson = Json::array();
    for (const auto& p : publics)
        publicsJson.push_back(Json{{"uuid", toJson(p.uuid)}, {"name", toJson(p.name)}});
    root["targetPublics"] = publicsJson;
    Json dispositifsJson = Json::array();
    for (const auto& d : dispositifs)
        dispositifsJson.push_back(Json{{"uuid", toJson(d.uuid)},
                                       {"acronym", toJson(d.acronym)},
                                       {"name", toJson(d.name)},
                                       {"description", toJson(d.description)}});
    root["dispositifs"] = dispositifsJson;
    Json partnersJson = Json::array();
    for (const auto& p : partners) {
        Json names = Json::array();
        for (const auto& entry : p.nameHistory)
            names.push_back(Json{{"uuid", toJson(entry.uuid)},
                                 {"name", toJson(entry.name)},
                                 {"effectiveFrom", toJson(entry.effectiveFrom)}});
        partnersJson.push_back(Json{{"uuid", toJson(p.uuid)},
                                    {"name", toJson(p.name)},
                                    {"nameHistory", names},
                                    {"acronym", toJson(p.acronym)},
                                    {"category", toJson(enumCode(p.category))},
                                    {"territories", toJson(mapIds(territoryUuids, p.territoryIds))},
                                    {"notes", toJson(p.notes)}});
    }
    root["partners"] = partnersJson;
    Json personsJson = Json::array();
    for (const auto& p : persons) {
        Json roles = Json::array();
        for (const auto& role : p.roles) {
            Json r{{"kind", toJson(enumCode(role.kind))}};
            if (role.territoryId != NoId)
                r["territory"] = toJson(territoryUuids.value(role.territoryId));
            roles.push_back(r);
        }
        personsJson.push_back(Json{{"uuid", toJson(p.uuid)},
                                   {"firstName", toJson(p.firstName)},
                                   {"lastName", toJson(p.lastName)},
                                   {"function", toJson(p.function)},
                                   {"email", toJson(p.email)},
                                   {"phone", toJson(p.phone)},
                                   {"partner", toJson(partnerUuids.value(p.partnerId))},
                                   {"roles", roles},
                                   {"notes", toJson(p.notes)}});
    }
    root["persons"] = personsJson;

    Json editionsJson = Json::array();
    for (const auto& e : editions) {
        Json axesJson = Json::array();
        for (const auto& axis : axes) {
            if (axis.editionId != e.id)
                continue;
            Json themes = Json::array();
            for (const auto& theme : axis.themes) {
                Json templates = Json::array();
                for (const auto& t : theme.templates)
                    templates.push_back(Json{{"uuid", toJson(t.uuid)},
                                             {"name", toJson(t.name)},
                                             {"kind", toJson(enumCode(t.kind))},
                                             {"unit", toJson(t.unit)},
                                             {"measurement", toJson(t.measurement)},
                                             {"suggestedTarget", toJson(t.suggestedTarget)},
                                             {"example", t.example}});
                themes.push_back(Json{{"uuid", toJson(theme.uuid)},
                                      {"name", toJson(theme.name)},
                                      {"description", toJson(theme.description)},
                                      {"templates", templates}});
            }
            axesJson.push_back(Json{{"uuid", toJson(axis.uuid)},
                                    {"number", axis.number},
                                    {"title", toJson(axis.title)},
                                    {"objective", toJson(axis.objective)},
                                    {"themes", themes}});
        }
        Json signatures = Json::array();
        for (const auto& partner : partners) {
            const auto* s = partner.signatureFor(e.id);
            if (!s)
                continue;
            signatures.push_back(Json{{"uuid", toJson(s->uuid)},
                                      {"partner", toJson(partner.uuid)},
                                      {"status", toJson(enumCode(s->status))},
                                      {"date", toJson(s->date)},
                                      {"signatoryName", toJson(s->signatoryName)},
                                      {"signatoryFunction", toJson(s->signatoryFunction)},
                                      {"deliberation", s->deliberation ? deliberationJson(*s->deliberation) : Json()}});
        }
        // What each signatory commits to in this edition (format 11), after the signatures.
        Json commitmentsJson = Json::array();
        for (const auto& partner : partners) {
            for (const auto& c : partner.commitments) {
                if (c.editionId != e.id)
                    continue;
                commitmentsJson.push_back(Json{{"uuid", toJson(c.uuid)},
                                               {"partner", toJson(partner.uuid)},
                                               {"text", toJson(c.text)},
                                               {"axes", toJson(mapIds(axisUuids, c.axisIds))},
                                               {"themes", toJson(mapIds(themeUuids, c.themeIds))},
                                               {"actions", toJson(mapIds(actionUuids, c.actionIds))},
                                               {"provenance", toJson(enumCode(c.provenance.kind))},
                                               {"source", toJson(c.provenance.source)},
                                               {"note", toJson(c.provenance.note)}});
            }
        }
        Json groupsJson = Json::array();
        for (const auto& g : groups) {
            if (g.editionId != e.id)
                continue;
            groupsJson.push_back(Json{{"uuid", toJson(g.uuid)},
                                      {"name", toJson(g.name)},
                                      {"axis", toJson(axisUuids.value(g.axisId))},
                                      {"theme", toJson(themeUuids.value(g.themeId))},
                                      {"territories", toJson(mapIds(territoryUuids, g.territoryIds))},
                                      {"pilot", toJson(partnerUuids.value(g.pilotPartnerId))},
                                      {"coPilot", toJson(partnerUuids.value(g.coPilotPartnerId))},
                                      {"pilotPerson", toJson(personUuids.value(g.pilotPersonId))},
                                      {"coPilotPerson", toJson(personUuids.value(g.coPilotPersonId))},
                                      {"members", toJson(mapIds(partnerUuids, g.memberPartnerIds))},
                                      {"memberPersons", toJson(mapIds(personUuids, g.memberPersonIds))},
                                      {"status", toJson(enumCode(g.status))},
                                      {"notes", toJson(g.notes)}});
        }
        Json actionsJson = Json::array();
        for (const auto& a : actions) {
            if (groupEdition.value(a.groupId) != e.id)
                continue;
            Json indicators = Json::array();
            for (const auto& indicator : a.indicators)
                indicators.push_back(indicatorJson(indicator, templateUuids.value(indicator.templateId)));
            Json fundings = Json::array();
            for (const auto& line : a.fundings)
                fundings.push_back(fundingJson(line, partnerUuids.value(line.partnerId)));
            actionsJson.push_back(Json{{"uuid", toJson(a.uuid)},
                                       {"group", toJson(groupUuids.value(a.groupId))},
                                       {"title", toJson(a.title)},
                                       {"axis", toJson(axisUuids.value(a.axisId))},
                                       {"theme", toJson(themeUuids.value(a.themeId))},
                                       {"objectives", toJson(a.objectives)},
                                       {"publics", toJson(mapIds(publicUuids, a.publicIds))},
                                       {"modalities", toJson(a.modalities)},
                                       {"deliverables", toJson(a.deliverables)},
                                       {"dispositifs", toJson(mapIds(dispositifUuids, a.dispositifIds))},
                                       {"startDate", toJson(a.startDate)},
                                       {"endDate", toJson(a.endDate)},
                                       {"status", toJson(enumCode(a.status))},
                                       {"experimentation", a.experimentation},
                                       {"notes", toJson(a.notes)},
                                       {"indicators", indicators},
                                       {"fundings", fundings},
                                       {"continues", toJson(actionUuids.value(a.continuesId))}});
        }
        Json meetingsJson = Json::array();
        for (const auto& m : meetings) {
            if (m.editionId != e.id)
                continue;
            meetingsJson.push_back(Json{{"uuid", toJson(m.uuid)},
                                        {"kind", toJson(enumCode(m.kind))},
                                        {"status", toJson(enumCode(m.status))},
                                        {"date", toJson(m.date)},
                                        {"title", toJson(m.title)},
                                        {"territory", toJson(territoryUuids.value(m.territoryId))},
                                        {"group", toJson(groupUuids.value(m.groupId))},
                                        {"partners", toJson(mapIds(partnerUuids, m.partnerIds))},
                                        {"persons", toJson(mapIds(personUuids, m.personIds))},
                                        {"headCount", m.headCount},
                                        {"agenda", toJson(m.agenda)},
                                        {"decisions", toJson(m.decisions)},
                                        {"coveredTerritories", toJson(mapIds(territoryUuids, m.coveredTerritoryIds))},
                                        {"ptiPresented", toJson(m.ptiPresented)}});
        }
        Json evaluationsJson = Json::array();
        for (const auto& ev : evaluations) {
            if (ev.editionId != e.id)
                continue;
            Json assessments = Json::array();
            for (const auto& a : ev.axisAssessments)
                assessments.push_back(Json{{"axis", toJson(axisUuids.value(a.axisId))}, {"text", toJson(a.text)}});
            const auto frozen = frozenSnapshotOf(db, ev.id);
            evaluationsJson.push_back(
                Json{{"uuid", toJson(ev.uuid)},
                     {"year", ev.year},
                     {"kind", toJson(enumCode(ev.kind))},
                     {"date", toJson(ev.date)},
                     {"asOf", toJson(ev.asOf)},
                     {"assessment", toJson(ev.assessment)},
                     {"governanceAssessment", toJson(ev.governanceAssessment)},
                     {"axisAssessments", assessments},
                     {"frozenSnapshot", frozen ? Json::parse(frozen->toJson().toStdString()) : Json()}});
        }
        // The working groups' yearly evaluations (format 9).
        Json groupEvaluationsJson = Json::array();
        for (const auto& ge : groupEvaluations) {
            if (groupEdition.value(ge.groupId) != e.id)
                continue;
            groupEvaluationsJson.push_back(Json{{"uuid", toJson(ge.uuid)},
                                                {"group", toJson(groupUuids.value(ge.groupId))},
                                                {"year", ge.year},
                                                {"effects", toJson(ge.effects)},
                                                {"coherence", toJson(ge.coherence)},
                                                {"partnershipQuality", toJson(enumCode(ge.partnershipQuality))},
                                                {"partnershipComment", toJson(ge.partnershipComment)},
                                                {"difficulties", toJson(ge.difficulties)},
                                                {"adjustments", toJson(ge.adjustments)}});
        }
        Json renewalJson;
        if (const auto renewal = findRenewal(db, e.id))
            renewalJson = Json{{"from", toJson(editionUuids.value(renewal->sourceEditionId))},
                               {"renewedAt", renewal->renewedAt.toUTC().toString(Qt::ISODateWithMs).toStdString()},
                               {"renewedBy", toJson(renewal->renewedBy)},
                               {"axes", renewal->axes},
                               {"themes", renewal->themes},
                               {"partners", renewal->partners},
                               {"groups", renewal->groups},
                               {"actions", renewal->actions},
                               {"frozenFinalYear", renewal->frozenFinalYear}};
        // The figures the pact declares, each with its source (format 4).
        Json declaredJson{{"signatories", nullptr}};
        if (const auto& signatories = e.declaredSignatories)
            declaredJson["signatories"] = Json{{"value", signatories->value},
                                               {"quote", toJson(signatories->quote)},
                                               {"source", toJson(signatories->source)}};
        // How the edition applies each governance rule (format 5).
        Json rulesJson = Json::array();
        for (const auto& setting : rules::effectiveSettings(e.rules))
            rulesJson.push_back(Json{{"rule", toJson(setting.rule)},
                                     {"enabled", setting.enabled},
                                     {"severity", toJson(enumCode(setting.severity))},
                                     {"deadline", toJson(setting.deadline)},
                                     {"quote", toJson(setting.quote)},
                                     {"source", toJson(setting.source)},
                                     {"reference", toJson(setting.reference)}});
        editionsJson.push_back(Json{{"uuid", toJson(e.uuid)},
                                    {"title", toJson(e.title)},
                                    {"departement", toJson(e.departement)},
                                    {"startDate", toJson(e.startDate)},
                                    {"endDate", toJson(e.endDate)},
                                    {"predecessor", toJson(editionUuids.value(e.predecessorId))},
                                    {"notes", toJson(e.notes)},
                                    {"declared", declaredJson},
                                    {"rules", rulesJson},
                                    {"axes", axesJson},
                                    {"signatures", signatures},
                                    {"commitments", commitmentsJson},
                                    {"groups", groupsJson},
                                    {"actions", actionsJson},
                                    {"meetings", meetingsJson},
                                    {"evaluations", evaluationsJson},
                                    {"groupEvaluations", groupEvaluationsJson},
                                    // Each territory's local pact (format 11).
                                    {"localPacts", localPactsJson(localPacts, e.id, territoryUuids, localPactUuids)},
                                    {"renewal", renewalJson}});
    }
    root["editions"] = editionsJson;
    root["provenance"] = provenanceJson(ProvenanceStore(db).all());
    writeDumpHistory(db, root);
    const std::string text = root.dump(1);
    return QByteArray::fromStdString(text) + '\n';
}

} // namespace pacte
