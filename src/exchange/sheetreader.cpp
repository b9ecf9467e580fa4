// Reading a working-group sheet: the header, the lookups, then the group's actions and meetings,
// each checked (types, required fields, dates, references, domain validation) with its JSON path.
#include "sheetreader.h"

#include "domain/format.h"
#include "domain/validation.h"
#include "fundingjson.h"
#include "provenancejson.h"
#include "recordjson.h"
#include "sheetframe.h"
#include "storage/failures.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace pacte {

namespace {

using json::Json;
using json::Path;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Sheet)
};

template <typename T>
void check(const T& item, const Path& path)
{
    json::checkValid(item, path);
}

QDateTime optionalTimestamp(const Json& object, const char* key, const Path& path)
{
    const QString text = json::optionalString(object, key, path);
    if (text.isEmpty())
        return {};
    const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        json::fail(path / key, Tr::tr("\"%1\" is not a valid date and time.").arg(shortened(text, 60)));
    return when;
}

const Json& requiredObject(const Json& object, const char* key, const Path& path)
{
    if (!object.contains(key) || object.at(key).is_null())
        json::fail(path / key, Tr::tr("this field is required."));
    return object.at(key);
}

Json parseRoot(const QByteArray& bytes)
{
    const Json root = json::parse(bytes);
    const Path top;
    if (!root.is_object())
        json::fail(top, Tr::tr("this file is not a Pacte working-group sheet."));
    if (!root.contains("format") || !root.at("format").is_string() ||
        root.at("format").get<std::string>() != SheetFormatName)
        json::fail(top / "format", Tr::tr("this file is not a Pacte working-group sheet (format \"%1\" expected).")
                                       .arg(QLatin1String(SheetFormatName)));
    const int version = json::requiredInt(root, "formatVersion", top);
    if (version > SheetFormatVersion)
        json::fail(top / "formatVersion", Tr::tr("this sheet was written by a newer version of Pacte (format %1; "
                                                 "this version reads up to format %2).")
                                              .arg(version)
                                              .arg(SheetFormatVersion));
    if (version < 1)
        json::fail(top / "formatVersion", Tr::tr("%1 is not a valid format version.").arg(version));
    json::expectObject(root, top,
                       {"format", "formatVersion", "database", "edition", "export", "saved", "group", "lookups",
                        "provenance", "territoryPriorities"});
    return root;
}

SheetOrigin parseOrigin(const Json& root)
{
    const Path top;
    SheetOrigin origin;
    const Json& database = requiredObject(root, "database", top);
    json::expectObject(database, top / "database", {"uuid", "name"});
    origin.databaseUuid = json::requiredUuid(database, "uuid", top / "database");
    origin.databaseName = json::optionalString(database, "name", top / "database");
    const Json& edition = requiredObject(root, "edition", top);
    const Path ep = top / "edition";
    json::expectObject(edition, ep, {"uuid", "title", "startDate", "endDate"});
    origin.editionUuid = json::requiredUuid(edition, "uuid", ep);
    origin.editionTitle = json::requiredString(edition, "title", ep);
    origin.editionStart = json::requiredDate(edition, "startDate", ep);
    origin.editionEnd = json::requiredDate(edition, "endDate", ep);
    if (origin.editionEnd < origin.editionStart)
        json::fail(ep / "endDate", Tr::tr("The end date is before the start date."));
    const Json& exported = requiredObject(root, "export", top);
    const Path xp = top / "export";
    json::expectObject(exported, xp, {"id", "exportedAt", "exportedBy"});
    origin.exportId = json::requiredUuid(exported, "id", xp);
    origin.exportedAt = optionalTimestamp(exported, "exportedAt", xp);
    origin.exportedBy = json::optionalString(exported, "exportedBy", xp);
    if (root.contains("saved") && !root.at("saved").is_null()) {
        const Path sp = top / "saved";
        json::expectObject(root.at("saved"), sp, {"savedAt", "savedBy"});
        origin.savedAt = optionalTimestamp(root.at("saved"), "savedAt", sp);
        origin.savedBy = json::optionalString(root.at("saved"), "savedBy", sp);
    }
    return origin;
}

