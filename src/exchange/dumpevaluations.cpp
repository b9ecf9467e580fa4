// Reading a full dump: the yearly evaluations, the working groups' evaluations and the local pacts.
#include "domain/format.h"
#include "domain/rules.h"
#include "domain/validation.h"
#include "dump.h"
#include "dumphistory.h"
#include "dumpparser.h"
#include "fundingjson.h"
#include "jsonaccess.h"
#include "provenancejson.h"
#include "recordjson.h"
#include "storage/commitmentrecords.h"
#include "storage/database.h"
#include "storage/evaluationstore.h"
#include "storage/renewal.h"
#include "storage/repository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pacte::dumpparse {

void DumpParser::parseEvaluation(const Json& o, const Path& p, Id editionId)
{
    json::expectObject(o, p,
                       {"uuid", "year", "kind", "date", "asOf", "assessment", "governanceAssessment", "axisAssessments",
                        "frozenSnapshot"});
    Evaluation e;
    e.uuid = json::requiredUuid(o, "uuid", p);
    m_others.add(e.uuid, p);
    e.editionId = editionId;
    e.year = json::requiredInt(o, "year", p);
    e.kind = json::requiredEnum<EvaluationKind>(o, "kind", p);
    e.date = json::optionalDate(o, "date", p);
    e.asOf = json::optionalDate(o, "asOf", p); // absent (formats 1 to 5) or null: 31 December
    e.assessment = json::optionalString(o, "assessment", p);
    e.governanceAssessment = json::optionalString(o, "governanceAssessment", p);
    const Json& assessments = json::optionalArray(o, "axisAssessments", p);
    for (std::size_t i = 0; i < assessments.size(); ++i) {
        const Path ap = (p / "axisAssessments")[i];
        json::expectObject(assessments.at(i), ap, {"axis", "text"});
        const Id axisId =
            m_axes.resolve(json::requiredUuid(assessments.at(i), "axis", ap), ap / "axis", Tr::tr("axis"));
        if (m_axisEdition.value(axisId) != editionId)
            json::fail(ap / "axis", Tr::tr("the axis belongs to another edition."));
        e.axisAssessments.append({axisId, json::optionalString(assessments.at(i), "text", ap)});
    }
    if (o.contains("frozenSnapshot") && !o.at("frozenSnapshot").is_null()) {
        const Json& frozen = o.at("frozenSnapshot");
        if (!frozen.is_object())
            json::fail(p / "frozenSnapshot", Tr::tr("an object was expected."));
        try {
            m_content.snapshots.insert(m_content.evaluations.size(),
                                       EvaluationSnapshot::fromJson(QByteArray::fromStdString(frozen.dump())));
        } catch (const std::runtime_error&) {
            json::fail(p / "frozenSnapshot", Tr::tr("these frozen figures are not valid."));
        }
    }
    check(e, p);
    for (const auto& other : std::as_const(m_content.evaluations)) {
        if (other.editionId == editionId && other.year == e.year && other.kind == e.kind)
            json::fail(p / "year", Tr::tr("this evaluation appears twice."));
    }
    m_content.evaluations.append(e);
}

// Format 9: a working group's yearly evaluation (older formats have none).
void DumpParser::parseGroupEvaluation(const Json& o, const Path& p, Id editionId)
{
    json::expectObject(o, p,
                       {"uuid", "group", "year", "effects", "coherence", "partnershipQuality", "partnershipComment",
                        "difficulties", "adjustments"});
    GroupEvaluation e;
    e.uuid = json::requiredUuid(o, "uuid", p);
    m_others.add(e.uuid, p);
    e.groupId = m_groups.resolve(json::requiredUuid(o, "group", p), p / "group", Tr::tr("working group"));
    if (m_groupEdition.value(e.groupId) != editionId)
        json::fail(p / "group", Tr::tr("the working group belongs to another edition."));
    e.year = json::requiredInt(o, "year", p);
    e.effects = json::optionalString(o, "effects", p);
    e.coherence = json::optionalString(o, "coherence", p);
    e.partnershipQuality = json::optionalEnum(o, "partnershipQuality", p, PartnershipQuality::NotAssessed);
    e.partnershipComment = json::optionalString(o, "partnershipComment", p);
    e.difficulties = json::optionalString(o, "difficulties", p);
    e.adjustments = json::optionalString(o, "adjustments", p);
    check(e, p);
    for (const auto& other : std::as_const(m_content.groupEvaluations)) {
        if (other.groupId == e.groupId && other.year == e.year)
            json::fail(p / "year", Tr::tr("this group evaluation appears twice."));
    }
    m_content.groupEvaluations.append(e);
}

