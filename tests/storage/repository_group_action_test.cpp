// Round trips of working groups, actions (indicators, measurements) and meetings; what the
// foreign keys do on removal; preset ids; validation; queries.
#include "common/testutil.h"
#include "storage/changelog.h"
#include "storage/editionloader.h"
#include "storage/recordquery.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_repository_group_action_test {

using namespace pacte;
using namespace pacte::test;

namespace {

int rowCount(Database& db, const QString& table)
{
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    query.exec();
    return query.next() ? query.integer(0) : -1;
}

// An edition with one axis and theme, three territories, two partners, two persons, publics and
// dispositifs: what groups, actions and meetings refer to.
struct Scene
{
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir.path(QStringLiteral("scene.pacte")));
    Edition edition;
    Axis axis;
    QList<Territory> territories;
    Partner ddets;
    Partner cd;
    Person pilot;
    Person coPilot;
    QList<Id> publicIds;
    QList<Id> dispositifIds;

    Scene()
    {
        edition.title = QStringLiteral("PTI 2017-2021");
        edition.startDate = QDate(2017, 1, 1);
        edition.endDate = QDate(2021, 12, 31);
        EditionRepository(*db).insert(edition);
        axis = Axis{NoId, {}, edition.id, 1, QStringLiteral("Mobilité pour tous"), {}, {}};
        axis.themes = {Theme{NoId, {}, NoId, QStringLiteral("Mobilité et motilité"), {}}};
        AxisRepository(*db).insert(axis);
        for (const char* name : {"Montpelliérain", "Biterrois", "Petite Camargue"}) {
            Territory territory{NoId, {}, QString::fromUtf8(name), {}, {}, {}};
            TerritoryRepository(*db).insert(territory);
            territories.append(territory);
        }
        ddets = Partner{
            NoId, {}, QStringLiteral("DDETS de l'Hérault"), QStringLiteral("DDETS"), PartnerCategory::State, {}, {}, {},
            {},   {}};
        cd = Partner{NoId,
                     {},
                     QStringLiteral("Conseil départemental"),
                     QStringLiteral("CD"),
                     PartnerCategory::Departement,
                     {},
                     {},
                     {},
                     {},
                     {}};
        PartnerRepository(*db).insert(ddets);
        PartnerRepository(*db).insert(cd);
        pilot.firstName = QStringLiteral("Paul");
        pilot.lastName = QStringLiteral("Pilote");
        pilot.partnerId = ddets.id;
        coPilot.firstName = QStringLiteral("Chloé");
        coPilot.lastName = QStringLiteral("Copilote");
        coPilot.partnerId = cd.id;
        PersonRepository(*db).insert(pilot);
        PersonRepository(*db).insert(coPilot);
        for (const char* name : {"Jeunes", "Séniors", "Allocataires du RSA"}) {
            TargetPublic p{NoId, {}, QString::fromUtf8(name)};
            TargetPublicRepository(*db).insert(p);
            publicIds.append(p.id);
        }
        for (const char* acronym : {"PDI", "FSE"}) {
            Dispositif d{NoId, {}, QString::fromLatin1(acronym), {}, {}};
            DispositifRepository(*db).insert(d);
            dispositifIds.append(d.id);
        }
    }

    WorkingGroup group(const QString& name) const
    {
        WorkingGroup g;
        g.editionId = edition.id;
        g.name = name;
        g.axisId = axis.id;
        g.themeId = axis.themes.at(0).id;
        g.territoryIds = {territories.at(2).id, territories.at(0).id, territories.at(1).id};
        g.pilotPartnerId = ddets.id;
        g.coPilotPartnerId = cd.id;
        g.pilotPersonId = pilot.id;
        g.coPilotPersonId = coPilot.id;
        g.memberPartnerIds = {ddets.id, cd.id};
        g.memberPersonIds = {pilot.id, coPilot.id};
        g.notes = QStringLiteral("Groupe de l'annexe 1");
        return g;
    }

