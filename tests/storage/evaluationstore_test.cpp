// The yearly evaluation in storage: freezing a year (immutable afterwards, once only) and the edition
// as of 31 December read back from the change log.
#include "evaluationtestutil.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_evaluationstore_test {

using namespace pacte;
using namespace pacte::test;
using namespace pacte::evaluationtest;

TEST_CASE("Freezing a year keeps its figures whatever is edited afterwards", "[storage][evaluation][file]")
{
    // 15 June 2026 at noon: the day of the freeze, its evaluation and its change-log row are known.
    const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
    const QDate today = now.toLocalTime().date();
    FixedClock clock(now);
    CurrentEdition scene;
    REQUIRE(scene.year == 2026);
    Database& db = *scene.db;
    const int changesBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM change_log"));

    const Evaluation evaluation = freezeYear(db, scene.edition.id, scene.year, EvaluationKind::Intermediate);
    CHECK(evaluation.id != NoId);
    CHECK(evaluation.editionId == scene.edition.id);
    CHECK(evaluation.year == scene.year);
    CHECK(evaluation.kind == EvaluationKind::Intermediate);
    CHECK(evaluation.date == today);
    CHECK(EvaluationRepository(db).count() == 1);

    const auto frozen = frozenSnapshot(db, scene.edition.id, scene.year);
    REQUIRE(frozen);
    const QByteArray frozenJson = frozen->toJson();
    const QString frozenContent = snapshotContent(db, evaluation.id);
    CHECK(frozenContent.toUtf8() == frozenJson);

    // What was frozen: this year's state, as of today.
    CHECK(frozen->edition == scene.edition.title);
    CHECK(frozen->year == scene.year);
    CHECK(frozen->asOf == today);
    CHECK(frozen->asOf == evaluationDay(scene.year));
    CHECK(frozen->frozenBy == QStringLiteral("testeur"));
    CHECK(frozen->frozenAt == now);
    CHECK(frozen->signatories == QStringList{QStringLiteral("Conseil départemental")});
    REQUIRE(frozen->groups.size() == 2);
    REQUIRE(frozen->actions.size() == 3);
    REQUIRE(frozen->indicators.size() == 2);
    CHECK(meetingTitles(*frozen) ==
          QStringList{QStringLiteral("Comité local du Biterrois"), QStringLiteral("COPIL de lancement")});
    const auto* garage = actionNamed(*frozen, QStringLiteral("Garage solidaire"));
    REQUIRE(garage);
    CHECK(garage->status == ActionStatus::InProgress);
    CHECK(garage->groupName == QStringLiteral("Mobilité"));
    CHECK(garage->axisTitle == QStringLiteral("Lever les freins"));
    CHECK(garage->territories == QStringList{QStringLiteral("Biterrois"), QStringLiteral("Étang de Thau")});
    CHECK(indicatorNamed(*frozen, QStringLiteral("Véhicules réparés"))->latestValue == 7.0);
    // The live reading of the same day, but for who froze it and when.
    EvaluationSnapshot live = liveSnapshot(db, scene.edition.id, scene.year);
    live.frozenAt = frozen->frozenAt;
    live.frozenBy = frozen->frozenBy;
    CHECK(live == *frozen);
    bool isFrozen = false;
    CHECK(snapshotForYear(db, scene.edition.id, scene.year, &isFrozen) == *frozen);
    CHECK(isFrozen);

    // The freeze is in the change log.
    const auto entries = ChangeLog(db).forEntity(evaluation.uuid);
    const auto freezeRow = std::find_if(entries.cbegin(), entries.cend(), [](const ChangeEntry& e) {
        return e.operation == QStringLiteral("update") && e.field == QStringLiteral("frozen");
    });
    REQUIRE(freezeRow != entries.cend());
    CHECK(freezeRow->entity == QStringLiteral("evaluation"));
    CHECK(freezeRow->oldValue.isEmpty());
    CHECK(freezeRow->newValue == QStringLiteral("2026-06-15"));
    CHECK(freezeRow->changedAt == now);
    CHECK(freezeRow->userName == QStringLiteral("testeur"));
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM change_log")) > changesBefore);

    SECTION("edits after freezing change the live figures, not the frozen ones")
    {
        Action garageRecord = *ActionRepository(db).findByUuid(scene.garage.uuid);
        garageRecord.status = ActionStatus::Completed;
        garageRecord.indicators[0].measurements.append(Measurement{NoId, {}, today, 42.0, std::nullopt, {}});
        ActionRepository(db).update(garageRecord);
        ActionRepository(db).remove(scene.permis.id);
        WorkingGroup mobilite = *WorkingGroupRepository(db).find(scene.mobilite.id);
        mobilite.name = QStringLiteral("Mobilité durable");
        WorkingGroupRepository(db).update(mobilite);
        MeetingRepository(db).remove(scene.committee.id);
        Territory biterrois = *TerritoryRepository(db).find(scene.biterrois.id);
        biterrois.name = QStringLiteral("Bassin de Béziers");
        TerritoryRepository(db).update(biterrois);
        Axis axis = *AxisRepository(db).find(scene.axis.id);
        axis.title = QStringLiteral("Axe renommé");
        AxisRepository(db).update(axis);

        const auto after = frozenSnapshot(db, scene.edition.id, scene.year);
        REQUIRE(after);
        CHECK(after->toJson() == frozenJson);
        CHECK(*after == *frozen);
        CHECK(snapshotContent(db, evaluation.id) == frozenContent);
        CHECK(snapshotForYear(db, scene.edition.id, scene.year) == *frozen);

        const EvaluationSnapshot live = liveSnapshot(db, scene.edition.id, scene.year);
        CHECK(live.actions.size() == 2);
        CHECK_FALSE(actionNamed(live, QStringLiteral("Permis solidaire")));
        const auto* liveGarage = actionNamed(live, QStringLiteral("Garage solidaire"));
        REQUIRE(liveGarage);
        CHECK(liveGarage->status == ActionStatus::Completed);
        CHECK(liveGarage->groupName == QStringLiteral("Mobilité durable"));
        CHECK(liveGarage->axisTitle == QStringLiteral("Axe renommé"));
        CHECK(liveGarage->territories ==
              QStringList{QStringLiteral("Bassin de Béziers"), QStringLiteral("Étang de Thau")});
        CHECK(groupNamed(live, QStringLiteral("Mobilité durable")));
        CHECK(indicatorNamed(live, QStringLiteral("Véhicules réparés"))->latestValue == 42.0);
        CHECK(meetingTitles(live) == QStringList{QStringLiteral("COPIL de lancement")});
        CHECK(compareSnapshots(*frozen, live).removedActions == QStringList{QStringLiteral("Permis solidaire")});

        // A final evaluation of the same year is another record; it freezes the year as it is now,
        // and is the one the year reads from then on. It freezes once too.
        const Evaluation final = freezeYear(db, scene.edition.id, scene.year, EvaluationKind::Final);
        CHECK(final.id != evaluation.id);
        const auto finalSnapshot = frozenSnapshot(db, scene.edition.id, scene.year);
        REQUIRE(finalSnapshot);
        CHECK(finalSnapshot->actions.size() == 2);
        CHECK(*frozenSnapshotOf(db, evaluation.id) == *frozen);
        CHECK_THROWS_AS(freezeYear(db, scene.edition.id, scene.year, EvaluationKind::Final), StorageError);
    }

    SECTION("freezing the same year again is refused and writes nothing")
    {
        const QByteArray bytes = fileBytes(scene.path);
        REQUIRE_FALSE(bytes.isEmpty());
        const int changes = count(db, QStringLiteral("SELECT COUNT(*) FROM change_log"));
        CHECK_THROWS_AS(freezeYear(db, scene.edition.id, scene.year, EvaluationKind::Intermediate), StorageError);
        CHECK(fileBytes(scene.path) == bytes);
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM change_log")) == changes);
        CHECK(EvaluationRepository(db).count() == 1);
        CHECK(frozenSnapshot(db, scene.edition.id, scene.year)->toJson() == frozenJson);
        // Storing another snapshot for the same evaluation is refused by the database itself.
        CHECK_THROWS_AS(storeFrozenSnapshot(db, evaluation.id, *frozen), StorageError);
        CHECK(snapshotContent(db, evaluation.id) == frozenContent);
    }

    SECTION("a year to come or outside the edition cannot be frozen")
    {
        const QByteArray bytes = fileBytes(scene.path);
        CHECK_THROWS_AS(freezeYear(db, scene.edition.id, scene.year + 1, EvaluationKind::Intermediate), StorageError);
        CHECK_THROWS_AS(freezeYear(db, scene.edition.id, scene.year - 1, EvaluationKind::Intermediate), StorageError);
        CHECK_THROWS_AS(freezeYear(db, scene.edition.id, scene.year + 4, EvaluationKind::Final), StorageError);
        CHECK_THROWS_AS(freezeYear(db, scene.edition.id + 100, scene.year, EvaluationKind::Intermediate), StorageError);
        CHECK(fileBytes(scene.path) == bytes);
        CHECK(EvaluationRepository(db).count() == 1);
        CHECK_FALSE(frozenSnapshot(db, scene.edition.id, scene.year + 1));
    }

    SECTION("a read-only database cannot freeze")
    {
        scene.db.reset(); // closed: the read-only open below is not about the lock
        auto readOnly = Database::open(scene.path, QStringLiteral("lecteur"), Database::Access::ReadOnly);
        CHECK_THROWS_AS(freezeYear(*readOnly, scene.edition.id, scene.year, EvaluationKind::Final), StorageError);
        CHECK(frozenSnapshot(*readOnly, scene.edition.id, scene.year)->toJson() == frozenJson);
    }
}

