#include "sheetwriter.h"

#include "domain/clock.h"
#include "domain/format.h"
#include "fundingjson.h"
#include "jsonaccess.h"
#include "provenancejson.h"
#include "recordjson.h"
#include "storage/database.h"
#include "storage/failures.h"
#include "storage/newfile.h"
#include "storage/outputpath.h"
#include "storage/provenancestore.h"
#include "storage/repository.h"
#include "storage/sheetexports.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace pacte {

namespace {

using json::indicatorJson;

using json::Json;
using json::toJson;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Sheet)
};

QString timestamp(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

// Row id -> uuid for every record the sheet can name.
class UuidMap final
{
public:
    explicit UuidMap(const SheetData& sheet)
    {
        add(m_territories, sheet.territories);
        add(m_partners, sheet.partners);
        add(m_persons, sheet.persons);
        add(m_publics, sheet.publics);
        add(m_dispositifs, sheet.dispositifs);
        add(m_axes, sheet.axes);
        for (const auto& axis : sheet.axes)
            add(m_themes, axis.themes);
    }
    Json territory(Id id) const { return one(m_territories, id); }
    Json partner(Id id) const { return one(m_partners, id); }
    QUuid partnerUuid(Id id) const { return m_partners.value(id); }
    Json person(Id id) const { return one(m_persons, id); }
    Json axis(Id id) const { return one(m_axes, id); }
    Json theme(Id id) const { return one(m_themes, id); }
    Json territories(const QList<Id>& ids) const { return many(m_territories, ids); }
    Json partners(const QList<Id>& ids) const { return many(m_partners, ids); }
    Json persons(const QList<Id>& ids) const { return many(m_persons, ids); }
    Json publics(const QList<Id>& ids) const { return many(m_publics, ids); }
    Json dispositifs(const QList<Id>& ids) const { return many(m_dispositifs, ids); }

private:
    template <typename T>
    static void add(QHash<Id, QUuid>& map, const QList<T>& items)
    {
        for (const auto& item : items)
            map.insert(item.id, item.uuid);
    }
    static Json one(const QHash<Id, QUuid>& map, Id id) { return id == NoId ? Json() : toJson(map.value(id)); }
    static Json many(const QHash<Id, QUuid>& map, const QList<Id>& ids)
    {
        Json array = Json::array();
        for (Id id : ids) {
            if (map.contains(id))
                array.push_back(toJson(map.value(id)));
        }
        return array;
    }

    QHash<Id, QUuid> m_territories, m_partners, m_persons, m_publics, m_dispositifs, m_axes, m_themes;
};

Json actionJson(const Action& a, const UuidMap& uuids)
{
    Json indicators = Json::array();
    for (const auto& indicator : a.indicators)
        indicators.push_back(indicatorJson(indicator));
    Json fundings = Json::array();
    for (const auto& line : a.fundings)
        fundings.push_back(json::fundingJson(line, uuids.partnerUuid(line.partnerId)));
    return Json{{"uuid", toJson(a.uuid)},
                {"title", toJson(a.title)},
                {"axis", uuids.axis(a.axisId)},
                {"theme", uuids.theme(a.themeId)},
                {"objectives", toJson(a.objectives)},
                {"publics", uuids.publics(a.publicIds)},
                {"modalities", toJson(a.modalities)},
                {"deliverables", toJson(a.deliverables)},
                {"dispositifs", uuids.dispositifs(a.dispositifIds)},
                {"startDate", toJson(a.startDate)},
                {"endDate", toJson(a.endDate)},
                {"status", toJson(enumCode(a.status))},
                {"experimentation", a.experimentation},
                {"notes", toJson(a.notes)},
                {"indicators", indicators},
                {"fundings", fundings}};
}

Json meetingJson(const Meeting& m, const UuidMap& uuids)
{
    return Json{{"uuid", toJson(m.uuid)},
                {"kind", toJson(enumCode(m.kind))},
                {"status", toJson(enumCode(m.status))},
                {"date", toJson(m.date)},
                {"title", toJson(m.title)},
                {"territory", uuids.territory(m.territoryId)},
                {"partners", uuids.partners(m.partnerIds)},
                {"persons", uuids.persons(m.personIds)},
                {"headCount", m.headCount},
                {"agenda", toJson(m.agenda)},
                {"decisions", toJson(m.decisions)}};
}

Json evaluationJson(const GroupEvaluation& e)
{
    return Json{{"uuid", toJson(e.uuid)},
                {"year", e.year},
                {"effects", toJson(e.effects)},
                {"coherence", toJson(e.coherence)},
                {"partnershipQuality", toJson(enumCode(e.partnershipQuality))},
                {"partnershipComment", toJson(e.partnershipComment)},
                {"difficulties", toJson(e.difficulties)},
                {"adjustments", toJson(e.adjustments)}};
}

Json lookupsJson(const SheetData& sheet, const UuidMap& uuids)
{
    Json territories = Json::array();
    for (const auto& t : sheet.territories)
        territories.push_back(Json{{"uuid", toJson(t.uuid)}, {"name", toJson(t.name)}});
    Json axes = Json::array();
    for (const auto& axis : sheet.axes) {
        Json themes = Json::array();
        for (const auto& theme : axis.themes)
            themes.push_back(Json{{"uuid", toJson(theme.uuid)}, {"name", toJson(theme.name)}});
        axes.push_back(Json{
            {"uuid", toJson(axis.uuid)}, {"number", axis.number}, {"title", toJson(axis.title)}, {"themes", themes}});
    }
    Json partners = Json::array();
    for (const auto& p : sheet.partners)
        partners.push_back(Json{{"uuid", toJson(p.uuid)},
                                {"name", toJson(p.name)},
                                {"acronym", toJson(p.acronym)},
                                {"category", toJson(enumCode(p.category))}});
    // Only what a referent needs to name people: no e-mail or telephone travels in a sheet.
    Json persons = Json::array();
    for (const auto& p : sheet.persons)
        persons.push_back(Json{{"uuid", toJson(p.uuid)},
                               {"firstName", toJson(p.firstName)},
                               {"lastName", toJson(p.lastName)},
                               {"function", toJson(p.function)},
                               {"partner", uuids.partner(p.partnerId)}});
    Json publics = Json::array();
    for (const auto& p : sheet.publics)
        publics.push_back(Json{{"uuid", toJson(p.uuid)}, {"name", toJson(p.name)}});
    Json dispositifs = Json::array();
    for (const auto& d : sheet.dispositifs)
        dispositifs.push_back(Json{{"uuid", toJson(d.uuid)}, {"acronym", toJson(d.acronym)}, {"name", toJson(d.name)}});
    return Json{{"territories", territories}, {"axes", axes},
                {"partners", partners},       {"persons", persons},
                {"targetPublics", publics},   {"dispositifs", dispositifs}};
}

QString fileNameFor(const SheetData& sheet)
{
    QStringList territories;
    for (Id id : sheet.group.territoryIds) {
        for (const auto& t : sheet.territories) {
            if (t.id == id)
                territories << t.name;
        }
    }
    return sheetFileName(sheet.group.name, territories);
}

} // namespace