    Action action(Id groupId, const QString& title) const
    {
        Action a;
        a.groupId = groupId;
        a.title = title;
        a.axisId = axis.id;
        a.themeId = axis.themes.at(0).id;
        a.objectives = QStringLiteral("Faciliter la mobilité des publics");
        a.modalities = QStringLiteral("Plateforme mobilité");
        a.deliverables = QStringLiteral("Carte des solutions");
        a.publicIds = {publicIds.at(0), publicIds.at(2)};
        a.dispositifIds = {dispositifIds.at(1)};
        a.startDate = QDate(2018, 9, 1);
        a.endDate = QDate(2021, 6, 30);
        a.status = ActionStatus::Running;
        a.experimentation = true;
        Indicator participants{NoId,
                               {},
                               QStringLiteral("Nombre de participants"),
                               IndicatorKind::Output,
                               QStringLiteral("personnes"),
                               10.0,
                               120.0,
                               {}};
        participants.measurements = {Measurement{NoId, {}, QDate(2019, 12, 31), 45.0, 60.0, QStringLiteral("an 1")},
                                     Measurement{NoId, {}, QDate(2020, 12, 31), 80.5, std::nullopt, {}}};
        Indicator employment{NoId,
                             {},
                             QStringLiteral("Taux de retour à l'emploi"),
                             IndicatorKind::Outcome,
                             QStringLiteral("%"),
                             std::nullopt,
                             std::nullopt,
                             {}};
        a.indicators = {participants, employment};
        return a;
    }
};

} // namespace

TEST_CASE("A working group round-trips with its territories in order, members and pilots", "[storage][repository]")
{
    Scene scene;
    WorkingGroupRepository groups(*scene.db);
    WorkingGroup group = scene.group(QStringLiteral("Mobilité"));
    groups.insert(group);
    CHECK(group.id != NoId);
    const auto loaded = groups.find(group.id);
    REQUIRE(loaded.has_value());
    CHECK(*loaded == group);
    CHECK(loaded->territoryIds.first() == scene.territories.at(2).id); // order kept, not sorted
    CHECK(groups.findByUuid(group.uuid) == group);

    group.territoryIds = {scene.territories.at(1).id, scene.territories.at(2).id};
    group.memberPartnerIds = {scene.cd.id};
    group.memberPersonIds.clear();
    group.coPilotPersonId = NoId;
    group.status = GroupStatus::Closed;
    groups.update(group);
    CHECK(groups.find(group.id) == group);

    groups.remove(group.id);
    CHECK_FALSE(groups.find(group.id).has_value());
    CHECK(rowCount(*scene.db, QStringLiteral("group_territory")) == 0);
    CHECK(rowCount(*scene.db, QStringLiteral("group_partner")) == 0);
}

TEST_CASE("An action round-trips with publics, dispositifs, indicators and measurements", "[storage][repository]")
{
    Scene scene;
    WorkingGroup group = scene.group(QStringLiteral("Mobilité"));
    WorkingGroupRepository(*scene.db).insert(group);
    ActionRepository actions(*scene.db);
    Action action = scene.action(group.id, QStringLiteral("Plateforme mobilité"));
    actions.insert(action);
    for (const auto& indicator : action.indicators) {
        CHECK(indicator.id != NoId);
        for (const auto& m : indicator.measurements)
            CHECK(m.id != NoId);
    }
    const auto loaded = actions.find(action.id);
    REQUIRE(loaded.has_value());
    CHECK(*loaded == action);
    CHECK_FALSE(loaded->indicators.at(1).baseline.has_value());
    CHECK_FALSE(loaded->indicators.at(0).measurements.at(1).target.has_value());
    CHECK(actions.findByUuid(action.uuid) == action);

    // Update: a new measurement, a changed target, the outcome indicator removed, new dates and flags.
    const Id indicatorId = action.indicators.at(0).id;
    const Id firstMeasurementId = action.indicators.at(0).measurements.at(0).id;
    action.indicators.removeAt(1);
    action.indicators[0].target = 150.0;
    action.indicators[0].baseline.reset();
    action.indicators[0].measurements[0].value = 47.0;
    action.indicators[0].measurements.append(Measurement{NoId, {}, QDate(2021, 6, 30), 101.0, 150.0, {}});
    action.publicIds = {scene.publicIds.at(1)};
    action.dispositifIds.clear();
    action.endDate = QDate();
    action.experimentation = false;
    action.status = ActionStatus::Completed;
    actions.update(action);
    const auto updated = actions.find(action.id);
    REQUIRE(updated.has_value());
    CHECK(*updated == action);
    CHECK(updated->indicators.at(0).id == indicatorId);
    CHECK(updated->indicators.at(0).measurements.at(0).id == firstMeasurementId);
    CHECK(rowCount(*scene.db, QStringLiteral("indicator")) == 1);
    CHECK(rowCount(*scene.db, QStringLiteral("measurement")) == 3);

    actions.remove(action.id);
    CHECK_FALSE(actions.find(action.id).has_value());
    CHECK(rowCount(*scene.db, QStringLiteral("indicator")) == 0);
    CHECK(rowCount(*scene.db, QStringLiteral("measurement")) == 0);
    CHECK(rowCount(*scene.db, QStringLiteral("action_public")) == 0);
}