TEST_CASE("A year can be frozen from its first day, not before", "[storage][evaluation][clock]")
{
    // The evening of 31 December in the edition's first year: the next year has not begun.
    FixedClock clock(QDateTime(QDate(2025, 12, 31), QTime(12, 0), Qt::UTC));
    CurrentEdition scene;
    REQUIRE(scene.edition.title == QStringLiteral("PTI 2025-2028"));
    Database& db = *scene.db;
    CHECK(evaluationDay(2025) == QDate(2025, 12, 31));
    CHECK(evaluationDay(2026) == QDate(2025, 12, 31));
    try {
        (void)freezeYear(db, scene.edition.id, 2026, EvaluationKind::Intermediate);
        FAIL("a year to come was frozen");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("2026")));
    }
    CHECK(EvaluationRepository(db).count() == 0);

    // A day later it can.
    const QDateTime newYear(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    Clock::setFixed(newYear);
    CHECK(evaluationDay(2026) == QDate(2026, 1, 1));
    const Evaluation evaluation = freezeYear(db, scene.edition.id, 2026, EvaluationKind::Intermediate);
    CHECK(evaluation.date == QDate(2026, 1, 1));
    const auto frozen = frozenSnapshot(db, scene.edition.id, 2026);
    REQUIRE(frozen);
    CHECK(frozen->asOf == QDate(2026, 1, 1));
    CHECK(frozen->frozenAt == newYear);
}