class SheetParser final
{
public:
    explicit SheetParser(SheetFrame& frame)
        : m_frame(frame)
    {}
    SheetData parse(const Json& root);

private:
    void parseLookups(const Json& root, const Path& path);
    void parseTerritoryPriorities(const Json& root, const Path& path);
    void parseGroup(const Json& object, const Path& path);
    Action parseAction(const Json& object, const Path& path);
    Indicator parseIndicator(const Json& object, const Path& path);
    Meeting parseMeeting(const Json& object, const Path& path);
    GroupEvaluation parseEvaluation(const Json& object, const Path& path);
    QUuid itemUuid(const Json& object, const Path& path);
    QList<Id> resolveAll(RefKind kind, const Json& object, const char* key, const Path& path);
    Id resolveOne(RefKind kind, const Json& object, const char* key, const Path& path);
    void checkAxisTheme(Id axisId, Id themeId, const Path& path);

    SheetFrame& m_frame;
    SheetData m_sheet;
    QSet<QUuid> m_lookupUuids;
};

SheetData SheetParser::parse(const Json& root)
{
    m_sheet.origin = parseOrigin(root);
    parseLookups(root, Path() / "lookups");
    parseGroup(requiredObject(root, "group", Path()), Path() / "group");
    m_sheet.provenance = parseProvenance(root, "provenance", Path());
    parseTerritoryPriorities(root, Path() / "territoryPriorities");
    return m_sheet;
}

// Read-only (issue 20): shown in sheet mode, never imported. A territory the frame does not know is
// left out rather than refused.
void SheetParser::parseTerritoryPriorities(const Json& root, const Path& path)
{
    const Json& pacts = json::optionalArray(root, "territoryPriorities", Path());
    for (std::size_t i = 0; i < pacts.size(); ++i) {
        const Path p = path[i];
        json::expectObject(pacts.at(i), p, {"localPact", "territory", "priorities"});
        LocalPact pact;
        pact.uuid = json::optionalUuid(pacts.at(i), "localPact", p);
        pact.editionId = m_frame.editionId();
        pact.territoryId = m_frame.resolveContext(RefKind::Territory, json::optionalUuid(pacts.at(i), "territory", p),
                                                  p / "territory");
        const Json& priorities = json::optionalArray(pacts.at(i), "priorities", p);
        for (std::size_t j = 0; j < priorities.size(); ++j) {
            const Path pp = (p / "priorities")[j];
            json::expectObject(priorities.at(j), pp, {"uuid", "rank", "title", "description"});
            LocalPriority priority;
            priority.uuid = json::optionalUuid(priorities.at(j), "uuid", pp);
            priority.title = json::requiredString(priorities.at(j), "title", pp);
            priority.description = json::optionalString(priorities.at(j), "description", pp);
            pact.priorities.append(priority);
        }
        pact.normalise();
        if (pact.territoryId != NoId)
            m_sheet.localPacts.append(pact);
    }
}

