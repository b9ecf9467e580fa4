// Reading a full dump: an edition and what it holds (axes, signatures, commitments, groups, actions,
// meetings, its renewal).
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

void DumpParser::parseEdition(const Json& o, const Path& p)
{
    Edition edition;
    edition.uuid = json::requiredUuid(o, "uuid", p);
    edition.id = m_editions.resolve(edition.uuid, p / "uuid", Tr::tr("edition"));
    edition.title = json::requiredString(o, "title", p);
    edition.departement = json::optionalString(o, "departement", p);
    edition.startDate = json::requiredDate(o, "startDate", p);
    edition.endDate = json::requiredDate(o, "endDate", p);
    edition.predecessorId =
        m_editions.resolve(json::optionalUuid(o, "predecessor", p), p / "predecessor", Tr::tr("edition"));
    if (edition.predecessorId == edition.id)
        json::fail(p / "predecessor", Tr::tr("an edition cannot be its own predecessor."));
    edition.notes = json::optionalString(o, "notes", p);
    if (o.contains("declared") && !o.at("declared").is_null()) {
        const Path dp = p / "declared";
        json::expectObject(o.at("declared"), dp, {"signatories"});
        if (o.at("declared").contains("signatories") && !o.at("declared").at("signatories").is_null()) {
            const Json& s = o.at("declared").at("signatories");
            const Path sp = dp / "signatories";
            json::expectObject(s, sp, {"value", "quote", "source"});
            const DeclaredCount declared{json::requiredInt(s, "value", sp), json::requiredString(s, "quote", sp),
                                         json::optionalString(s, "source", sp)};
            if (const FieldErrors errors = validate(declared, QStringLiteral("value")); !errors.isEmpty())
                json::fail(sp / (errors.constFirst().field == QLatin1String("value") ? "value" : "quote"),
                           errors.constFirst().message);
            edition.declaredSignatories = declared;
        }
    }
    // The governance rules as the edition applies them (format 5); an older dump's editions apply
    // the rules as Pacte did before.
    if (o.contains("rules") && !o.at("rules").is_null()) {
        const Json& list = json::optionalArray(o, "rules", p);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Path rp = (p / "rules")[i];
            json::expectObject(list.at(i), rp,
                               {"rule", "enabled", "severity", "deadline", "quote", "source", "reference"});
            RuleSetting setting;
            setting.rule = json::requiredString(list.at(i), "rule", rp);
            if (!rules::allRuleIds().contains(setting.rule))
                json::fail(rp / "rule", Tr::tr("unknown rule \"%1\".").arg(shortened(setting.rule)));
            for (const auto& other : std::as_const(edition.rules)) {
                if (other.rule == setting.rule)
                    json::fail(rp / "rule", Tr::tr("the rule \"%1\" is listed twice.").arg(setting.rule));
            }
            setting.enabled = json::optionalBool(list.at(i), "enabled", rp, true);
            setting.severity = json::requiredEnum<Severity>(list.at(i), "severity", rp);
            setting.deadline = json::optionalDate(list.at(i), "deadline", rp);
            setting.quote = json::optionalString(list.at(i), "quote", rp);
            setting.source = json::optionalString(list.at(i), "source", rp);
            setting.reference = json::optionalString(list.at(i), "reference", rp);
            edition.rules.append(setting);
        }
        edition.rules = rules::effectiveSettings(edition.rules);
    } else {
        edition.rules = rules::defaultSettings();
    }
    check(edition, p);
    for (const auto& other : std::as_const(m_content.editions)) {
        if (other.title == edition.title)
            json::fail(p / "title", Tr::tr("two editions are named \"%1\".").arg(shortened(edition.title)));
    }
    m_content.editions.append(edition);

    const auto each = [&](const char* key, auto&& parseOne) {
        const Json& items = json::optionalArray(o, key, p);
        for (std::size_t i = 0; i < items.size(); ++i)
            parseOne(items.at(i), (p / key)[i]);
    };
    each("axes", [&](const Json& item, const Path& path) { parseAxis(item, path, edition.id); });
    each("signatures", [&](const Json& item, const Path& path) { parseSignature(item, path, edition.id); });
    each("groups", [&](const Json& item, const Path& path) { parseGroup(item, path, edition.id); });
    each("actions", [&](const Json& item, const Path& path) {
        parseAction(item, path);
        const Id groupEdition = m_groupEdition.value(m_content.actions.last().groupId);
        if (groupEdition != edition.id)
            json::fail(path / "group", Tr::tr("the working group belongs to another edition."));
        m_actionEdition.insert(m_content.actions.last().id, edition.id);
    });
    // After the edition's signatures and actions, which its commitments name (format 11).
    each("commitments", [&](const Json& item, const Path& path) { parseCommitment(item, path, edition.id); });
    each("meetings", [&](const Json& item, const Path& path) { parseMeeting(item, path, edition.id); });
    each("evaluations", [&](const Json& item, const Path& path) { parseEvaluation(item, path, edition.id); });
    each("groupEvaluations", [&](const Json& item, const Path& path) { parseGroupEvaluation(item, path, edition.id); });
    each("localPacts", [&](const Json& item, const Path& path) { parseLocalPact(item, path, edition.id); });
    if (o.contains("renewal") && !o.at("renewal").is_null())
        parseRenewal(o.at("renewal"), p / "renewal", edition.id);
}