TEST_CASE("A year not frozen is read as of its 31 December from the change log", "[storage][evaluation][asof]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const Edition pti2017 = *findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
    const Edition pti2022 = *findEditionByTitle(*db, QStringLiteral("PTI 2022-2025"));
    const auto territories = TerritoryRepository(*db).all();
    REQUIRE(territories.size() == 6);
    const Territory& territory = territories.first();

    // The coordinator's work over the years, entered in the editor and dated through the change log.
    WorkingGroup mobilite;
    mobilite.editionId = pti2022.id;
    mobilite.name = QStringLiteral("Mobilité solidaire");
    mobilite.territoryIds = {territory.id};
    WorkingGroupRepository(*db).insert(mobilite);
    redate(*db, mobilite.uuid, QStringLiteral("insert"), QStringLiteral("2022-02-01T09:00:00.000Z"));

    Action garage;
    garage.groupId = mobilite.id;
    garage.title = QStringLiteral("Garage solidaire");
    garage.status = ActionStatus::Project;
    garage.indicators = {Indicator{NoId,
                                   {},
                                   QStringLiteral("Véhicules prêtés"),
                                   IndicatorKind::Output,
                                   QStringLiteral("véhicules"),
                                   std::nullopt,
                                   25.0,
                                   {Measurement{NoId, {}, QDate(2023, 6, 30), 10.0, std::nullopt, {}},
                                    Measurement{NoId, {}, QDate(2024, 6, 30), 20.0, std::nullopt, {}},
                                    Measurement{NoId, {}, QDate(2025, 6, 30), 30.0, std::nullopt, {}}}}};
    ActionRepository(*db).insert(garage);
    redate(*db, garage.uuid, QStringLiteral("insert"), QStringLiteral("2022-03-01T09:00:00.000Z"));
    garage.status = ActionStatus::InProgress;
    ActionRepository(*db).update(garage);
    redate(*db, garage.uuid, QStringLiteral("update"), QStringLiteral("2023-05-01T09:00:00.000Z"),
           QStringLiteral("status"));
    garage.status = ActionStatus::Completed;
    ActionRepository(*db).update(garage);
    SqlQuery(*db, QStringLiteral("UPDATE change_log SET changed_at = '2024-06-01T10:00:00.000Z' WHERE entity_uuid = ? "
                                 "AND field = 'status' AND new_value = 'realisee'"))
        .bind(dbUuid(garage.uuid))
        .exec();

    Action ecole;
    ecole.groupId = mobilite.id;
    ecole.title = QStringLiteral("Auto-école sociale");
    ecole.status = ActionStatus::InProgress;
    ActionRepository(*db).insert(ecole);
    redate(*db, ecole.uuid, QStringLiteral("insert"), QStringLiteral("2024-02-01T09:00:00.000Z"));

    // Written in November 2023 for a start in March 2024: a project at the end of 2023.
    Action plateforme;
    plateforme.groupId = mobilite.id;
    plateforme.title = QStringLiteral("Plateforme mobilité");
    plateforme.status = ActionStatus::Project;
    plateforme.startDate = QDate(2024, 3, 1);
    ActionRepository(*db).insert(plateforme);
    redate(*db, plateforme.uuid, QStringLiteral("insert"), QStringLiteral("2023-11-01T09:00:00.000Z"));
    plateforme.status = ActionStatus::InProgress;
    ActionRepository(*db).update(plateforme);
    redate(*db, plateforme.uuid, QStringLiteral("update"), QStringLiteral("2024-03-05T09:00:00.000Z"),
           QStringLiteral("status"));

    WorkingGroup jeunes;
    jeunes.editionId = pti2022.id;
    jeunes.name = QStringLiteral("Emploi des jeunes");
    jeunes.territoryIds = {territory.id};
    WorkingGroupRepository(*db).insert(jeunes);
    redate(*db, jeunes.uuid, QStringLiteral("insert"), QStringLiteral("2024-03-01T09:00:00.000Z"));

    mobilite.status = GroupStatus::Closed;
    WorkingGroupRepository(*db).update(mobilite);
    redate(*db, mobilite.uuid, QStringLiteral("update"), QStringLiteral("2025-01-10T09:00:00.000Z"),
           QStringLiteral("status"));

    // Created today, never dated back: it exists only now.
    Action nouvelle;
    nouvelle.groupId = mobilite.id;
    nouvelle.title = QStringLiteral("Action créée aujourd'hui");
    ActionRepository(*db).insert(nouvelle);

    Meeting committee2023;
    committee2023.editionId = pti2022.id;
    committee2023.kind = MeetingKind::LocalCommittee;
    committee2023.status = MeetingStatus::Held;
    committee2023.date = QDate(2023, 5, 2);
    committee2023.title = QStringLiteral("Comité local 2023");
    committee2023.territoryId = territory.id;
    MeetingRepository(*db).insert(committee2023);
    Meeting committee2024 = committee2023;
    committee2024.id = NoId;
    committee2024.uuid = QUuid();
    committee2024.date = QDate(2024, 5, 2);
    committee2024.title = QStringLiteral("Comité local 2024");
    MeetingRepository(*db).insert(committee2024);

    Partner newcomer{NoId, {}, QStringLiteral("France Travail Lunel"), {}, PartnerCategory::FranceTravail, {}, {}, {},
                     {},   {}};
    newcomer.signatures = {
        Signature{NoId, {}, pti2022.id, SignatureStatus::Signed, QDate(2024, 4, 1), {}, {}, std::nullopt}};
    PartnerRepository(*db).insert(newcomer);

    SECTION("statuses as they were, records created later left out, later measurements and meetings too")
    {
        const EditionData at2022 = loadEditionDataAsOf(*db, pti2022.id, QDate(2022, 12, 31));
        const EditionData at2023 = loadEditionDataAsOf(*db, pti2022.id, QDate(2023, 12, 31));
        const EditionData at2024 = loadEditionDataAsOf(*db, pti2022.id, QDate(2024, 12, 31));

        CHECK(hasGroup(at2023, mobilite.uuid));
        CHECK_FALSE(hasGroup(at2023, jeunes.uuid));
        CHECK(hasGroup(at2024, jeunes.uuid));
        CHECK(hasAction(at2023, garage.uuid));
        CHECK_FALSE(hasAction(at2023, ecole.uuid));
        CHECK(hasAction(at2024, ecole.uuid));
        CHECK_FALSE(hasAction(at2024, nouvelle.uuid));
        CHECK(hasMeeting(at2023, committee2023.uuid));
        CHECK_FALSE(hasMeeting(at2023, committee2024.uuid));
        CHECK(hasMeeting(at2024, committee2024.uuid));

        const auto statusIn = [&](const EditionData& data) {
            for (const auto& a : data.actions) {
                if (a.uuid == garage.uuid)
                    return a.status;
            }
            FAIL("the action is missing");
            return ActionStatus::Abandoned;
        };
        CHECK(statusIn(at2022) == ActionStatus::Project);
        CHECK(statusIn(at2023) == ActionStatus::InProgress);
        CHECK(statusIn(at2024) == ActionStatus::Completed);

        const auto measurementsIn = [&](const EditionData& data) {
            for (const auto& a : data.actions) {
                if (a.uuid == garage.uuid)
                    return a.indicators.value(0).measurements.size();
            }
            return qsizetype(-1);
        };
        CHECK(measurementsIn(at2022) == 0);
        CHECK(measurementsIn(at2023) == 1);
        CHECK(measurementsIn(at2024) == 2);

        // The demo's imported records stand for history: kept whatever the change log's dates.
        const EditionData demo2017 = loadEditionDataAsOf(*db, pti2017.id, QDate(2017, 12, 31));
        CHECK(demo2017.groups.size() == 17);
        CHECK(demo2017.actions.size() == 38);
        CHECK(demo2017.partners == loadEditionData(*db, pti2017.id).partners);
        // The demo's 2022 seminars and launch COPIL were held by the end of 2022.
        CHECK(at2022.meetings.size() == 15);
        const EditionData spring2022 = loadEditionDataAsOf(*db, pti2022.id, QDate(2022, 3, 1));
        CHECK(spring2022.meetings.size() == 13); // the governance group (9 March) and the COPIL (19 May) to come
    }

    SECTION("the live snapshot of each year")
    {
        const EvaluationSnapshot s2023 = liveSnapshot(*db, pti2022.id, 2023);
        const EvaluationSnapshot s2024 = liveSnapshot(*db, pti2022.id, 2024);
        const EvaluationSnapshot s2025 = liveSnapshot(*db, pti2022.id, 2025);
        CHECK(s2023.asOf == QDate(2023, 12, 31));
        CHECK_FALSE(s2023.frozenAt.isValid());

        CHECK(s2023.actions.size() == 2);
        CHECK(actionNamed(s2023, QStringLiteral("Garage solidaire"))->status == ActionStatus::InProgress);
        // An action sheet written before the end of the year counts, as a project, even if it starts later.
        REQUIRE(actionNamed(s2023, QStringLiteral("Plateforme mobilité")));
        CHECK(actionNamed(s2023, QStringLiteral("Plateforme mobilité"))->status == ActionStatus::Project);
        CHECK(actionNamed(s2024, QStringLiteral("Plateforme mobilité"))->status == ActionStatus::InProgress);
        CHECK_FALSE(actionNamed(liveSnapshot(*db, pti2022.id, 2022), QStringLiteral("Plateforme mobilité")));
        CHECK(s2024.actions.size() == 3);
        CHECK(actionNamed(s2024, QStringLiteral("Garage solidaire"))->status == ActionStatus::Completed);
        CHECK(actionNamed(s2024, QStringLiteral("Auto-école sociale")));
        CHECK(s2023.groups.size() == 1);
        CHECK(s2024.groups.size() == 2);
        CHECK(groupNamed(s2024, QStringLiteral("Mobilité solidaire"))->status == GroupStatus::Active);
        CHECK(groupNamed(s2025, QStringLiteral("Mobilité solidaire"))->status == GroupStatus::Closed);
        CHECK(indicatorNamed(s2023, QStringLiteral("Véhicules prêtés"))->latestValue == 10.0);
        CHECK(indicatorNamed(s2024, QStringLiteral("Véhicules prêtés"))->latestValue == 20.0);
        CHECK(meetingTitles(s2023) == QStringList{QStringLiteral("Comité local 2023")});
        CHECK(meetingTitles(s2024) == QStringList{QStringLiteral("Comité local 2024")});
        CHECK(countEvaluation(liveSnapshot(*db, pti2022.id, 2022)).meetingsHeld == 13);

        // The partner who signed in April 2024 is new in 2024, not yet a signatory in 2023.
        CHECK_FALSE(s2023.signatories.contains(QStringLiteral("France Travail Lunel")));
        CHECK(s2024.signatories.contains(QStringLiteral("France Travail Lunel")));
        CHECK(s2024.newPartners.contains(QStringLiteral("France Travail Lunel")));
        CHECK(s2024.newPartners.size() == s2023.newPartners.size() + 1);

        // Live edits today do not reach back into past years.
        garage.status = ActionStatus::Abandoned;
        ActionRepository(*db).update(garage);
        CHECK(liveSnapshot(*db, pti2022.id, 2024) == s2024);
    }

    SECTION("the 2017-2021 pact as of 2021 keeps Annexe 1's 38 actions, even after today's edits")
    {
        auto actions = recordsWhere<Action>(
            *db,
            QStringLiteral("group_id IN (SELECT id FROM working_group WHERE edition_id = ?) AND status = 'en_cours'"),
            {pti2017.id});
        REQUIRE(actions.size() == 15);
        actions[0].status = ActionStatus::Completed;
        ActionRepository(*db).update(actions[0]);

        const QMap<ActionStatus, int> annexe1{{ActionStatus::Completed, 9},
                                              {ActionStatus::Running, 10},
                                              {ActionStatus::InProgress, 15},
                                              {ActionStatus::Project, 4}};
        for (int year = 2017; year <= 2021; ++year) {
            INFO(year);
            const EvaluationSnapshot s = liveSnapshot(*db, pti2017.id, year);
            CHECK(s.actions.size() == 38);
            CHECK(s.groups.size() == 17);
            CHECK(statusCounts(s) == annexe1);
        }
        CHECK(computeStats(loadEditionData(*db, pti2017.id)).actionsByStatus.value(ActionStatus::Completed) == 10);
    }
}