void SheetParser::parseLookups(const Json& root, const Path& path)
{
    if (!root.contains("lookups") || root.at("lookups").is_null())
        return;
    const Json& lookups = root.at("lookups");
    json::expectObject(lookups, path, {"territories", "axes", "partners", "persons", "targetPublics", "dispositifs"});
    const auto each = [&](const char* key, std::initializer_list<const char*> allowed, auto&& read) {
        const Json& items = json::optionalArray(lookups, key, path);
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Path p = (path / key)[i];
            json::expectObject(items.at(i), p, allowed);
            const QUuid uuid = json::requiredUuid(items.at(i), "uuid", p);
            if (m_lookupUuids.contains(uuid))
                json::fail(
                    p / "uuid",
                    Tr::tr("the identifier %1 is used twice in the sheet.").arg(uuid.toString(QUuid::WithoutBraces)));
            m_lookupUuids.insert(uuid);
            read(items.at(i), p, uuid);
        }
    };
    each("territories", {"uuid", "name"}, [&](const Json& o, const Path& p, const QUuid& uuid) {
        Territory t;
        t.uuid = uuid;
        t.id = m_frame.lookupId(RefKind::Territory, uuid, NoId);
        t.name = json::requiredString(o, "name", p);
        m_sheet.territories.append(t);
    });
    each("axes", {"uuid", "number", "title", "themes"}, [&](const Json& o, const Path& p, const QUuid& uuid) {
        Axis axis;
        axis.uuid = uuid;
        axis.id = m_frame.lookupId(RefKind::Axis, uuid, NoId);
        axis.editionId = m_frame.editionId();
        axis.number = json::requiredInt(o, "number", p);
        axis.title = json::requiredString(o, "title", p);
        const Json& themes = json::optionalArray(o, "themes", p);
        for (std::size_t i = 0; i < themes.size(); ++i) {
            const Path tp = (p / "themes")[i];
            json::expectObject(themes.at(i), tp, {"uuid", "name"});
            Theme theme;
            theme.uuid = json::requiredUuid(themes.at(i), "uuid", tp);
            if (m_lookupUuids.contains(theme.uuid))
                json::fail(tp / "uuid", Tr::tr("the identifier %1 is used twice in the sheet.")
                                            .arg(theme.uuid.toString(QUuid::WithoutBraces)));
            m_lookupUuids.insert(theme.uuid);
            theme.id = m_frame.lookupId(RefKind::Theme, theme.uuid, axis.id);
            theme.axisId = axis.id;
            theme.name = json::requiredString(themes.at(i), "name", tp);
            axis.themes.append(theme);
        }
        m_sheet.axes.append(axis);
    });
    each("partners", {"uuid", "name", "acronym", "category"}, [&](const Json& o, const Path& p, const QUuid& uuid) {
        Partner partner;
        partner.uuid = uuid;
        partner.id = m_frame.lookupId(RefKind::Partner, uuid, NoId);
        partner.name = json::requiredString(o, "name", p);
        partner.acronym = json::optionalString(o, "acronym", p);
        partner.category = json::optionalEnum(o, "category", p, PartnerCategory::Other);
        m_sheet.partners.append(partner);
    });
    each("persons", {"uuid", "firstName", "lastName", "function", "partner"},
         [&](const Json& o, const Path& p, const QUuid& uuid) {
             Person person;
             person.uuid = uuid;
             person.id = m_frame.lookupId(RefKind::Person, uuid, NoId);
             person.firstName = json::optionalString(o, "firstName", p);
             person.lastName = json::optionalString(o, "lastName", p);
             person.function = json::optionalString(o, "function", p);
             // Resolved once every partner is known (persons come after partners in the file).
             person.partnerId =
                 m_frame.resolveContext(RefKind::Partner, json::optionalUuid(o, "partner", p), p / "partner");
             m_sheet.persons.append(person);
         });
    each("targetPublics", {"uuid", "name"}, [&](const Json& o, const Path& p, const QUuid& uuid) {
        TargetPublic t;
        t.uuid = uuid;
        t.id = m_frame.lookupId(RefKind::Public, uuid, NoId);
        t.name = json::requiredString(o, "name", p);
        m_sheet.publics.append(t);
    });
    each("dispositifs", {"uuid", "acronym", "name"}, [&](const Json& o, const Path& p, const QUuid& uuid) {
        Dispositif d;
        d.uuid = uuid;
        d.id = m_frame.lookupId(RefKind::Dispositif, uuid, NoId);
        d.acronym = json::optionalString(o, "acronym", p);
        d.name = json::optionalString(o, "name", p);
        m_sheet.dispositifs.append(d);
    });
}