void DumpParser::parseRenewal(const Json& o, const Path& p, Id editionId)
{
    json::expectObject(
        o, p, {"from", "renewedAt", "renewedBy", "axes", "themes", "partners", "groups", "actions", "frozenFinalYear"});
    Renewal r;
    r.editionId = editionId;
    const QString when = json::requiredString(o, "renewedAt", p);
    r.renewedAt = QDateTime::fromString(when, Qt::ISODateWithMs);
    if (!r.renewedAt.isValid())
        json::fail(p / "renewedAt", Tr::tr("\"%1\" is not a valid date and time.").arg(shortened(when)));
    r.renewedBy = json::optionalString(o, "renewedBy", p);
    const auto count = [&](const char* key) {
        const int value = json::optionalInt(o, key, p);
        if (value < 0)
            json::fail(p / key, Tr::tr("a count cannot be negative."));
        return value;
    };
    r.axes = count("axes");
    r.themes = count("themes");
    r.partners = count("partners");
    r.groups = count("groups");
    r.actions = count("actions");
    r.frozenFinalYear = count("frozenFinalYear");
    m_renewalSources.append({json::optionalUuid(o, "from", p), p / "from"});
    m_content.renewals.append(r);
}

void DumpParser::parseAxis(const Json& o, const Path& p, Id editionId)
{
    json::expectObject(o, p, {"uuid", "number", "title", "objective", "themes"});
    Axis axis;
    axis.uuid = json::requiredUuid(o, "uuid", p);
    axis.id = m_axes.add(axis.uuid, p);
    axis.editionId = editionId;
    axis.number = json::requiredInt(o, "number", p);
    axis.title = json::requiredString(o, "title", p);
    axis.objective = json::optionalString(o, "objective", p);
    const Json& themes = json::optionalArray(o, "themes", p);
    for (std::size_t i = 0; i < themes.size(); ++i) {
        const Path tp = (p / "themes")[i];
        json::expectObject(themes.at(i), tp, {"uuid", "name", "description", "templates"});
        Theme theme;
        theme.uuid = json::requiredUuid(themes.at(i), "uuid", tp);
        theme.id = m_themes.add(theme.uuid, tp);
        theme.axisId = axis.id;
        theme.name = json::requiredString(themes.at(i), "name", tp);
        theme.description = json::optionalString(themes.at(i), "description", tp);
        const Json& templates = json::optionalArray(themes.at(i), "templates", tp);
        if (!templates.empty() && m_version < 10)
            json::fail(tp / "templates", Tr::tr("indicator templates are read from format 10 on only."));
        for (std::size_t j = 0; j < templates.size(); ++j) {
            const Path ip = (tp / "templates")[j];
            const Json& to = templates.at(j);
            json::expectObject(to, ip, {"uuid", "name", "kind", "unit", "measurement", "suggestedTarget", "example"});
            IndicatorTemplate t;
            t.uuid = json::requiredUuid(to, "uuid", ip);
            t.id = m_templates.add(t.uuid, ip);
            t.themeId = theme.id;
            t.name = json::requiredString(to, "name", ip);
            t.kind = json::optionalEnum(to, "kind", ip, IndicatorKind::Output);
            t.unit = json::optionalString(to, "unit", ip);
            t.measurement = json::optionalString(to, "measurement", ip);
            t.suggestedTarget = json::optionalNumber(to, "suggestedTarget", ip);
            t.example = json::optionalBool(to, "example", ip);
            check(t, ip);
            theme.templates.append(t);
        }
        check(theme, tp);
        m_themeAxis.insert(theme.id, axis.id);
        axis.themes.append(theme);
    }
    check(axis, p);
    m_axisEdition.insert(axis.id, editionId);
    m_content.axes.append(axis);
}