TEST_CASE("A record deleted and restored today (undo) existed in the past years all the same",
          "[storage][evaluation][asof]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("undo.pacte")), true);
    const Edition pti2017 = *findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
    const Edition pti2022 = *findEditionByTitle(*db, QStringLiteral("PTI 2022-2025"));

    // What the editor's delete and its undo do (DeleteRecordCommand): the rows put back, and an
    // insert in the change log, today.
    const auto deleteAndUndo = [&](Entity entity, Id id, const QUuid& uuid, const QString& label) {
        const DeletionImpact impact = captureDeletion(*db, entity, id);
        SqlQuery(*db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entityCode(entity))).bind(id).exec();
        ChangeLog(*db).recordDelete(entity, uuid, label);
        restoreDeletion(*db, impact);
        ChangeLog(*db).recordInsert(entity, uuid, label);
    };

    WorkingGroup group;
    group.editionId = pti2022.id;
    group.name = QStringLiteral("Mobilité solidaire");
    group.territoryIds = {TerritoryRepository(*db).all().first().id};
    WorkingGroupRepository(*db).insert(group);
    redate(*db, group.uuid, QStringLiteral("insert"), QStringLiteral("2022-02-01T09:00:00.000Z"));
    Action garage;
    garage.groupId = group.id;
    garage.title = QStringLiteral("Garage solidaire");
    ActionRepository(*db).insert(garage);
    redate(*db, garage.uuid, QStringLiteral("insert"), QStringLiteral("2022-03-01T09:00:00.000Z"));
    // Created in 2024, deleted in 2024, restored today: it did not exist at the end of 2023... nor
    // at the end of 2024.
    Action ephemeral;
    ephemeral.groupId = group.id;
    ephemeral.title = QStringLiteral("Action éphémère");
    ActionRepository(*db).insert(ephemeral);
    redate(*db, ephemeral.uuid, QStringLiteral("insert"), QStringLiteral("2024-02-01T09:00:00.000Z"));
    const DeletionImpact impact = captureDeletion(*db, Entity::Action, ephemeral.id);
    ActionRepository(*db).remove(ephemeral.id);
    redate(*db, ephemeral.uuid, QStringLiteral("delete"), QStringLiteral("2024-05-01T09:00:00.000Z"));
    restoreDeletion(*db, impact);
    ChangeLog(*db).recordInsert(Entity::Action, ephemeral.uuid, ephemeral.title);

    deleteAndUndo(Entity::Action, garage.id, garage.uuid, garage.title);
    deleteAndUndo(Entity::WorkingGroup, group.id, group.uuid, group.name);
    const auto demoGroup = recordsWhere<WorkingGroup>(*db, QStringLiteral("edition_id = ?"), {pti2017.id}).first();
    deleteAndUndo(Entity::WorkingGroup, demoGroup.id, demoGroup.uuid, demoGroup.name);

    const EditionData at2023 = loadEditionDataAsOf(*db, pti2022.id, QDate(2023, 12, 31));
    CHECK(hasGroup(at2023, group.uuid));
    CHECK(hasAction(at2023, garage.uuid));
    CHECK_FALSE(hasAction(at2023, ephemeral.uuid));
    CHECK_FALSE(hasAction(loadEditionDataAsOf(*db, pti2022.id, QDate(2024, 12, 31)), ephemeral.uuid));
    CHECK(hasAction(loadEditionDataAsOf(*db, pti2022.id, QDate(2024, 3, 1)), ephemeral.uuid));
    CHECK(hasAction(loadEditionDataAsOf(*db, pti2022.id, QDate::currentDate()), ephemeral.uuid));
    CHECK_FALSE(hasGroup(loadEditionDataAsOf(*db, pti2022.id, QDate(2021, 12, 31)), group.uuid));
    const EditionData demo2021 = loadEditionDataAsOf(*db, pti2017.id, QDate(2021, 12, 31));
    CHECK(demo2021.groups.size() == 17);
    CHECK(demo2021.actions.size() == 38);
    CHECK(liveSnapshot(*db, pti2017.id, 2021).actions.size() == 38);
}

} // namespace pacte_test_storage_evaluationstore_test