void SheetParser::parseGroup(const Json& o, const Path& p)
{
    json::expectObject(o, p,
                       {"uuid", "name", "axis", "theme", "territories", "pilot", "coPilot", "pilotPerson",
                        "coPilotPerson", "members", "memberPersons", "status", "notes", "actions", "meetings",
                        "evaluations"});
    WorkingGroup& g = m_sheet.group;
    g.uuid = json::requiredUuid(o, "uuid", p);
    g.id = m_frame.groupId();
    g.editionId = m_frame.editionId();
    g.name = json::requiredString(o, "name", p);
    const auto context = [&](RefKind kind, const char* key) {
        return m_frame.resolveContext(kind, json::optionalUuid(o, key, p), p / key);
    };
    const auto contextList = [&](RefKind kind, const char* key) {
        QList<Id> ids;
        const QList<QUuid> uuids = json::uuidList(o, key, p);
        for (qsizetype i = 0; i < uuids.size(); ++i) {
            const Id id = m_frame.resolveContext(kind, uuids.at(i), (p / key)[static_cast<std::size_t>(i)]);
            if (id != NoId)
                ids.append(id);
        }
        return ids;
    };
    g.axisId = context(RefKind::Axis, "axis");
    g.themeId = context(RefKind::Theme, "theme");
    g.territoryIds = contextList(RefKind::Territory, "territories");
    g.pilotPartnerId = context(RefKind::Partner, "pilot");
    g.coPilotPartnerId = context(RefKind::Partner, "coPilot");
    g.pilotPersonId = context(RefKind::Person, "pilotPerson");
    g.coPilotPersonId = context(RefKind::Person, "coPilotPerson");
    g.memberPartnerIds = contextList(RefKind::Partner, "members");
    g.memberPersonIds = contextList(RefKind::Person, "memberPersons");
    g.status = json::optionalEnum(o, "status", p, GroupStatus::Active);
    g.notes = json::optionalString(o, "notes", p);
    m_sheet.paths.insert(g.uuid, p.text());

    const Json& actions = json::optionalArray(o, "actions", p);
    for (std::size_t i = 0; i < actions.size(); ++i)
        m_sheet.actions.append(parseAction(actions.at(i), (p / "actions")[i]));
    const Json& meetings = json::optionalArray(o, "meetings", p);
    for (std::size_t i = 0; i < meetings.size(); ++i)
        m_sheet.meetings.append(parseMeeting(meetings.at(i), (p / "meetings")[i]));
    const Json& evaluations = json::optionalArray(o, "evaluations", p);
    for (std::size_t i = 0; i < evaluations.size(); ++i)
        m_sheet.evaluations.append(parseEvaluation(evaluations.at(i), (p / "evaluations")[i]));
}

QUuid SheetParser::itemUuid(const Json& object, const Path& path)
{
    // An item written by hand without an identifier is a new one: it gets its identifier here.
    const QUuid given = json::optionalUuid(object, "uuid", path);
    const QUuid uuid = given.isNull() ? QUuid::createUuid() : given;
    if (m_sheet.paths.contains(uuid) || m_lookupUuids.contains(uuid))
        json::fail(path / "uuid",
                   Tr::tr("the identifier %1 is used twice in the sheet.").arg(uuid.toString(QUuid::WithoutBraces)));
    m_sheet.paths.insert(uuid, path.text());
    return uuid;
}

Id SheetParser::resolveOne(RefKind kind, const Json& object, const char* key, const Path& path)
{
    const QUuid uuid = json::optionalUuid(object, key, path);
    return uuid.isNull() ? NoId : m_frame.resolve(kind, uuid, path / key);
}

