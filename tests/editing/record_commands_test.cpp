// The generic undo commands (InsertRecordCommand, UpdateRecordCommand, DeleteRecordCommand) through
// the editing facade and the document's undo stack: every add, update and delete, undone and redone,
// leaves exactly the records it found (compared with operator==), and announces what it changed.
#include "common/catchqt.h"
#include "editing/edits.h"
#include "editingfixture.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_record_commands_test {

using namespace pacte;
using namespace pacte::test;

namespace {

using Notifications = QList<Notification>;

// edit::add, undo, redo: the record appears, disappears, and comes back with the same id and uuid.
template <typename T>
T checkAddRoundTrip(EditingScene& scene, const T& item)
{
    Repository<T> repository(scene.db());
    const int before = repository.count();
    const Entity entity = RecordTraits<T>::kind;
    NotificationLog log(*scene.document);

    const auto result = edit::add(*scene.document, item);
    REQUIRE(result.ok());
    const T stored = result.item;
    CHECK(stored.id != NoId);
    CHECK_FALSE(stored.uuid.isNull());
    CHECK(scene.read(stored) == stored);
    CHECK(repository.count() == before + 1);
    CHECK(scene.stack().count() == 1);
    CHECK(log.take() == Notifications{{entity, {stored.uuid}, ChangeKind::Inserted}});

    scene.stack().undo();
    CHECK_FALSE(scene.exists(stored));
    CHECK(repository.count() == before);
    CHECK(log.take() == Notifications{{entity, {stored.uuid}, ChangeKind::Removed}});

    scene.stack().redo();
    CHECK(scene.read(stored) == stored);
    CHECK(repository.find(stored.id) == stored); // the same row id, children's ids included
    CHECK(log.take() == Notifications{{entity, {stored.uuid}, ChangeKind::Inserted}});
    return stored;
}

// edit::update, undo, redo (twice): the record takes the new values, gets the old ones back, then the
// new ones again, new children with the ids they got the first time. Returns the record as stored.
template <typename T>
T checkUpdateRoundTrip(EditingScene& scene, const T& before, const T& after)
{
    REQUIRE(scene.read(before) == before);
    NotificationLog log(*scene.document);
    const Notifications updated{{RecordTraits<T>::kind, {before.uuid}, ChangeKind::Updated}};

    REQUIRE(edit::update(*scene.document, before, after).ok());
    const T stored = scene.read(after);
    CHECK(scene.stack().count() == 1);
    CHECK(log.take() == updated);
    for (int round = 0; round < 2; ++round) {
        scene.stack().undo();
        CHECK(scene.read(before) == before);
        CHECK(log.take() == updated);
        scene.stack().redo();
        CHECK(scene.read(after) == stored);
        CHECK(log.take() == updated);
    }
    return stored;
}

} // namespace

TEST_CASE("Adding a record, undoing and redoing it gives back the same record", "[editing][undo]")
{
    EditingScene scene;

    SECTION("a territory")
    {
        const Territory added = checkAddRoundTrip(
            scene, Territory{NoId, {}, QStringLiteral("Cœur d'Hérault"), QStringLiteral("Rural"), {}, {}});
        CHECK(added.name == QStringLiteral("Cœur d'Hérault"));
    }
    SECTION("a partner with its territories and signature")
    {
        Partner ddets;
        ddets.name = QStringLiteral("Direction départementale de l'emploi");
        ddets.acronym = QStringLiteral("DDETS");
        ddets.category = PartnerCategory::State;
        // In id order: links are read back in that order (the result keeps the order given).
        ddets.territoryIds = {scene.biterrois.id, scene.thau.id};
        ddets.signatures = {Signature{NoId, {}, scene.edition.id, SignatureStatus::Pending, {}, {}, {}, {}}};
        const Partner added = checkAddRoundTrip(scene, ddets);
        REQUIRE(added.signatures.size() == 1);
        CHECK(added.signatures.first().id != NoId);
    }
    SECTION("an axis with its themes")
    {
        Axis axis{NoId, {}, scene.edition.id, 2, QStringLiteral("Accompagner"), {}, {}};
        axis.themes = {Theme{NoId, {}, NoId, QStringLiteral("Remobilisation"), {}},
                       Theme{NoId, {}, NoId, QStringLiteral("Attractivité"), {}}};
        const Axis added = checkAddRoundTrip(scene, axis);
        REQUIRE(added.themes.size() == 2);
        CHECK(added.themes.at(1).axisId == added.id);
    }
    SECTION("an action with indicators and measurements")
    {
        Action action;
        action.groupId = scene.group.id;
        action.title = QStringLiteral("Auto-école sociale");
        action.themeId = scene.axis.themes.at(0).id;
        action.indicators = {Indicator{NoId,
                                       {},
                                       QStringLiteral("Permis obtenus"),
                                       IndicatorKind::Outcome,
                                       {},
                                       std::nullopt,
                                       15.0,
                                       {Measurement{NoId, {}, QDate(2024, 6, 30), 4.0, std::nullopt, {}}}}};
        const Action added = checkAddRoundTrip(scene, action);
        REQUIRE(added.indicators.size() == 1);
        REQUIRE(added.indicators.first().measurements.size() == 1);
        CHECK(added.indicators.first().measurements.first().id != NoId);
    }
    SECTION("a working group and a meeting")
    {
        WorkingGroup group;
        group.editionId = scene.edition.id;
        group.name = QStringLiteral("Logement d'abord");
        group.territoryIds = {scene.thau.id};
        group.memberPersonIds = {scene.referent.id};
        const WorkingGroup added = checkAddRoundTrip(scene, group);
        scene.stack().clear();
        Meeting meeting;
        meeting.editionId = scene.edition.id;
        meeting.kind = MeetingKind::WorkingGroup;
        meeting.date = QDate(2024, 2, 2);
        meeting.groupId = added.id;
        meeting.personIds = {scene.referent.id};
        checkAddRoundTrip(scene, meeting);
    }
}