TEST_CASE("A meeting round-trips with its participants", "[storage][repository]")
{
    Scene scene;
    WorkingGroup group = scene.group(QStringLiteral("Mobilité"));
    WorkingGroupRepository(*scene.db).insert(group);
    MeetingRepository meetings(*scene.db);
    Meeting meeting;
    meeting.editionId = scene.edition.id;
    meeting.kind = MeetingKind::LocalCommittee;
    meeting.status = MeetingStatus::Held;
    meeting.date = QDate(2019, 3, 14);
    meeting.title = QStringLiteral("Comité local d'animation");
    meeting.territoryId = scene.territories.at(1).id;
    meeting.groupId = group.id;
    meeting.partnerIds = {scene.ddets.id, scene.cd.id};
    meeting.personIds = {scene.pilot.id};
    meeting.headCount = 23;
    meeting.agenda = QStringLiteral("Bilan des actions");
    meeting.decisions = QStringLiteral("Relancer le groupe mobilité");
    meetings.insert(meeting);
    CHECK(meetings.find(meeting.id) == meeting);
    CHECK(meetings.findByUuid(meeting.uuid) == meeting);

    meeting.personIds = {scene.pilot.id, scene.coPilot.id};
    meeting.partnerIds = {scene.cd.id};
    meeting.status = MeetingStatus::Postponed;
    meeting.headCount = 0;
    meetings.update(meeting);
    CHECK(meetings.find(meeting.id) == meeting);

    // Removing the group keeps the meeting (SET NULL); removing the meeting removes its participants.
    WorkingGroupRepository(*scene.db).remove(group.id);
    CHECK(meetings.find(meeting.id)->groupId == NoId);
    meetings.remove(meeting.id);
    CHECK_FALSE(meetings.find(meeting.id).has_value());
    CHECK(rowCount(*scene.db, QStringLiteral("meeting_person")) == 0);
    CHECK(rowCount(*scene.db, QStringLiteral("meeting_partner")) == 0);
}

TEST_CASE("Removing records cascades or clears references as the schema says", "[storage][repository]")
{
    Scene scene;
    WorkingGroup group = scene.group(QStringLiteral("Mobilité"));
    WorkingGroupRepository groups(*scene.db);
    groups.insert(group);
    Action action = scene.action(group.id, QStringLiteral("Plateforme mobilité"));
    ActionRepository(*scene.db).insert(action);

    SECTION("removing a partner clears a group's pilot; removing a person clears a pilot person")
    {
        PartnerRepository(*scene.db).remove(scene.ddets.id);
        PersonRepository(*scene.db).remove(scene.coPilot.id);
        const auto reloaded = groups.find(group.id);
        REQUIRE(reloaded.has_value());
        CHECK(reloaded->pilotPartnerId == NoId);
        CHECK(reloaded->coPilotPartnerId == scene.cd.id);
        CHECK(reloaded->memberPartnerIds == QList<Id>{scene.cd.id});
        CHECK(reloaded->coPilotPersonId == NoId);
        CHECK(reloaded->pilotPersonId == scene.pilot.id);
        CHECK(ActionRepository(*scene.db).find(action.id).has_value());
    }
    SECTION("removing an edition removes its axes, groups, actions and indicators")
    {
        EditionRepository(*scene.db).remove(scene.edition.id);
        CHECK(groups.count() == 0);
        CHECK(ActionRepository(*scene.db).count() == 0);
        CHECK(AxisRepository(*scene.db).count() == 0);
        CHECK(rowCount(*scene.db, QStringLiteral("indicator")) == 0);
        CHECK(rowCount(*scene.db, QStringLiteral("theme")) == 0);
        CHECK(PartnerRepository(*scene.db).count() == 2); // shared by all editions
    }
}

