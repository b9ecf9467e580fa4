// The change log: who changed what, when, from where; one row per changed field.
#include "common/testutil.h"
#include "storage/changelog.h"
#include "storage/repository.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>
#include <stdexcept>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_changelog_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const ChangeEntry* entryFor(const QList<ChangeEntry>& entries, const QString& field)
{
    for (const auto& entry : entries) {
        if (entry.field == field)
            return &entry;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Insert, update and delete are logged with user, entity, field, values and source", "[storage][changelog]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("log.pacte")));
    ChangeLog log(*db);
    TerritoryRepository territories(*db);

    const QDateTime now(QDate(2025, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
    FixedClock clock(now);
    Territory thau{NoId, {}, QStringLiteral("Étang de Thau"), QStringLiteral("Diagnostic"), {}, {}};
    territories.insert(thau);
    auto entries = log.forEntity(thau.uuid);
    REQUIRE(entries.size() == 1);
    const ChangeEntry inserted = entries.first();
    CHECK(inserted.operation == QStringLiteral("insert"));
    CHECK(inserted.userName == QStringLiteral("testeur"));
    CHECK(inserted.entity == QStringLiteral("territory"));
    CHECK(inserted.entityUuid == thau.uuid);
    CHECK(inserted.entityLabel == QStringLiteral("Étang de Thau"));
    CHECK(inserted.newValue == QStringLiteral("Étang de Thau"));
    CHECK(inserted.source == QStringLiteral("editor"));
    CHECK(inserted.changedAt == now); // to the millisecond

    SECTION("an update writes one row per changed field, by the current user and source")
    {
        db->setUserName(QStringLiteral("marie"));
        db->setChangeSource(ChangeSource::SheetImport, QStringLiteral("fiche-thau.json"));
        thau.name = QStringLiteral("Bassin de Thau");
        thau.priorities = QStringLiteral("Mobilité");
        territories.update(thau);
        entries = log.forEntity(thau.uuid);
        REQUIRE(entries.size() == 3);
        const auto updates = entries.mid(0, 2);
        for (const auto& entry : updates) {
            CHECK(entry.operation == QStringLiteral("update"));
            CHECK(entry.userName == QStringLiteral("marie"));
            CHECK(entry.source == QStringLiteral("sheet"));
            CHECK(entry.sourceDetail == QStringLiteral("fiche-thau.json"));
            CHECK(entry.entityLabel == QStringLiteral("Bassin de Thau"));
        }
        const auto* name = entryFor(updates, QStringLiteral("name"));
        REQUIRE(name);
        CHECK(name->oldValue == QStringLiteral("Étang de Thau"));
        CHECK(name->newValue == QStringLiteral("Bassin de Thau"));
        const auto* priorities = entryFor(updates, QStringLiteral("priorities"));
        REQUIRE(priorities);
        CHECK(priorities->oldValue.isEmpty());
        CHECK(priorities->newValue == QStringLiteral("Mobilité"));
        CHECK(entries.last().operation == QStringLiteral("insert")); // newest first
        CHECK(entries.at(0).id > entries.at(2).id);
    }
    SECTION("an unchanged update writes nothing")
    {
        territories.update(thau);
        CHECK(log.forEntity(thau.uuid).size() == 1);
    }
    SECTION("a delete is logged with the old label")
    {
        territories.remove(thau.id);
        entries = log.forEntity(thau.uuid);
        REQUIRE(entries.size() == 2);
        CHECK(entries.first().operation == QStringLiteral("delete"));
        CHECK(entries.first().oldValue == QStringLiteral("Étang de Thau"));
        CHECK(entries.first().newValue.isEmpty());
        CHECK(log.recent(1).first().id == entries.first().id);
    }
}

TEST_CASE("References are logged by name and children changes by field", "[storage][changelog]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("names.pacte")));
    Edition edition;
    edition.title = QStringLiteral("PTI 2022-2025");
    edition.startDate = QDate(2022, 1, 1);
    edition.endDate = QDate(2025, 12, 31);
    EditionRepository(*db).insert(edition);
    Territory territory{NoId, {}, QStringLiteral("Biterrois"), {}, {}, {}};
    TerritoryRepository(*db).insert(territory);
    Partner ddets{NoId, {}, QStringLiteral("DDETS"), {}, PartnerCategory::State, {}, {}, {}, {}, {}};
    Partner plie{NoId, {}, QStringLiteral("PLIE Est Héraultais"), {}, PartnerCategory::Plie, {}, {}, {}, {}, {}};
    PartnerRepository(*db).insert(ddets);
    PartnerRepository(*db).insert(plie);

    WorkingGroup group;
    group.editionId = edition.id;
    group.name = QStringLiteral("Levée des freins");
    group.territoryIds = {territory.id};
    group.pilotPartnerId = ddets.id;
    WorkingGroupRepository(*db).insert(group);
    group.pilotPartnerId = plie.id;
    group.memberPartnerIds = {ddets.id};
    WorkingGroupRepository(*db).update(group);

    const auto entries = ChangeLog(*db).forEntity(group.uuid);
    REQUIRE(entries.size() == 3);
    const auto* pilot = entryFor(entries, QStringLiteral("pilot"));
    REQUIRE(pilot);
    CHECK(pilot->oldValue == QStringLiteral("DDETS"));
    CHECK(pilot->newValue == QStringLiteral("PLIE Est Héraultais"));
    const auto* members = entryFor(entries, QStringLiteral("members"));
    REQUIRE(members);
    CHECK(members->oldValue.isEmpty());
    CHECK(members->newValue == QStringLiteral("DDETS"));

    // An action's indicator target changes: the log names the indicator's field.
    Action action;
    action.groupId = group.id;
    action.title = QStringLiteral("Permanences emploi");
    action.indicators = {Indicator{NoId, {}, QStringLiteral("Participants"), IndicatorKind::Output, {}, {}, 40.0, {}}};
    ActionRepository(*db).insert(action);
    action.indicators[0].target = 60.0;
    ActionRepository(*db).update(action);
    const auto actionEntries = ChangeLog(*db).forEntity(action.uuid);
    REQUIRE(actionEntries.size() == 2);
    CHECK(actionEntries.first().field == QStringLiteral("indicators[Participants].target"));
    CHECK(actionEntries.first().oldValue == QStringLiteral("40"));
    CHECK(actionEntries.first().newValue == QStringLiteral("60"));
}

TEST_CASE("A change rolled back leaves no trace in the change log", "[storage][changelog]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("rollback.pacte")));
    Territory territory{NoId, {}, QStringLiteral("Montpelliérain"), {}, {}, {}};
    try {
        Transaction transaction(*db);
        TerritoryRepository(*db).insert(territory);
        throw std::runtime_error("the user cancelled");
    } catch (const std::runtime_error&) {
    }
    CHECK(ChangeLog(*db).forEntity(territory.uuid).isEmpty());
    CHECK(ChangeLog(*db).recent(10).isEmpty());
}

TEST_CASE("Every field of a deliberation is logged when it changes", "[storage][changelog]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("deliberation.pacte")));
    Edition edition;
    edition.title = QStringLiteral("PTI 2022-2025");
    edition.startDate = QDate(2022, 1, 1);
    edition.endDate = QDate(2025, 12, 31);
    EditionRepository(*db).insert(edition);
    Deliberation deliberation;
    deliberation.body = QStringLiteral("Conseil communautaire");
    deliberation.meetingDate = QDate(2023, 1, 30);
    Partner partner{NoId, {}, QStringLiteral("CCVH"), {}, PartnerCategory::Intercommunality, {}, {}, {}, {}, {}};
    partner.signatures = {Signature{NoId, {}, edition.id, SignatureStatus::Signed, {}, {}, {}, deliberation}};
    PartnerRepository(*db).insert(partner);

    auto& d = *partner.signatures[0].deliberation;
    d.chair = QStringLiteral("Jean-François Soto");
    d.secretary = QStringLiteral("Marie Durand");
    d.convocationDate = QDate(2023, 1, 24);
    d.publicationDate = QDate(2023, 2, 3);
    d.transmissionNumber = QStringLiteral("034-243400694-20230130-10745-DE");
    d.transmissionDate = QDate(2023, 2, 2);
    PartnerRepository(*db).update(partner);

    const auto entries = ChangeLog(*db).forEntity(partner.uuid);
    QStringList newValues;
    for (const auto& entry : entries) {
        if (entry.operation == QStringLiteral("update"))
            newValues << entry.newValue;
    }
    const std::string logged = newValues.join(QStringLiteral(" | ")).toStdString();
    CAPTURE(logged);
    for (const QString& value : {QStringLiteral("Jean-François Soto"), QStringLiteral("Marie Durand"),
                                 QStringLiteral("2023-01-24"), QStringLiteral("2023-02-03"),
                                 QStringLiteral("034-243400694-20230130-10745-DE"), QStringLiteral("2023-02-02")})
        CHECK(newValues.join(QLatin1Char('|')).contains(value));
}

} // namespace pacte_test_storage_changelog_test