QString sheetFileName(const QString& groupName, const QStringList& territories)
{
    QString name = groupName.trimmed();
    if (!territories.isEmpty())
        name += QStringLiteral(" - ") + territories.join(QStringLiteral(", "));
    QString stem = portableFileStem(name);
    if (stem.isEmpty())
        stem = Tr::tr("sheet");
    return stem + QLatin1String(SheetFileSuffix);
}

QString sheetFileName(Database& db, Id groupId)
{
    return fileNameFor(loadSheetData(db, groupId));
}

QString freeSheetPath(const QString& folder, const QString& fileName, const QString& suffix)
{
    const QString stem = fileName.endsWith(suffix) ? fileName.chopped(suffix.size()) : fileName;
    QString path = QDir(folder).filePath(fileName);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix));
    return path;
}

namespace {

// The provenance of the records a sheet carries: its group, actions, indicators, measurements and
// meetings, and its lookups.
QList<ProvenanceRecord> sheetProvenance(Database& db, const SheetData& sheet)
{
    QList<ProvenanceRecord> all = ProvenanceStore(db).all();
    if (all.isEmpty())
        return all;
    QSet<QUuid> carried{sheet.group.uuid};
    for (const auto& action : sheet.actions) {
        carried.insert(action.uuid);
        for (const auto& indicator : action.indicators) {
            carried.insert(indicator.uuid);
            for (const auto& measurement : indicator.measurements)
                carried.insert(measurement.uuid);
        }
    }
    for (const auto& meeting : sheet.meetings)
        carried.insert(meeting.uuid);
    for (const auto& evaluation : sheet.evaluations)
        carried.insert(evaluation.uuid);
    for (const auto& territory : sheet.territories)
        carried.insert(territory.uuid);
    for (const auto& axis : sheet.axes) {
        carried.insert(axis.uuid);
        for (const auto& theme : axis.themes)
            carried.insert(theme.uuid);
    }
    for (const auto& partner : sheet.partners)
        carried.insert(partner.uuid);
    for (const auto& person : sheet.persons)
        carried.insert(person.uuid);
    all.removeIf([&](const ProvenanceRecord& record) { return !carried.contains(record.uuid); });
    return all;
}

} // namespace