// Format 11: a territory's local pact of the edition (older formats have none).
void DumpParser::parseLocalPact(const Json& o, const Path& p, Id editionId)
{
    json::expectObject(o, p,
                       {"uuid", "territory", "diagnosis", "diagnosisSources", "partners", "persons", "priorities",
                        "reviews", "notes"});
    LocalPact pact;
    pact.uuid = json::requiredUuid(o, "uuid", p);
    m_others.add(pact.uuid, p);
    pact.editionId = editionId;
    pact.territoryId =
        m_territories.resolve(json::requiredUuid(o, "territory", p), p / "territory", Tr::tr("territory"));
    pact.diagnosis = json::optionalString(o, "diagnosis", p);
    pact.diagnosisSources = json::optionalString(o, "diagnosisSources", p);
    pact.memberPartnerIds = m_partners.resolveAll(json::uuidList(o, "partners", p), p / "partners", Tr::tr("partner"));
    pact.memberPersonIds = m_persons.resolveAll(json::uuidList(o, "persons", p), p / "persons", Tr::tr("person"));
    pact.notes = json::optionalString(o, "notes", p);
    const Json& priorities = json::optionalArray(o, "priorities", p);
    for (std::size_t i = 0; i < priorities.size(); ++i) {
        const Json& item = priorities.at(i);
        const Path path = (p / "priorities")[i];
        json::expectObject(item, path, {"uuid", "title", "description", "axes", "themes", "groups", "actions"});
        LocalPriority priority;
        priority.uuid = json::requiredUuid(item, "uuid", path);
        m_others.add(priority.uuid, path);
        priority.title = json::requiredString(item, "title", path);
        priority.description = json::optionalString(item, "description", path);
        priority.axisIds = m_axes.resolveAll(json::uuidList(item, "axes", path), path / "axes", Tr::tr("axis"));
        priority.themeIds = m_themes.resolveAll(json::uuidList(item, "themes", path), path / "themes", Tr::tr("theme"));
        priority.groupIds =
            m_groups.resolveAll(json::uuidList(item, "groups", path), path / "groups", Tr::tr("working group"));
        priority.actionIds =
            m_actions.resolveAll(json::uuidList(item, "actions", path), path / "actions", Tr::tr("action"));
        for (const Id id : priority.axisIds) {
            if (m_axisEdition.value(id) != editionId)
                json::fail(path / "axes", Tr::tr("the axis belongs to another edition."));
        }
        for (const Id id : priority.themeIds) {
            if (m_axisEdition.value(m_themeAxis.value(id)) != editionId)
                json::fail(path / "themes", Tr::tr("the theme belongs to another edition."));
        }
        for (const Id id : priority.groupIds) {
            if (m_groupEdition.value(id) != editionId)
                json::fail(path / "groups", Tr::tr("the working group belongs to another edition."));
        }
        for (const Id id : priority.actionIds) {
            const auto action = std::find_if(m_content.actions.cbegin(), m_content.actions.cend(),
                                             [id](const Action& a) { return a.id == id; });
            if (action == m_content.actions.cend() || m_groupEdition.value(action->groupId) != editionId)
                json::fail(path / "actions", Tr::tr("the action belongs to another edition."));
        }
        pact.priorities.append(priority);
    }
    const Json& reviews = json::optionalArray(o, "reviews", p);
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        const Json& item = reviews.at(i);
        const Path path = (p / "reviews")[i];
        json::expectObject(item, path, {"uuid", "year", "progress", "difficulties", "adjustments"});
        LocalPactReview review;
        review.uuid = json::requiredUuid(item, "uuid", path);
        m_others.add(review.uuid, path);
        review.year = json::requiredInt(item, "year", path);
        review.progress = json::optionalString(item, "progress", path);
        review.difficulties = json::optionalString(item, "difficulties", path);
        review.adjustments = json::optionalString(item, "adjustments", path);
        pact.reviews.append(review);
    }
    pact.normalise();
    check(pact, p);
    for (const auto& other : std::as_const(m_content.localPacts)) {
        if (other.editionId == editionId && other.territoryId == pact.territoryId)
            json::fail(p / "territory", Tr::tr("this territory has two local pacts in the edition."));
    }
    m_content.localPacts.append(pact);
}

} // namespace pacte::dumpparse