void DumpParser::parseSignature(const Json& o, const Path& p, Id editionId)
{
    json::expectObject(o, p,
                       {"uuid", "partner", "status", "date", "signatoryName", "signatoryFunction", "deliberation"});
    Signature s;
    s.uuid = json::requiredUuid(o, "uuid", p);
    m_others.add(s.uuid, p);
    s.editionId = editionId;
    const Id partnerId = m_partners.resolve(json::requiredUuid(o, "partner", p), p / "partner", Tr::tr("partner"));
    s.status = json::requiredEnum<SignatureStatus>(o, "status", p);
    s.date = json::optionalDate(o, "date", p);
    s.signatoryName = json::optionalString(o, "signatoryName", p);
    s.signatoryFunction = json::optionalString(o, "signatoryFunction", p);
    if (o.contains("deliberation") && !o.at("deliberation").is_null()) {
        const Json& d = o.at("deliberation");
        const Path dp = p / "deliberation";
        json::expectObject(d, dp,
                           {"body", "meetingDate", "convocationDate", "actIdentifier", "chair", "secretary", "quorum",
                            "present", "proxies", "voters", "inFavour", "against", "abstentions", "notVoting",
                            "publicationDate", "transmissionNumber", "transmissionDate"});
        Deliberation delib;
        delib.body = json::optionalString(d, "body", dp);
        delib.meetingDate = json::optionalDate(d, "meetingDate", dp);
        delib.convocationDate = json::optionalDate(d, "convocationDate", dp);
        delib.actIdentifier = json::optionalString(d, "actIdentifier", dp);
        delib.chair = json::optionalString(d, "chair", dp);
        delib.secretary = json::optionalString(d, "secretary", dp);
        // A figure of the vote may be null: the act does not state it (format 5). Absent, it reads as
        // before: 0.
        const auto count = [&](const char* key) {
            if (d.contains(key) && d.at(key).is_null())
                return std::optional<int>();
            return std::optional<int>(json::optionalInt(d, key, dp));
        };
        delib.quorum = count("quorum");
        delib.present = count("present");
        delib.proxies = count("proxies");
        delib.voters = count("voters");
        delib.inFavour = count("inFavour");
        delib.against = count("against");
        delib.abstentions = count("abstentions");
        delib.notVoting = count("notVoting");
        delib.publicationDate = json::optionalDate(d, "publicationDate", dp);
        delib.transmissionNumber = json::optionalString(d, "transmissionNumber", dp);
        delib.transmissionDate = json::optionalDate(d, "transmissionDate", dp);
        s.deliberation = delib;
    }
    check(s, p);
    Partner& partner = m_content.partners[m_partnerIndex.value(partnerId)];
    if (partner.signatureFor(editionId))
        json::fail(p / "partner", Tr::tr("%1 already has a signature for this edition.").arg(shortened(partner.name)));
    partner.signatures.append(s);
}