namespace {

// The priorities of the group's territories' local pacts, read-only (issue 20).
Json territoryPrioritiesJson(const QList<LocalPact>& pacts, const UuidMap& uuids)
{
    Json array = Json::array();
    for (const auto& pact : pacts) {
        Json priorities = Json::array();
        for (const auto& priority : pact.priorities)
            priorities.push_back(Json{{"uuid", toJson(priority.uuid)},
                                      {"rank", priority.rank},
                                      {"title", toJson(priority.title)},
                                      {"description", toJson(priority.description)}});
        array.push_back(Json{{"localPact", toJson(pact.uuid)},
                             {"territory", uuids.territory(pact.territoryId)},
                             {"priorities", priorities}});
    }
    return array;
}

} // namespace

SheetData loadSheetData(Database& db, Id groupId)
{
    SheetData sheet;
    const auto group = WorkingGroupRepository(db).find(groupId);
    if (!group)
        throw StorageError(Tr::tr("The working group no longer exists in the database."));
    sheet.group = *group;
    const auto edition = EditionRepository(db).find(group->editionId);
    if (edition) {
        sheet.origin.editionUuid = edition->uuid;
        sheet.origin.editionTitle = edition->title;
        sheet.origin.editionStart = edition->startDate;
        sheet.origin.editionEnd = edition->endDate;
    }
    sheet.origin.databaseUuid = db.databaseUuid();
    sheet.origin.databaseName = QFileInfo(db.path()).fileName();
    sheet.actions = ActionRepository(db).ofGroup(groupId);
    auto meetings = MeetingRepository(db).ofGroup(groupId);
    std::stable_sort(meetings.begin(), meetings.end(),
                     [](const Meeting& a, const Meeting& b) { return a.date < b.date; });
    sheet.meetings = meetings;
    sheet.evaluations = GroupEvaluationRepository(db).ofGroup(groupId);
    for (const auto& pact : LocalPactRepository(db).ofEdition(group->editionId)) {
        if (!group->territoryIds.contains(pact.territoryId) || pact.priorities.isEmpty())
            continue;
        LocalPact shown;
        shown.uuid = pact.uuid;
        shown.editionId = pact.editionId;
        shown.territoryId = pact.territoryId;
        shown.priorities = pact.priorities;
        for (auto& priority : shown.priorities) {
            priority.id = NoId;
            priority.axisIds.clear();
            priority.themeIds.clear();
            priority.groupIds.clear();
            priority.actionIds.clear();
        }
        sheet.localPacts.append(shown);
    }
    sheet.territories = TerritoryRepository(db).all();
    sheet.axes = AxisRepository(db).ofEdition(group->editionId);
    sheet.partners = PartnerRepository(db).all();
    sheet.persons = PersonRepository(db).all();
    sheet.publics = TargetPublicRepository(db).all();
    sheet.dispositifs = DispositifRepository(db).all();
    sheet.provenance = sheetProvenance(db, sheet);
    return sheet;
}