TEST_CASE("An insert with a preset id keeps it", "[storage][repository]")
{
    Scene scene;
    Territory territory{42, {}, QStringLiteral("Haut-Languedoc et Ouest Héraultais"), {}, {}, {}};
    TerritoryRepository(*scene.db).insert(territory);
    CHECK(territory.id == 42);
    CHECK(TerritoryRepository(*scene.db).find(42) == territory);

    WorkingGroup group = scene.group(QStringLiteral("Services aux publics"));
    group.id = 1000;
    WorkingGroupRepository(*scene.db).insert(group);
    Action action = scene.action(group.id, QStringLiteral("Charte des services internet"));
    action.id = 777;
    action.indicators[0].id = 555; // undo restores children with their ids too
    ActionRepository(*scene.db).insert(action);
    const auto reloaded = ActionRepository(*scene.db).find(777);
    REQUIRE(reloaded.has_value());
    CHECK(*reloaded == action);
    CHECK(reloaded->groupId == 1000);
    CHECK(reloaded->indicators.at(0).id == 555);
}

TEST_CASE("A record that fails validation throws ValidationError and writes nothing", "[storage][repository]")
{
    Scene scene;
    const int logRows = rowCount(*scene.db, QStringLiteral("change_log"));
    const int editions = EditionRepository(*scene.db).count();

    Edition noTitle;
    noTitle.startDate = QDate(2026, 1, 1);
    noTitle.endDate = QDate(2025, 1, 1);
    try {
        EditionRepository(*scene.db).insert(noTitle);
        FAIL("an edition without a title was stored");
    } catch (const ValidationError& error) {
        CHECK(error.errors().size() >= 2);
        CHECK_FALSE(error.message().isEmpty());
    }
    CHECK(noTitle.id == NoId);
    CHECK(EditionRepository(*scene.db).count() == editions);

    WorkingGroup nowhere = scene.group(QStringLiteral("Sans territoire"));
    nowhere.territoryIds.clear();
    CHECK_THROWS_AS(WorkingGroupRepository(*scene.db).insert(nowhere), ValidationError);
    CHECK(WorkingGroupRepository(*scene.db).count() == 0);

    // An invalid update leaves the stored record as it was.
    WorkingGroup group = scene.group(QStringLiteral("Mobilité"));
    WorkingGroupRepository(*scene.db).insert(group);
    Action action = scene.action(group.id, QStringLiteral("Plateforme"));
    ActionRepository(*scene.db).insert(action);
    const int logAfterInserts = rowCount(*scene.db, QStringLiteral("change_log"));
    Action broken = action;
    broken.title = QStringLiteral("Titre changé");
    broken.indicators[0].measurements[0].date = QDate();
    CHECK_THROWS_AS(ActionRepository(*scene.db).update(broken), ValidationError);
    CHECK(ActionRepository(*scene.db).find(action.id) == action);
    CHECK(rowCount(*scene.db, QStringLiteral("change_log")) == logAfterInserts);
    CHECK(logAfterInserts == logRows + 2);
}