void DumpParser::parseCommitment(const Json& o, const Path& p, Id editionId)
{
    json::expectObject(o, p, {"uuid", "partner", "text", "axes", "themes", "actions", "provenance", "source", "note"});
    Commitment c;
    c.uuid = json::requiredUuid(o, "uuid", p);
    m_others.add(c.uuid, p);
    c.editionId = editionId;
    const Id partnerId = m_partners.resolve(json::requiredUuid(o, "partner", p), p / "partner", Tr::tr("partner"));
    c.text = json::requiredString(o, "text", p);
    if (c.text.trimmed().isEmpty())
        json::fail(p / "text", Tr::tr("the commitment has no text."));
    const auto linked = [&](const char* key, const Ids& ids, const QString& what, auto editionOf) {
        const Path lp = p / key;
        const QList<Id> list = ids.resolveAll(json::uuidList(o, key, p), lp, what);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (editionOf(list.at(i)) != editionId)
                json::fail(lp[std::size_t(i)],
                           Tr::tr("the commitment names %1 of another edition of the pact.").arg(what));
        }
        return list;
    };
    c.axisIds = linked("axes", m_axes, Tr::tr("axis"), [this](Id id) { return m_axisEdition.value(id); });
    c.themeIds = linked("themes", m_themes, Tr::tr("theme"),
                        [this](Id id) { return m_axisEdition.value(m_themeAxis.value(id)); });
    c.actionIds = linked("actions", m_actions, Tr::tr("action"), [this](Id id) { return m_actionEdition.value(id); });
    c.provenance.kind = json::optionalEnum(o, "provenance", p, ProvenanceKind::Entered);
    c.provenance.source = json::optionalString(o, "source", p);
    c.provenance.note = json::optionalString(o, "note", p);
    Partner& partner = m_content.partners[m_partnerIndex.value(partnerId)];
    const Signature* signature = partner.signatureFor(editionId);
    if (!signature || signature->status == SignatureStatus::Declined)
        json::fail(p / "partner", Tr::tr("%1 has no signature of this edition: a commitment belongs to a signatory.")
                                      .arg(shortened(partner.name)));
    partner.commitments.append(c);
}

void DumpParser::parseGroup(const Json& o, const Path& p, Id editionId)
{
    json::expectObject(o, p,
                       {"uuid", "name", "axis", "theme", "territories", "pilot", "coPilot", "pilotPerson",
                        "coPilotPerson", "members", "memberPersons", "status", "notes"});
    WorkingGroup g;
    g.uuid = json::requiredUuid(o, "uuid", p);
    g.id = m_groups.add(g.uuid, p);
    g.editionId = editionId;
    g.name = json::requiredString(o, "name", p);
    g.axisId = m_axes.resolve(json::optionalUuid(o, "axis", p), p / "axis", Tr::tr("axis"));
    if (g.axisId != NoId && m_axisEdition.value(g.axisId) != editionId)
        json::fail(p / "axis", Tr::tr("the axis belongs to another edition."));
    g.themeId = m_themes.resolve(json::optionalUuid(o, "theme", p), p / "theme", Tr::tr("theme"));
    if (g.themeId != NoId && m_axisEdition.value(m_themeAxis.value(g.themeId)) != editionId)
        json::fail(p / "theme", Tr::tr("the theme belongs to another edition."));
    if (g.themeId != NoId && g.axisId != NoId && m_themeAxis.value(g.themeId) != g.axisId)
        json::fail(p / "theme", Tr::tr("the theme belongs to another axis than the one given."));
    g.territoryIds =
        m_territories.resolveAll(json::uuidList(o, "territories", p), p / "territories", Tr::tr("territory"));
    g.pilotPartnerId = m_partners.resolve(json::optionalUuid(o, "pilot", p), p / "pilot", Tr::tr("partner"));
    g.coPilotPartnerId = m_partners.resolve(json::optionalUuid(o, "coPilot", p), p / "coPilot", Tr::tr("partner"));
    g.pilotPersonId = m_persons.resolve(json::optionalUuid(o, "pilotPerson", p), p / "pilotPerson", Tr::tr("person"));
    g.coPilotPersonId =
        m_persons.resolve(json::optionalUuid(o, "coPilotPerson", p), p / "coPilotPerson", Tr::tr("person"));
    g.memberPartnerIds = m_partners.resolveAll(json::uuidList(o, "members", p), p / "members", Tr::tr("partner"));
    g.memberPersonIds =
        m_persons.resolveAll(json::uuidList(o, "memberPersons", p), p / "memberPersons", Tr::tr("person"));
    g.status = json::optionalEnum(o, "status", p, GroupStatus::Active);
    g.notes = json::optionalString(o, "notes", p);
    check(g, p);
    m_groupEdition.insert(g.id, editionId);
    m_content.groups.append(g);
}

