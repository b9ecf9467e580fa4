// Reading a full dump: parse and check everything into domain values (with provisional ids that
// become the row ids, since the target database is empty), then write them in one transaction.
#include "domain/format.h"
#include "domain/rules.h"
#include "domain/validation.h"
#include "dump.h"
#include "dumphistory.h"
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

namespace pacte {

namespace {

using json::Json;
using json::Path;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Dump)
};

template <typename T>
void check(const T& item, const Path& path)
{
    json::checkValid(item, path);
}

// uuid -> provisional id, per kind of record.
class Ids final
{
public:
    explicit Ids(QSet<QUuid>& all)
        : m_all(all)
    {}
    Id add(const QUuid& uuid, const Path& path)
    {
        if (m_all.contains(uuid))
            json::fail(path / "uuid",
                       Tr::tr("the identifier %1 is used twice in the file.").arg(uuid.toString(QUuid::WithoutBraces)));
        m_all.insert(uuid);
        const Id id = static_cast<Id>(m_ids.size()) + 1;
        m_ids.insert(uuid, id);
        return id;
    }
    // NoId for a null uuid; an unknown one fails with `what` naming the kind expected.
    Id resolve(const QUuid& uuid, const Path& path, const QString& what) const
    {
        if (uuid.isNull())
            return NoId;
        const auto it = m_ids.constFind(uuid);
        if (it == m_ids.cend())
            json::fail(path,
                       Tr::tr("%1 does not name any %2 of the file.").arg(uuid.toString(QUuid::WithoutBraces), what));
        return it.value();
    }
    QList<Id> resolveAll(const QList<QUuid>& uuids, const Path& path, const QString& what) const
    {
        QList<Id> ids;
        for (qsizetype i = 0; i < uuids.size(); ++i)
            ids.append(resolve(uuids.at(i), path[static_cast<std::size_t>(i)], what));
        return ids;
    }

private:
    QHash<QUuid, Id> m_ids;
    QSet<QUuid>& m_all; // uuids are unique across kinds too
};

struct DumpContent
{
    QList<Territory> territories;
    QList<TargetPublic> publics;
    QList<Dispositif> dispositifs;
    QList<Partner> partners;
    QList<Person> persons;
    QList<Edition> editions;
    QList<Axis> axes;
    QList<WorkingGroup> groups;
    QList<Action> actions;
    QList<Meeting> meetings;
    QList<Evaluation> evaluations;
    QHash<qsizetype, EvaluationSnapshot> snapshots; // by index in `evaluations`
    QList<GroupEvaluation> groupEvaluations;
    QList<LocalPact> localPacts;
    QList<Renewal> renewals;
};

class DumpParser final
{
public:
    DumpContent parse(const Json& root);

private:
    void parseTerritories(const Json& root, const Path& path);
    void parsePublics(const Json& root, const Path& path);
    void parseDispositifs(const Json& root, const Path& path);
    void parsePartners(const Json& root, const Path& path);
    void parsePersons(const Json& root, const Path& path);
    void parseEdition(const Json& object, const Path& path);
    void parseAxis(const Json& object, const Path& path, Id editionId);
    void parseSignature(const Json& object, const Path& path, Id editionId);
    void parseGroup(const Json& object, const Path& path, Id editionId);
    void parseCommitment(const Json& object, const Path& path, Id editionId);
    void parseAction(const Json& object, const Path& path);
    Indicator parseIndicator(const Json& object, const Path& path);
    void parseMeeting(const Json& object, const Path& path, Id editionId);
    void parseEvaluation(const Json& object, const Path& path, Id editionId);
    void parseGroupEvaluation(const Json& object, const Path& path, Id editionId);
    void parseLocalPact(const Json& object, const Path& path, Id editionId);
    void parseRenewal(const Json& object, const Path& path, Id editionId);
    QList<Edition> editionsInDependencyOrder(const Path& path) const;
    void resolveContinues();
    QList<Action> actionsInDependencyOrder(const Path& path) const;