TEST_CASE("count, where and edition look-ups", "[storage][repository]")
{
    Scene scene;
    WorkingGroup group = scene.group(QStringLiteral("Mobilité"));
    WorkingGroupRepository(*scene.db).insert(group);
    ActionRepository actions(*scene.db);
    for (int i = 0; i < 5; ++i) {
        Action action = scene.action(group.id, QStringLiteral("Action %1").arg(i));
        action.status = i < 3 ? ActionStatus::InProgress : ActionStatus::Project;
        actions.insert(action);
    }
    CHECK(actions.count() == 5);
    CHECK(countWhere<Action>(*scene.db, QStringLiteral("status = ?"), {QStringLiteral("en_cours")}) == 3);
    const auto projects = recordsWhere<Action>(*scene.db, QStringLiteral("status = ? AND title <> ?"),
                                               {QStringLiteral("projet"), QStringLiteral("Action 4")});
    REQUIRE(projects.size() == 1);
    CHECK(projects.first().title == QStringLiteral("Action 3"));
    CHECK(projects.first().indicators.size() == 2); // children come with records selected by a condition
    CHECK(recordsWhere<Action>(*scene.db, QStringLiteral("group_id = ?"), {group.id + 1}).isEmpty());

    Edition current;
    current.title = QStringLiteral("PTI 2022-2025");
    current.startDate = QDate(2022, 1, 1);
    current.endDate = QDate(2025, 12, 31);
    EditionRepository(*scene.db).insert(current);
    CHECK(findEditionByTitle(*scene.db, QStringLiteral("PTI 2017-2021"))->id == scene.edition.id);
    CHECK(findEditionByTitle(*scene.db, QStringLiteral("pti 2017-2021"))->id == scene.edition.id);
    CHECK(findEditionByTitle(*scene.db, QStringLiteral("  Pti   2022-2025 "))->id == current.id);
    CHECK_FALSE(findEditionByTitle(*scene.db, QStringLiteral("PTI 2026-2029")).has_value());
    CHECK(latestEdition(*scene.db)->id == current.id);
}

TEST_CASE("Removing a record that is already gone does not cancel the surrounding transaction",
          "[storage][repository][transaction]")
{
    Scene scene;
    Territory territory{NoId, {}, QStringLiteral("Biterrois bis"), {}, {}, {}};
    {
        Transaction transaction(*scene.db);
        TerritoryRepository(*scene.db).remove(987654); // nothing to do
        TerritoryRepository(*scene.db).insert(territory);
        CHECK_NOTHROW(transaction.commit());
    }
    CHECK(TerritoryRepository(*scene.db).find(territory.id).has_value());
}

TEST_CASE("Updating a record that no longer exists throws and writes nothing", "[storage][repository]")
{
    Scene scene;
    Partner ghost = scene.ddets;
    PartnerRepository(*scene.db).remove(ghost.id);
    ghost.name = QStringLiteral("Fantôme");
    CHECK_THROWS_AS(PartnerRepository(*scene.db).update(ghost), StorageError);
    CHECK_FALSE(PartnerRepository(*scene.db).find(ghost.id).has_value());
    CHECK(ChangeLog(*scene.db).forEntity(ghost.uuid).first().operation == QStringLiteral("delete"));
}

TEST_CASE("A large edition read in two halves on two connections is the edition read whole", "[storage][repository]")
{
    Scene scene;
    WorkingGroup first = scene.group(QStringLiteral("Mobilité"));
    WorkingGroup second = scene.group(QStringLiteral("Logement"));
    {
        Transaction transaction(*scene.db);
        WorkingGroupRepository(*scene.db).insert(first);
        WorkingGroupRepository(*scene.db).insert(second);
        // 2,400 actions, alternating between the groups: each half holds actions of both.
        for (int i = 0; i < 2400; ++i) {
            Action action = scene.action(i % 2 ? second.id : first.id, QStringLiteral("Action %1").arg(i));
            action.indicators[0].measurements[0].value = i;
            ActionRepository(*scene.db).insert(action);
        }
        transaction.commit();
    }
    const EditionData whole = loadEditionData(*scene.db, scene.edition.id, ActionLoading::Full);
    const EditionData halves = loadEditionDataInParallel(*scene.db, scene.edition.id);
    REQUIRE(whole.actions.size() == 2400);
    CHECK(halves.actions == whole.actions); // same actions, same children, same (id) order
    CHECK(halves.groups == whole.groups);
    CHECK(halves.partners == whole.partners);
    CHECK(halves.actions.at(1799).indicators.at(0).measurements.at(0).value == 1799);
}

} // namespace pacte_test_storage_repository_group_action_test