void DumpParser::parseAction(const Json& o, const Path& p)
{
    json::expectObject(o, p,
                       {"uuid", "group", "title", "axis", "theme", "objectives", "publics", "modalities",
                        "deliverables", "dispositifs", "startDate", "endDate", "status", "experimentation", "notes",
                        "indicators", "fundings", "continues"});
    Action a;
    a.uuid = json::requiredUuid(o, "uuid", p);
    a.id = m_actions.add(a.uuid, p);
    a.groupId = m_groups.resolve(json::requiredUuid(o, "group", p), p / "group", Tr::tr("working group"));
    a.title = json::requiredString(o, "title", p);
    const Id editionId = m_groupEdition.value(a.groupId);
    a.axisId = m_axes.resolve(json::optionalUuid(o, "axis", p), p / "axis", Tr::tr("axis"));
    if (a.axisId != NoId && m_axisEdition.value(a.axisId) != editionId)
        json::fail(p / "axis", Tr::tr("the axis belongs to another edition."));
    a.themeId = m_themes.resolve(json::optionalUuid(o, "theme", p), p / "theme", Tr::tr("theme"));
    if (a.themeId != NoId && m_axisEdition.value(m_themeAxis.value(a.themeId)) != editionId)
        json::fail(p / "theme", Tr::tr("the theme belongs to another edition."));
    if (a.themeId != NoId && a.axisId != NoId && m_themeAxis.value(a.themeId) != a.axisId)
        json::fail(p / "theme", Tr::tr("the theme belongs to another axis than the one given."));
    a.objectives = json::optionalString(o, "objectives", p);
    a.publicIds = m_publics.resolveAll(json::uuidList(o, "publics", p), p / "publics", Tr::tr("target public"));
    a.modalities = json::optionalString(o, "modalities", p);
    a.deliverables = json::optionalString(o, "deliverables", p);
    a.dispositifIds =
        m_dispositifs.resolveAll(json::uuidList(o, "dispositifs", p), p / "dispositifs", Tr::tr("scheme (dispositif)"));
    a.startDate = json::optionalDate(o, "startDate", p);
    a.endDate = json::optionalDate(o, "endDate", p);
    a.status = json::requiredEnum<ActionStatus>(o, "status", p);
    a.experimentation = json::optionalBool(o, "experimentation", p);
    a.notes = json::optionalString(o, "notes", p);
    const Json& indicators = json::optionalArray(o, "indicators", p);
    for (std::size_t i = 0; i < indicators.size(); ++i)
        a.indicators.append(parseIndicator(indicators.at(i), (p / "indicators")[i]));
    const Json& fundings = json::optionalArray(o, "fundings", p);
    if (!fundings.empty() && m_version < 11)
        json::fail(p / "fundings", Tr::tr("funding lines are read from format 11 on only."));
    for (std::size_t i = 0; i < fundings.size(); ++i)
        a.fundings.append(json::fundingFromJson(
            fundings.at(i), (p / "fundings")[i], static_cast<int>(i) + 1,
            [this](const Json& object, const Path& path) {
                const QUuid uuid = json::requiredUuid(object, "uuid", path);
                m_others.add(uuid, path);
                return uuid;
            },
            [this](const QUuid& uuid, const Path& path) { return m_partners.resolve(uuid, path, Tr::tr("partner")); }));
    check(a, p);
    if (const QUuid continues = json::optionalUuid(o, "continues", p); !continues.isNull())
        m_continues.append({m_content.actions.size(), continues, p / "continues"});
    m_content.actions.append(a);
}