    DumpContent m_content;
    int m_version = DumpFormatVersion;
    QSet<QUuid> m_allUuids;
    Ids m_territories{m_allUuids}, m_publics{m_allUuids}, m_dispositifs{m_allUuids}, m_partners{m_allUuids},
        m_persons{m_allUuids}, m_editions{m_allUuids}, m_axes{m_allUuids}, m_themes{m_allUuids},
        m_templates{m_allUuids}, m_groups{m_allUuids}, m_actions{m_allUuids},
        m_others{m_allUuids}; // m_others: records nothing refers to
    QHash<Id, Id> m_axisEdition, m_themeAxis, m_groupEdition, m_actionEdition;
    QHash<Id, qsizetype> m_partnerIndex;
    // The action each action continues, resolved once every action is known (it may come later).
    struct Continues
    {
        qsizetype action;
        QUuid uuid;
        Path path;
    };
    QList<Continues> m_continues;
    QList<std::pair<QUuid, Path>> m_renewalSources; // by index in m_content.renewals
};

DumpContent DumpParser::parse(const Json& root)
{
    const Path top;
    json::expectObject(root, top,
                       {"format", "formatVersion", "exportedAt", "territories", "targetPublics", "dispositifs",
                        "partners", "persons", "editions", "provenance", "database", "changeLog", "sheetExports"});
    if (json::requiredString(root, "format", top) != QLatin1String(DumpFormatName))
        json::fail(
            top / "format",
            Tr::tr("this file is not a Pacte full dump (format \"%1\" expected).").arg(QLatin1String(DumpFormatName)));
    const int version = json::requiredInt(root, "formatVersion", top);
    if (version > DumpFormatVersion)
        json::fail(top / "formatVersion", Tr::tr("this dump was written by a newer version of Pacte (format %1; this "
                                                 "version reads up to format %2).")
                                              .arg(version)
                                              .arg(DumpFormatVersion));
    if (version < 1)
        json::fail(top / "formatVersion", Tr::tr("%1 is not a valid format version.").arg(version));
    m_version = version;

    parseTerritories(root, top / "territories");
    parsePublics(root, top / "targetPublics");
    parseDispositifs(root, top / "dispositifs");
    parsePartners(root, top / "partners");
    parsePersons(root, top / "persons");
    const Json& editions = json::optionalArray(root, "editions", top);
    // Editions may name their predecessor before or after themselves: register them all first.
    for (std::size_t i = 0; i < editions.size(); ++i) {
        const Path path = (top / "editions")[i];
        json::expectObject(editions.at(i), path,
                           {"uuid", "title", "departement", "startDate", "endDate", "predecessor", "notes", "declared",
                            "rules", "axes", "signatures", "commitments", "groups", "actions", "meetings",
                            "evaluations", "groupEvaluations", "localPacts", "renewal"});
        m_editions.add(json::requiredUuid(editions.at(i), "uuid", path), path);
    }
    for (std::size_t i = 0; i < editions.size(); ++i)
        parseEdition(editions.at(i), (top / "editions")[i]);
    m_content.editions = editionsInDependencyOrder(top / "editions");
    resolveContinues();
    m_content.actions = actionsInDependencyOrder(top / "editions");
    for (qsizetype i = 0; i < m_content.renewals.size(); ++i) {
        const auto& [uuid, path] = m_renewalSources.at(i);
        m_content.renewals[i].sourceEditionId = m_editions.resolve(uuid, path, Tr::tr("edition"));
    }
    return m_content;
}

void DumpParser::parseTerritories(const Json& root, const Path& path)
{
    const Json& items = json::optionalArray(root, "territories", Path());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Json& o = items.at(i);
        const Path p = path[i];
        json::expectObject(o, p, {"uuid", "name", "diagnostic", "priorities", "notes"});
        Territory t;
        t.uuid = json::requiredUuid(o, "uuid", p);
        t.id = m_territories.add(t.uuid, p);
        t.name = json::requiredString(o, "name", p);
        t.diagnostic = json::optionalString(o, "diagnostic", p);
        t.priorities = json::optionalString(o, "priorities", p);
        t.notes = json::optionalString(o, "notes", p);
        check(t, p);
        m_content.territories.append(t);
    }
}