TEST_CASE("Updating a record, undoing and redoing it gives back each state exactly", "[editing][undo]")
{
    EditingScene scene;

    SECTION("a territory")
    {
        Territory after = scene.biterrois;
        after.name = QStringLiteral("Bassin de Béziers");
        after.diagnostic.clear();
        after.priorities = QStringLiteral("Mobilité");
        CHECK(checkUpdateRoundTrip(scene, scene.biterrois, after) == after);
    }
    SECTION("a partner: a territory more, its signature changed in place")
    {
        Partner after = scene.caf;
        after.territoryIds.append(scene.thau.id);
        after.signatures[0].status = SignatureStatus::Declined;
        after.signatures[0].signatoryFunction = QStringLiteral("Directeur");
        const Partner stored = checkUpdateRoundTrip(scene, scene.caf, after);
        CHECK(stored == after);
        CHECK(stored.signatures.first().id == scene.caf.signatures.first().id);
    }
    SECTION("a working group: territories, members, status")
    {
        WorkingGroup after = scene.group;
        after.name = QStringLiteral("Mobilité durable");
        after.territoryIds = {scene.thau.id};
        after.memberPartnerIds.clear();
        after.memberPersonIds = {scene.referent.id};
        after.status = GroupStatus::Closed;
        CHECK(checkUpdateRoundTrip(scene, scene.group, after) == after);
    }
    SECTION("an action: a measurement changed, one added, an indicator removed")
    {
        Action after = scene.garage;
        after.title = QStringLiteral("Garage solidaire et auto-partage");
        after.status = ActionStatus::Running;
        after.experimentation = true;
        Indicator& repaired = after.indicators[0];
        repaired.measurements[1].value = 27.0;
        repaired.measurements[1].comment = QStringLiteral("Corrigé");
        const QUuid added = QUuid::createUuid();
        repaired.measurements.append(Measurement{NoId, added, QDate(2024, 6, 30), 31.0, 40.0, {}});
        after.indicators.removeLast();

        const Action stored = checkUpdateRoundTrip(scene, scene.garage, after);
        // What was asked, the new measurement with the id it was given (the same after redo).
        Action expected = after;
        REQUIRE(stored.indicators.size() == 1);
        REQUIRE(stored.indicators.first().measurements.size() == 3);
        const Measurement& addedMeasurement = stored.indicators.first().measurements.last();
        CHECK(addedMeasurement.uuid == added);
        CHECK(addedMeasurement.id != NoId);
        expected.indicators[0].measurements[2].id = addedMeasurement.id;
        CHECK(stored == expected);
    }
    SECTION("a meeting: date, status, participants")
    {
        Meeting after = scene.groupMeeting;
        after.date = QDate(2023, 4, 4);
        after.status = MeetingStatus::Postponed;
        after.partnerIds.clear();
        after.headCount = 0;
        after.decisions = QStringLiteral("Reportée");
        CHECK(checkUpdateRoundTrip(scene, scene.groupMeeting, after) == after);
    }
}