QList<Id> SheetParser::resolveAll(RefKind kind, const Json& object, const char* key, const Path& path)
{
    QList<Id> ids;
    const QList<QUuid> uuids = json::uuidList(object, key, path);
    for (qsizetype i = 0; i < uuids.size(); ++i) {
        const Id id = m_frame.resolve(kind, uuids.at(i), (path / key)[static_cast<std::size_t>(i)]);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void SheetParser::checkAxisTheme(Id axisId, Id themeId, const Path& path)
{
    // Negative ids are records deleted since the export (see sheetimport.cpp): nothing to compare.
    if (themeId > 0 && axisId > 0 && m_frame.axisOfTheme(themeId) != axisId)
        json::fail(path / "theme", Tr::tr("the theme belongs to another axis than the one given."));
}

Action SheetParser::parseAction(const Json& o, const Path& p)
{
    json::expectObject(o, p,
                       {"uuid", "title", "axis", "theme", "objectives", "publics", "modalities", "deliverables",
                        "dispositifs", "startDate", "endDate", "status", "experimentation", "notes", "indicators",
                        "fundings"});
    Action a;
    a.uuid = itemUuid(o, p);
    a.groupId = m_frame.groupId();
    a.title = json::requiredString(o, "title", p);
    a.axisId = resolveOne(RefKind::Axis, o, "axis", p);
    a.themeId = resolveOne(RefKind::Theme, o, "theme", p);
    checkAxisTheme(a.axisId, a.themeId, p);
    a.objectives = json::optionalString(o, "objectives", p);
    a.publicIds = resolveAll(RefKind::Public, o, "publics", p);
    a.modalities = json::optionalString(o, "modalities", p);
    a.deliverables = json::optionalString(o, "deliverables", p);
    a.dispositifIds = resolveAll(RefKind::Dispositif, o, "dispositifs", p);
    a.startDate = json::optionalDate(o, "startDate", p);
    a.endDate = json::optionalDate(o, "endDate", p);
    a.status = json::requiredEnum<ActionStatus>(o, "status", p);
    a.experimentation = json::optionalBool(o, "experimentation", p);
    a.notes = json::optionalString(o, "notes", p);
    const Json& indicators = json::optionalArray(o, "indicators", p);
    for (std::size_t i = 0; i < indicators.size(); ++i)
        a.indicators.append(parseIndicator(indicators.at(i), (p / "indicators")[i]));
    // The funding lines (issue 20), each checked at its own path: a bad amount names where it is.
    const Json& fundings = json::optionalArray(o, "fundings", p);
    for (std::size_t i = 0; i < fundings.size(); ++i)
        a.fundings.append(json::fundingFromJson(
            fundings.at(i), (p / "fundings")[i], static_cast<int>(i) + 1,
            [this](const Json& object, const Path& path) { return itemUuid(object, path); },
            [this](const QUuid& uuid, const Path& path) { return m_frame.resolve(RefKind::Partner, uuid, path); }));
    // A year outside the edition is refused at its own path (the domain would name the line only).
    const SheetOrigin& origin = m_sheet.origin;
    for (qsizetype i = 0; origin.editionStart.isValid() && origin.editionEnd.isValid() && i < a.fundings.size(); ++i) {
        const auto& amounts = a.fundings.at(i).amounts;
        for (qsizetype j = 0; j < amounts.size(); ++j) {
            const int year = amounts.at(j).year;
            if (year < origin.editionStart.year() || year > origin.editionEnd.year())
                json::fail(((p / "fundings")[static_cast<std::size_t>(i)] / "amounts")[static_cast<std::size_t>(j)] /
                               "year",
                           Tr::tr("%1 is not a year of the edition \"%2\" (%3 to %4).")
                               .arg(year)
                               .arg(origin.editionTitle)
                               .arg(origin.editionStart.year())
                               .arg(origin.editionEnd.year()));
        }
    }
    Action own = a;
    own.indicators.clear(); // indicators and funding lines were checked with their own paths
    own.fundings.clear();
    check(own, p);
    return a;
}

Indicator SheetParser::parseIndicator(const Json& o, const Path& p)
{
    return json::indicatorFromJson(o, p,
                                   [this](const Json& object, const Path& path) { return itemUuid(object, path); });
}

Meeting SheetParser::parseMeeting(const Json& o, const Path& p)
{
    json::expectObject(o, p,
                       {"uuid", "kind", "status", "date", "title", "territory", "partners", "persons", "headCount",
                        "agenda", "decisions"});
    Meeting m;
    m.uuid = itemUuid(o, p);
    m.editionId = m_frame.editionId();
    m.groupId = m_frame.groupId();
    m.kind = json::requiredEnum<MeetingKind>(o, "kind", p);
    m.status = json::optionalEnum(o, "status", p, MeetingStatus::Planned);
    m.date = json::requiredDate(o, "date", p);
    m.title = json::optionalString(o, "title", p);
    m.territoryId = resolveOne(RefKind::Territory, o, "territory", p);
    m.partnerIds = resolveAll(RefKind::Partner, o, "partners", p);
    m.personIds = resolveAll(RefKind::Person, o, "persons", p);
    m.headCount = json::optionalInt(o, "headCount", p);
    m.agenda = json::optionalString(o, "agenda", p);
    m.decisions = json::optionalString(o, "decisions", p);
    check(m, p);
    return m;
}

// A yearly evaluation of the group: a year of the edition, once; the partnership on the scale's codes.
GroupEvaluation SheetParser::parseEvaluation(const Json& o, const Path& p)
{
    json::expectObject(o, p,
                       {"uuid", "year", "effects", "coherence", "partnershipQuality", "partnershipComment",
                        "difficulties", "adjustments"});
    GroupEvaluation e;
    e.uuid = itemUuid(o, p);
    e.groupId = m_frame.groupId();
    e.year = json::requiredInt(o, "year", p);
    const SheetOrigin& origin = m_sheet.origin;
    if (origin.editionStart.isValid() && origin.editionEnd.isValid() &&
        (e.year < origin.editionStart.year() || e.year > origin.editionEnd.year()))
        json::fail(p / "year", Tr::tr("%1 is not a year of the edition \"%2\" (%3 to %4).")
                                   .arg(e.year)
                                   .arg(shortened(origin.editionTitle))
                                   .arg(origin.editionStart.year())
                                   .arg(origin.editionEnd.year()));
    for (const auto& other : std::as_const(m_sheet.evaluations)) {
        if (other.year == e.year)
            json::fail(p / "year", Tr::tr("the group's evaluation of %1 appears twice in the sheet.").arg(e.year));
    }
    e.effects = json::optionalString(o, "effects", p);
    e.coherence = json::optionalString(o, "coherence", p);
    e.partnershipQuality = json::optionalEnum(o, "partnershipQuality", p, PartnershipQuality::NotAssessed);
    e.partnershipComment = json::optionalString(o, "partnershipComment", p);
    e.difficulties = json::optionalString(o, "difficulties", p);
    e.adjustments = json::optionalString(o, "adjustments", p);
    check(e, p);
    return e;
}

// The sheet on its own: lookups get provisional ids, references must name a lookup entry.
class LookupFrame final : public SheetFrame
{
public:
    Id lookupId(RefKind kind, const QUuid& uuid, Id axisId) override
    {
        const Id id = ++m_next;
        m_ids[static_cast<int>(kind)].insert(uuid, id);
        if (kind == RefKind::Theme)
            m_themeAxis.insert(id, axisId);
        return id;
    }
    Id resolve(RefKind kind, const QUuid& uuid, const json::Path& path) override
    {
        if (uuid.isNull())
            return NoId;
        const Id id = m_ids.value(static_cast<int>(kind)).value(uuid, NoId);
        if (id == NoId)
            json::fail(path,
                       Tr::tr("%1 names nothing in the sheet's lookups.").arg(uuid.toString(QUuid::WithoutBraces)));
        return id;
    }
    Id resolveContext(RefKind kind, const QUuid& uuid, const json::Path& path) override
    {
        return resolve(kind, uuid, path);
    }
    Id axisOfTheme(Id themeId) const override { return m_themeAxis.value(themeId); }
    Id editionId() const override { return 1; }
    Id groupId() const override { return 1; }

private:
    Id m_next = 0;
    QHash<int, QHash<QUuid, Id>> m_ids; // by RefKind
    QHash<Id, Id> m_themeAxis;
};

} // namespace

QByteArray readSheetFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError({}, failureMessage(Tr::tr("The sheet %1 cannot be read").arg(name), readFailure(path),
                                            Tr::tr("Nothing was changed."), file.errorString()));
    if (file.size() > MaxSheetBytes)
        throw InputError({}, Tr::tr("%1 is too large for a working-group sheet (%2 MB; at most %3 MB).")
                                 .arg(name)
                                 .arg(file.size() / (1024 * 1024))
                                 .arg(MaxSheetBytes / (1024 * 1024)));
    return file.readAll();
}

SheetOrigin readSheetOrigin(const QByteArray& bytes)
{
    return parseOrigin(parseRoot(bytes));
}

SheetData readSheet(const QByteArray& bytes, SheetFrame& frame)
{
    return SheetParser(frame).parse(parseRoot(bytes));
}

SheetData readSheet(const QByteArray& bytes)
{
    LookupFrame frame;
    return readSheet(bytes, frame);
}

} // namespace pacte