void DumpParser::parsePublics(const Json& root, const Path& path)
{
    const Json& items = json::optionalArray(root, "targetPublics", Path());
    QSet<QString> names;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Json& o = items.at(i);
        const Path p = path[i];
        json::expectObject(o, p, {"uuid", "name"});
        TargetPublic t;
        t.uuid = json::requiredUuid(o, "uuid", p);
        t.id = m_publics.add(t.uuid, p);
        t.name = json::requiredString(o, "name", p);
        check(t, p);
        if (names.contains(t.name))
            json::fail(p / "name", Tr::tr("the target public \"%1\" appears twice.").arg(shortened(t.name)));
        names.insert(t.name);
        m_content.publics.append(t);
    }
}

void DumpParser::parseDispositifs(const Json& root, const Path& path)
{
    const Json& items = json::optionalArray(root, "dispositifs", Path());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Json& o = items.at(i);
        const Path p = path[i];
        json::expectObject(o, p, {"uuid", "acronym", "name", "description"});
        Dispositif d;
        d.uuid = json::requiredUuid(o, "uuid", p);
        d.id = m_dispositifs.add(d.uuid, p);
        d.acronym = json::optionalString(o, "acronym", p);
        d.name = json::optionalString(o, "name", p);
        d.description = json::optionalString(o, "description", p);
        check(d, p);
        m_content.dispositifs.append(d);
    }
}

void DumpParser::parsePartners(const Json& root, const Path& path)
{
    const Json& items = json::optionalArray(root, "partners", Path());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Json& o = items.at(i);
        const Path p = path[i];
        json::expectObject(o, p, {"uuid", "name", "nameHistory", "acronym", "category", "territories", "notes"});
        Partner partner;
        partner.uuid = json::requiredUuid(o, "uuid", p);
        partner.id = m_partners.add(partner.uuid, p);
        partner.name = json::requiredString(o, "name", p);
        partner.acronym = json::optionalString(o, "acronym", p);
        partner.category = json::optionalEnum(o, "category", p, PartnerCategory::Other);
        partner.territoryIds =
            m_territories.resolveAll(json::uuidList(o, "territories", p), p / "territories", Tr::tr("territory"));
        partner.notes = json::optionalString(o, "notes", p);
        // Its names over time (format 4), oldest first.
        const Json& names = json::optionalArray(o, "nameHistory", p);
        for (std::size_t n = 0; n < names.size(); ++n) {
            const Path np = (p / "nameHistory")[n];
            json::expectObject(names.at(n), np, {"uuid", "name", "effectiveFrom"});
            PartnerName entry;
            entry.uuid = json::requiredUuid(names.at(n), "uuid", np);
            m_others.add(entry.uuid, np);
            entry.name = json::requiredString(names.at(n), "name", np);
            entry.effectiveFrom = json::requiredDate(names.at(n), "effectiveFrom", np);
            partner.nameHistory.append(entry);
        }
        check(partner, p);
        m_partnerIndex.insert(partner.id, m_content.partners.size());
        m_content.partners.append(partner);
    }
}

void DumpParser::parsePersons(const Json& root, const Path& path)
{
    const Json& items = json::optionalArray(root, "persons", Path());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Json& o = items.at(i);
        const Path p = path[i];
        json::expectObject(
            o, p, {"uuid", "firstName", "lastName", "function", "email", "phone", "partner", "roles", "notes"});
        Person person;
        person.uuid = json::requiredUuid(o, "uuid", p);
        person.id = m_persons.add(person.uuid, p);
        person.firstName = json::optionalString(o, "firstName", p);
        person.lastName = json::optionalString(o, "lastName", p);
        person.function = json::optionalString(o, "function", p);
        person.email = json::optionalString(o, "email", p);
        person.phone = json::optionalString(o, "phone", p);
        person.partnerId = m_partners.resolve(json::optionalUuid(o, "partner", p), p / "partner", Tr::tr("partner"));
        person.notes = json::optionalString(o, "notes", p);
        const Json& roles = json::optionalArray(o, "roles", p);
        for (std::size_t r = 0; r < roles.size(); ++r) {
            const Path rp = (p / "roles")[r];
            json::expectObject(roles.at(r), rp, {"kind", "territory"});
            PersonRole role;
            role.kind = json::requiredEnum<PersonRoleKind>(roles.at(r), "kind", rp);
            role.territoryId = m_territories.resolve(json::optionalUuid(roles.at(r), "territory", rp), rp / "territory",
                                                     Tr::tr("territory"));
            person.roles.append(role);
        }
        check(person, p);
        m_content.persons.append(person);
    }
}

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