QByteArray writeSheet(const SheetData& sheet)
{
    const UuidMap uuids(sheet);
    const SheetOrigin& o = sheet.origin;
    Json actions = Json::array();
    for (const auto& action : sheet.actions)
        actions.push_back(actionJson(action, uuids));
    Json meetings = Json::array();
    for (const auto& meeting : sheet.meetings)
        meetings.push_back(meetingJson(meeting, uuids));
    Json evaluations = Json::array();
    for (const auto& evaluation : sheet.evaluations)
        evaluations.push_back(evaluationJson(evaluation));
    const WorkingGroup& g = sheet.group;
    Json root{{"format", SheetFormatName},
              {"formatVersion", SheetFormatVersion},
              {"database", Json{{"uuid", toJson(o.databaseUuid)}, {"name", toJson(o.databaseName)}}},
              {"edition", Json{{"uuid", toJson(o.editionUuid)},
                               {"title", toJson(o.editionTitle)},
                               {"startDate", toJson(o.editionStart)},
                               {"endDate", toJson(o.editionEnd)}}},
              {"export", Json{{"id", toJson(o.exportId)},
                              {"exportedAt", toJson(timestamp(o.exportedAt))},
                              {"exportedBy", toJson(o.exportedBy)}}},
              {"saved", o.savedAt.isValid()
                            ? Json{{"savedAt", toJson(timestamp(o.savedAt))}, {"savedBy", toJson(o.savedBy)}}
                            : Json()},
              {"group", Json{{"uuid", toJson(g.uuid)},
                             {"name", toJson(g.name)},
                             {"axis", uuids.axis(g.axisId)},
                             {"theme", uuids.theme(g.themeId)},
                             {"territories", uuids.territories(g.territoryIds)},
                             {"pilot", uuids.partner(g.pilotPartnerId)},
                             {"coPilot", uuids.partner(g.coPilotPartnerId)},
                             {"pilotPerson", uuids.person(g.pilotPersonId)},
                             {"coPilotPerson", uuids.person(g.coPilotPersonId)},
                             {"members", uuids.partners(g.memberPartnerIds)},
                             {"memberPersons", uuids.persons(g.memberPersonIds)},
                             {"status", toJson(enumCode(g.status))},
                             {"notes", toJson(g.notes)},
                             {"actions", actions},
                             {"meetings", meetings},
                             {"evaluations", evaluations}}},
              {"lookups", lookupsJson(sheet, uuids)}};
    if (!sheet.localPacts.isEmpty())
        root["territoryPriorities"] = territoryPrioritiesJson(sheet.localPacts, uuids);
    if (!sheet.provenance.isEmpty())
        root["provenance"] = provenanceJson(sheet.provenance);
    return QByteArray::fromStdString(root.dump(1)) + '\n';
}

ExportedSheet exportSheet(Database& db, Id groupId)
{
    db.ensureWritable();
    SheetData sheet = loadSheetData(db, groupId);
    sheet.origin.exportId = QUuid::createUuid();
    sheet.origin.exportedAt = Clock::currentDateTimeUtc();
    sheet.origin.exportedBy = db.userName();
    ExportedSheet exported{writeSheet(sheet), sheet.origin.exportId, fileNameFor(sheet)};
    SheetExportRecord record;
    record.exportId = sheet.origin.exportId;
    record.groupUuid = sheet.group.uuid;
    record.groupName = sheet.group.name;
    record.exportedAt = sheet.origin.exportedAt;
    record.exportedBy = sheet.origin.exportedBy;
    record.content = exported.bytes;
    Transaction transaction(db);
    SheetExports(db).recordExport(record);
    transaction.commit();
    return exported;
}

void saveSheetFile(const QString& path, const QByteArray& bytes, const std::function<void()>& midway)
{
    // Never over a database (the one the sheet comes from, or any other), whatever the file's name.
    if (const QString problem = outputPathProblem(path); !problem.isEmpty())
        throw StorageError(problem);
    NewFile file(path);
    const auto fail = [&] {
        throw StorageError(failureMessage(Tr::tr("The sheet %1 could not be written").arg(QFileInfo(path).fileName()),
                                          file.failure(), file.keptText(), file.errorString()));
    };
    if (!file.open())
        fail();
    const qsizetype half = bytes.size() / 2;
    if (!file.write(bytes.first(half)))
        fail();
    if (midway)
        midway(); // an exception here destroys `file` uncommitted: the temporary file is removed
    if (!file.write(bytes.sliced(half)) || !file.commit())
        fail();
}

} // namespace pacte