Indicator DumpParser::parseIndicator(const Json& o, const Path& p)
{
    Indicator indicator = json::indicatorFromJson(
        o, p,
        [this](const Json& object, const Path& path) {
            const QUuid uuid = json::requiredUuid(object, "uuid", path);
            m_others.add(uuid, path);
            return uuid;
        },
        [this](const QUuid& uuid, const Path& path) {
            return m_templates.resolve(uuid, path, Tr::tr("indicator template"));
        });
    // A value may be unknown (null) from format 7 on; before, a measurement always had its number.
    if (m_version < 7) {
        for (int i = 0; i < indicator.measurements.size(); ++i) {
            if (!indicator.measurements.at(i).value)
                json::fail((p / "measurements")[static_cast<std::size_t>(i)] / "value",
                           Tr::tr("a number was expected: a value may be unknown (null) from format 7 on only."));
        }
    }
    return indicator;
}

void DumpParser::parseMeeting(const Json& o, const Path& p, Id editionId)
{
    json::expectObject(o, p,
                       {"uuid", "kind", "status", "date", "title", "territory", "group", "partners", "persons",
                        "headCount", "agenda", "decisions", "coveredTerritories", "ptiPresented"});
    Meeting m;
    m.uuid = json::requiredUuid(o, "uuid", p);
    m_others.add(m.uuid, p);
    m.editionId = editionId;
    m.kind = json::requiredEnum<MeetingKind>(o, "kind", p);
    m.status = json::optionalEnum(o, "status", p, MeetingStatus::Planned);
    m.date = json::requiredDate(o, "date", p);
    m.title = json::optionalString(o, "title", p);
    m.territoryId = m_territories.resolve(json::optionalUuid(o, "territory", p), p / "territory", Tr::tr("territory"));
    m.groupId = m_groups.resolve(json::optionalUuid(o, "group", p), p / "group", Tr::tr("working group"));
    if (m.groupId != NoId && m_groupEdition.value(m.groupId) != editionId)
        json::fail(p / "group", Tr::tr("the working group belongs to another edition."));
    m.partnerIds = m_partners.resolveAll(json::uuidList(o, "partners", p), p / "partners", Tr::tr("partner"));
    m.personIds = m_persons.resolveAll(json::uuidList(o, "persons", p), p / "persons", Tr::tr("person"));
    m.headCount = json::optionalInt(o, "headCount", p);
    m.agenda = json::optionalString(o, "agenda", p);
    m.decisions = json::optionalString(o, "decisions", p);
    // Format 4: the territories a comité local pour l'emploi covers, and what the PTI presented.
    m.coveredTerritoryIds = m_territories.resolveAll(json::uuidList(o, "coveredTerritories", p),
                                                     p / "coveredTerritories", Tr::tr("territory"));
    m.ptiPresented = json::optionalString(o, "ptiPresented", p);
    check(m, p);
    m_content.meetings.append(m);
}

} // namespace pacte::dumpparse