QList<Edition> DumpParser::editionsInDependencyOrder(const Path& path) const
{
    QList<Edition> ordered;
    QSet<Id> placed;
    QList<Edition> pending = m_content.editions;
    while (!pending.isEmpty()) {
        const auto before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            if (it->predecessorId == NoId || placed.contains(it->predecessorId)) {
                placed.insert(it->id);
                ordered.append(*it);
                it = pending.erase(it);
            } else {
                ++it;
            }
        }
        if (pending.size() == before)
            json::fail(path, Tr::tr("the editions' predecessors form a loop (%1).").arg(pending.first().title));
    }
    return ordered;
}

void DumpParser::resolveContinues()
{
    for (const auto& c : std::as_const(m_continues)) {
        Action& action = m_content.actions[c.action];
        action.continuesId = m_actions.resolve(c.uuid, c.path, Tr::tr("action"));
        if (action.continuesId == action.id)
            json::fail(c.path, Tr::tr("an action cannot continue itself."));
    }
}

// The actions, each after the one it continues (the link is a foreign key).
QList<Action> DumpParser::actionsInDependencyOrder(const Path& path) const
{
    if (m_continues.isEmpty())
        return m_content.actions;
    QList<Action> ordered;
    QSet<Id> placed;
    QList<Action> pending = m_content.actions;
    while (!pending.isEmpty()) {
        const auto before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            if (it->continuesId == NoId || placed.contains(it->continuesId)) {
                placed.insert(it->id);
                ordered.append(*it);
                it = pending.erase(it);
            } else {
                ++it;
            }
        }
        if (pending.size() == before)
            json::fail(path, Tr::tr("the actions' \"continues\" links form a loop (%1).").arg(pending.first().title));
    }
    return ordered;
}

template <typename T>
void insertAll(Database& db, QList<T>& items)
{
    Repository<T> repository(db);
    for (auto& item : items)
        repository.insert(item);
}

} // namespace

void importDump(Database& db, const QByteArray& bytes)
{
    const Json root = json::parse(bytes);
    DumpContent content = DumpParser().parse(root);
    const DumpHistory history = parseDumpHistory(root);
    const QList<ProvenanceRecord> provenance = parseProvenance(root, "provenance", json::Path());

    db.ensureWritable();
    // Every other record hangs on an edition, a partner or one of these.
    if (EditionRepository(db).count() > 0 || PartnerRepository(db).count() > 0 || TerritoryRepository(db).count() > 0 ||
        PersonRepository(db).count() > 0 || TargetPublicRepository(db).count() > 0 ||
        DispositifRepository(db).count() > 0)
        throw StorageError(Tr::tr("A full dump can only be read into an empty database."));
    const ChangeSource previous = db.changeSource();
    db.setChangeSource(ChangeSource::Import);
    try {
        Transaction transaction(db);
        const qint64 changeLogMark = ChangeLog(db).lastId();
        insertAll(db, content.territories);
        insertAll(db, content.publics);
        insertAll(db, content.dispositifs);
        insertAll(db, content.editions);
        insertAll(db, content.axes);
        // The partners' commitments name actions: written once the actions are.
        QList<Partner> partners = content.partners;
        for (auto& partner : partners)
            partner.commitments.clear();
        insertAll(db, partners);
        insertAll(db, content.persons);
        insertAll(db, content.groups);
        insertAll(db, content.actions);
        for (auto& partner : content.partners) {
            if (!partner.commitments.isEmpty())
                saveCommitments(db, partner);
        }
        insertAll(db, content.meetings);
        insertAll(db, content.evaluations);
        for (auto it = content.snapshots.cbegin(); it != content.snapshots.cend(); ++it)
            storeFrozenSnapshot(db, content.evaluations.at(it.key()).id, it.value());
        insertAll(db, content.groupEvaluations);
        insertAll(db, content.localPacts);
        for (const auto& renewal : std::as_const(content.renewals))
            storeRenewal(db, renewal);
        restoreProvenance(db, provenance, json::Path());
        restoreDumpHistory(db, history, changeLogMark);
        transaction.commit();
    } catch (...) {
        db.setChangeSource(previous);
        db.reloadIdentity();
        throw;
    }
    db.setChangeSource(previous);
    db.reloadIdentity();
}

} // namespace pacte