TEST_CASE("Deleting a record takes what cascades from it, undo restores every row and reference", "[editing][undo]")
{
    EditingScene scene;
    NotificationLog log(*scene.document);

    SECTION("a working group: its actions, indicators and measurements go, its meeting loses it")
    {
        REQUIRE(edit::remove(*scene.document, scene.group).ok());
        CHECK_FALSE(scene.exists(scene.group));
        CHECK_FALSE(scene.exists(scene.garage));
        CHECK_FALSE(scene.exists(scene.permis));
        CHECK(scene.read(scene.groupMeeting).groupId == NoId);
        const auto announced = [&](ChangeKind kind) {
            return Notifications{{Entity::WorkingGroup, {scene.group.uuid}, kind},
                                 {Entity::Action, {scene.garage.uuid, scene.permis.uuid}, kind},
                                 {Entity::Indicator, indicatorUuids(scene.garage), kind},
                                 {Entity::Measurement, measurementUuids(scene.garage), kind},
                                 {Entity::Meeting, {scene.groupMeeting.uuid}, ChangeKind::Updated}};
        };
        CHECK(log.take() == announced(ChangeKind::Removed));

        scene.stack().undo();
        CHECK(scene.read(scene.group) == scene.group);
        CHECK(scene.read(scene.garage) == scene.garage);
        CHECK(scene.read(scene.permis) == scene.permis);
        CHECK(scene.read(scene.groupMeeting) == scene.groupMeeting);
        CHECK(log.take() == announced(ChangeKind::Inserted));

        scene.stack().redo();
        CHECK_FALSE(scene.exists(scene.garage));
        CHECK(scene.read(scene.groupMeeting).groupId == NoId);
        CHECK(log.take() == announced(ChangeKind::Removed));
        scene.stack().undo();
        CHECK(scene.read(scene.garage) == scene.garage);
    }
    SECTION("a territory: its links go, the meeting held there loses it")
    {
        REQUIRE(edit::remove(*scene.document, scene.biterrois).ok());
        CHECK_FALSE(scene.exists(scene.biterrois));
        CHECK(scene.read(scene.group).territoryIds == QList<Id>{scene.thau.id});
        CHECK(scene.read(scene.caf).territoryIds.isEmpty());
        CHECK(scene.read(scene.groupMeeting).territoryId == NoId);
        CHECK(log.take() == Notifications{{Entity::Territory, {scene.biterrois.uuid}, ChangeKind::Removed},
                                          {Entity::Meeting, {scene.groupMeeting.uuid}, ChangeKind::Updated}});

        scene.stack().undo();
        CHECK(scene.read(scene.biterrois) == scene.biterrois);
        CHECK(scene.read(scene.group) == scene.group);
        CHECK(scene.read(scene.caf) == scene.caf);
        CHECK(scene.read(scene.groupMeeting) == scene.groupMeeting);
        CHECK(log.take() == Notifications{{Entity::Territory, {scene.biterrois.uuid}, ChangeKind::Inserted},
                                          {Entity::Meeting, {scene.groupMeeting.uuid}, ChangeKind::Updated}});
    }
    SECTION("a partner: its signature and memberships go, the group it piloted loses its pilot")
    {
        REQUIRE(edit::remove(*scene.document, scene.caf).ok());
        const WorkingGroup group = scene.read(scene.group);
        CHECK(group.pilotPartnerId == NoId);
        CHECK(group.memberPartnerIds.isEmpty());
        CHECK(scene.read(scene.groupMeeting).partnerIds.isEmpty());
        CHECK(scene.read(scene.referent).partnerId == NoId);
        CHECK(log.take() == Notifications{{Entity::Partner, {scene.caf.uuid}, ChangeKind::Removed},
                                          {Entity::Person, {scene.referent.uuid}, ChangeKind::Updated},
                                          {Entity::WorkingGroup, {scene.group.uuid}, ChangeKind::Updated}});

        scene.stack().undo();
        CHECK(scene.read(scene.caf) == scene.caf);
        CHECK(scene.read(scene.group) == scene.group);
        CHECK(scene.read(scene.groupMeeting) == scene.groupMeeting);
        CHECK(scene.read(scene.referent) == scene.referent);
    }
    SECTION("an edition: everything of it, and back")
    {
        REQUIRE(edit::remove(*scene.document, scene.edition).ok());
        for (const auto& count : {EditionRepository(scene.db()).count(), AxisRepository(scene.db()).count(),
                                  WorkingGroupRepository(scene.db()).count(), ActionRepository(scene.db()).count(),
                                  MeetingRepository(scene.db()).count()})
            CHECK(count == 0);
        CHECK(scene.read(scene.caf).signatures.isEmpty());
        QList<QUuid> themes;
        for (const auto& theme : scene.axis.themes)
            themes << theme.uuid;
        const auto announced = [&](ChangeKind kind) {
            return Notifications{{Entity::Edition, {scene.edition.uuid}, kind},
                                 {Entity::Axis, {scene.axis.uuid}, kind},
                                 {Entity::Theme, themes, kind},
                                 {Entity::WorkingGroup, {scene.group.uuid}, kind},
                                 {Entity::Action, {scene.garage.uuid, scene.permis.uuid}, kind},
                                 {Entity::Indicator, indicatorUuids(scene.garage), kind},
                                 {Entity::Measurement, measurementUuids(scene.garage), kind},
                                 {Entity::Meeting, {scene.groupMeeting.uuid}, kind}};
        };
        CHECK(log.take() == announced(ChangeKind::Removed));

        scene.stack().undo();
        CHECK(scene.read(scene.edition) == scene.edition);
        CHECK(scene.read(scene.axis) == scene.axis);
        CHECK(scene.read(scene.group) == scene.group);
        CHECK(scene.read(scene.garage) == scene.garage);
        CHECK(scene.read(scene.permis) == scene.permis);
        CHECK(scene.read(scene.groupMeeting) == scene.groupMeeting);
        CHECK(scene.read(scene.caf) == scene.caf);
        CHECK(log.take() == announced(ChangeKind::Inserted));
    }
}

} // namespace pacte_test_editing_record_commands_test
