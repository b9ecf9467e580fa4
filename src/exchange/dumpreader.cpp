// Reading a full dump: parse and check everything into domain values (with provisional ids that
// become the row ids, since the target database is empty), then write them in one transaction.
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

namespace pacte {

namespace dumpparse {

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

} // namespace dumpparse

namespace {

using namespace dumpparse;

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
