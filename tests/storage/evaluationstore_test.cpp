// The yearly evaluation in storage: freezing a year (immutable afterwards, once only), the edition as
// of 31 December read back from the change log, year N against N-1 through frozen snapshots, the
// snapshots and assessments through a dump, and the rules over every year of the demo editions.
#include "common/testutil.h"
#include "domain/editionstats.h"
#include "domain/format.h"
#include "domain/rules.h"
#include "exchange/dump.h"
#include "storage/cascade.h"
#include "storage/changelog.h"
#include "storage/editionloader.h"
#include "storage/evaluationstore.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

using namespace pacte;
using namespace pacte::test;

namespace {

int count(Database& db, const QString& sql, const QVariantList& binds = {})
{
    SqlQuery query(db, sql);
    query.bindAll(binds).exec();
    return query.next() ? query.integer(0) : -1;
}

QString snapshotContent(Database& db, Id evaluationId)
{
    SqlQuery query(db, QStringLiteral("SELECT content FROM evaluation_snapshot WHERE evaluation_id = ?"));
    query.bind(evaluationId).exec();
    return query.next() ? query.text(0) : QString();
}

// Makes the change log say that a change to `uuid` happened at `when`, as if the coordinator had
// made it then (UTC, the change log's own format).
void redate(Database& db, const QUuid& uuid, const QString& operation, const QString& when,
            const QString& field = QString())
{
    SqlQuery(db, QStringLiteral("UPDATE change_log SET changed_at = ? WHERE entity_uuid = ? AND operation = ? AND "
                                "field = ?"))
        .bindAll({when, dbUuid(uuid), operation, field})
        .exec();
    REQUIRE(count(db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity_uuid = ? AND changed_at = ?"),
                  {dbUuid(uuid), when}) > 0);
}

const EvaluationSnapshot::ActionState* actionNamed(const EvaluationSnapshot& s, const QString& title)
{
    for (const auto& a : s.actions) {
        if (a.title == title)
            return &a;
    }
    return nullptr;
}

const EvaluationSnapshot::GroupState* groupNamed(const EvaluationSnapshot& s, const QString& name)
{
    for (const auto& g : s.groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

const EvaluationSnapshot::IndicatorState* indicatorNamed(const EvaluationSnapshot& s, const QString& name)
{
    for (const auto& i : s.indicators) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

QStringList meetingTitles(const EvaluationSnapshot& s)
{
    QStringList titles;
    for (const auto& m : s.meetings)
        titles << m.title;
    return titles;
}

bool hasAction(const EditionData& data, const QUuid& uuid)
{
    return std::any_of(data.actions.cbegin(), data.actions.cend(), [&](const Action& a) { return a.uuid == uuid; });
}

bool hasGroup(const EditionData& data, const QUuid& uuid)
{
    return std::any_of(data.groups.cbegin(), data.groups.cend(), [&](const WorkingGroup& g) { return g.uuid == uuid; });
}

bool hasMeeting(const EditionData& data, const QUuid& uuid)
{
    return std::any_of(data.meetings.cbegin(), data.meetings.cend(), [&](const Meeting& m) { return m.uuid == uuid; });
}

QMap<ActionStatus, int> statusCounts(const EvaluationSnapshot& s)
{
    QMap<ActionStatus, int> counts;
    for (const auto& a : s.actions)
        ++counts[a.status];
    return counts;
}

// An edition that began this year ("PTI 2026-2029" on 28 November 2026), filled through the
// repositories as the coordinator would: two groups, three actions with indicators, meetings.
struct CurrentEdition
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("courant.pacte"));
    std::unique_ptr<Database> db = createDatabase(path);
    int year = QDate::currentDate().year();
    QDate first = QDate(year, 1, 1);
    Edition edition;
    Axis axis;
    Territory biterrois{NoId, {}, QStringLiteral("Biterrois"), {}, {}, {}};
    Territory thau{NoId, {}, QStringLiteral("Étang de Thau"), {}, {}, {}};
    Partner cd{
        NoId, {}, QStringLiteral("Conseil départemental"), QStringLiteral("CD"), PartnerCategory::Departement, {},
        {},   {}};
    WorkingGroup mobilite;
    WorkingGroup emploi;
    Action garage;
    Action permis;
    Action jobDating;
    Meeting committee;
    Meeting copil;

    CurrentEdition()
    {
        edition.title = QStringLiteral("PTI %1-%2").arg(year).arg(year + 3);
        edition.startDate = first;
        edition.endDate = QDate(year + 3, 12, 31);
        EditionRepository(*db).insert(edition);
        axis = Axis{NoId, {}, edition.id, 1, QStringLiteral("Lever les freins"), {}, {}};
        axis.themes = {Theme{NoId, {}, NoId, QStringLiteral("Mobilité"), {}}};
        AxisRepository(*db).insert(axis);
        TerritoryRepository(*db).insert(biterrois);
        TerritoryRepository(*db).insert(thau);
        cd.signatures = {Signature{NoId, {}, edition.id, SignatureStatus::Signed, first, {}, {}, std::nullopt}};
        PartnerRepository(*db).insert(cd);

        mobilite.editionId = edition.id;
        mobilite.name = QStringLiteral("Mobilité");
        mobilite.axisId = axis.id;
        mobilite.themeId = axis.themes.at(0).id;
        mobilite.territoryIds = {biterrois.id, thau.id};
        WorkingGroupRepository(*db).insert(mobilite);
        emploi.editionId = edition.id;
        emploi.name = QStringLiteral("Emploi");
        emploi.territoryIds = {thau.id};
        WorkingGroupRepository(*db).insert(emploi);

        garage = makeAction(mobilite.id, QStringLiteral("Garage solidaire"), ActionStatus::InProgress);
        garage.indicators = {Indicator{NoId,
                                       {},
                                       QStringLiteral("Véhicules réparés"),
                                       IndicatorKind::Output,
                                       QStringLiteral("véhicules"),
                                       std::nullopt,
                                       20.0,
                                       {Measurement{NoId, {}, first, 7.0, std::nullopt, {}}}}};
        ActionRepository(*db).insert(garage);
        permis = makeAction(mobilite.id, QStringLiteral("Permis solidaire"), ActionStatus::Project);
        ActionRepository(*db).insert(permis);
        jobDating = makeAction(emploi.id, QStringLiteral("Job dating"), ActionStatus::Running);
        jobDating.experimentation = true;
        jobDating.indicators = {Indicator{NoId,
                                          {},
                                          QStringLiteral("Embauches"),
                                          IndicatorKind::Outcome,
                                          QStringLiteral("personnes"),
                                          std::nullopt,
                                          10.0,
                                          {Measurement{NoId, {}, first, 3.0, 5.0, {}}}}};
        ActionRepository(*db).insert(jobDating);

        committee.editionId = edition.id;
        committee.kind = MeetingKind::LocalCommittee;
        committee.status = MeetingStatus::Held;
        committee.date = first;
        committee.title = QStringLiteral("Comité local du Biterrois");
        committee.territoryId = biterrois.id;
        MeetingRepository(*db).insert(committee);
        copil.editionId = edition.id;
        copil.kind = MeetingKind::CopilLaunch;
        copil.status = MeetingStatus::Held;
        copil.date = first;
        copil.title = QStringLiteral("COPIL de lancement");
        MeetingRepository(*db).insert(copil);
    }

    static Action makeAction(Id groupId, const QString& title, ActionStatus status)
    {
        Action a;
        a.groupId = groupId;
        a.title = title;
        a.status = status;
        return a;
    }
};

} // namespace

TEST_CASE("Freezing a year keeps its figures whatever is edited afterwards", "[storage][evaluation]")
{
    CurrentEdition scene;
    Database& db = *scene.db;
    const int changesBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM change_log"));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Evaluation evaluation = freezeYear(db, scene.edition.id, scene.year, EvaluationKind::Intermediate);
    CHECK(evaluation.id != NoId);
    CHECK(evaluation.editionId == scene.edition.id);
    CHECK(evaluation.year == scene.year);
    CHECK(evaluation.kind == EvaluationKind::Intermediate);
    CHECK(evaluation.date == QDate::currentDate());
    CHECK(EvaluationRepository(db).count() == 1);

    const auto frozen = frozenSnapshot(db, scene.edition.id, scene.year);
    REQUIRE(frozen);
    const QByteArray frozenJson = frozen->toJson();
    const QString frozenContent = snapshotContent(db, evaluation.id);
    CHECK(frozenContent.toUtf8() == frozenJson);

    // What was frozen: this year's state, as of today.
    CHECK(frozen->edition == scene.edition.title);
    CHECK(frozen->year == scene.year);
    CHECK(frozen->asOf == QDate::currentDate());
    CHECK(frozen->asOf == evaluationDay(scene.year));
    CHECK(frozen->frozenBy == QStringLiteral("testeur"));
    CHECK(frozen->frozenAt >= before);
    CHECK(frozen->frozenAt <= QDateTime::currentDateTimeUtc().addSecs(1));
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
    CHECK(freezeRow->newValue == QDate::currentDate().toString(Qt::ISODate));
    CHECK(freezeRow->userName == QStringLiteral("testeur"));
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM change_log")) > changesBefore);

    SECTION("edits after freezing change the live figures, not the frozen ones")
    {
        Action garageRecord = *ActionRepository(db).findByUuid(scene.garage.uuid);
        garageRecord.status = ActionStatus::Completed;
        garageRecord.indicators[0].measurements.append(
            Measurement{NoId, {}, QDate::currentDate(), 42.0, std::nullopt, {}});
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

    Partner newcomer{NoId, {}, QStringLiteral("France Travail"), {}, PartnerCategory::FranceTravail, {}, {}, {}};
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
        CHECK_FALSE(s2023.signatories.contains(QStringLiteral("France Travail")));
        CHECK(s2024.signatories.contains(QStringLiteral("France Travail")));
        CHECK(s2024.newPartners.contains(QStringLiteral("France Travail")));
        CHECK(s2024.newPartners.size() == s2023.newPartners.size() + 1);

        // Live edits today do not reach back into past years.
        garage.status = ActionStatus::Abandoned;
        ActionRepository(*db).update(garage);
        CHECK(liveSnapshot(*db, pti2022.id, 2024) == s2024);
    }

    SECTION("the 2017-2021 pact as of 2021 keeps Annexe 1's 38 actions, even after today's edits")
    {
        auto actions = ActionRepository(*db).where(
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
    const auto deleteAndUndo = [&](const QString& table, Id id, const QUuid& uuid, const QString& label) {
        const DeletionImpact impact = captureDeletion(*db, table, id);
        SqlQuery(*db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)).bind(id).exec();
        ChangeLog(*db).recordDelete(table, uuid, label);
        restoreDeletion(*db, impact);
        ChangeLog(*db).recordInsert(table, uuid, label);
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
    const DeletionImpact impact = captureDeletion(*db, QStringLiteral("action"), ephemeral.id);
    ActionRepository(*db).remove(ephemeral.id);
    redate(*db, ephemeral.uuid, QStringLiteral("delete"), QStringLiteral("2024-05-01T09:00:00.000Z"));
    restoreDeletion(*db, impact);
    ChangeLog(*db).recordInsert(QStringLiteral("action"), ephemeral.uuid, ephemeral.title);

    deleteAndUndo(QStringLiteral("action"), garage.id, garage.uuid, garage.title);
    deleteAndUndo(QStringLiteral("working_group"), group.id, group.uuid, group.name);
    const auto demoGroup = WorkingGroupRepository(*db).where(QStringLiteral("edition_id = ?"), {pti2017.id}).first();
    deleteAndUndo(QStringLiteral("working_group"), demoGroup.id, demoGroup.uuid, demoGroup.name);

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

TEST_CASE("Year N against N-1 through frozen snapshots", "[storage][evaluation][compare]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("annees.pacte")), true);
    const Edition pti2022 = *findEditionByTitle(*db, QStringLiteral("PTI 2022-2025"));
    const Territory territory = TerritoryRepository(*db).all().first();

    WorkingGroup mobilite;
    mobilite.editionId = pti2022.id;
    mobilite.name = QStringLiteral("Mobilité solidaire");
    mobilite.territoryIds = {territory.id};
    WorkingGroupRepository(*db).insert(mobilite);
    redate(*db, mobilite.uuid, QStringLiteral("insert"), QStringLiteral("2023-01-10T09:00:00.000Z"));
    Action garage;
    garage.groupId = mobilite.id;
    garage.title = QStringLiteral("Garage solidaire");
    garage.status = ActionStatus::InProgress;
    garage.indicators = {Indicator{NoId,
                                   {},
                                   QStringLiteral("Véhicules prêtés"),
                                   IndicatorKind::Output,
                                   {},
                                   std::nullopt,
                                   std::nullopt,
                                   {Measurement{NoId, {}, QDate(2023, 6, 30), 10.0, std::nullopt, {}},
                                    Measurement{NoId, {}, QDate(2024, 6, 30), 20.0, std::nullopt, {}}}}};
    ActionRepository(*db).insert(garage);
    redate(*db, garage.uuid, QStringLiteral("insert"), QStringLiteral("2023-01-10T09:05:00.000Z"));

    // 2023 frozen at the time (storeFrozenSnapshot, as a dump restores it): one group, one action.
    Evaluation evaluation2023;
    evaluation2023.editionId = pti2022.id;
    evaluation2023.year = 2023;
    evaluation2023.date = QDate(2024, 1, 15);
    EvaluationRepository(*db).insert(evaluation2023);
    EvaluationSnapshot snapshot2023 = liveSnapshot(*db, pti2022.id, 2023);
    snapshot2023.frozenAt = QDateTime(QDate(2024, 1, 15), QTime(10, 0, 0, 250), Qt::UTC);
    snapshot2023.frozenBy = QStringLiteral("Chargée de mission");
    storeFrozenSnapshot(*db, evaluation2023.id, snapshot2023);
    CHECK(frozenSnapshot(*db, pti2022.id, 2023) == snapshot2023);

    // During 2024: the action is completed, a new group and action, and the measurement of June.
    garage.status = ActionStatus::Completed;
    ActionRepository(*db).update(garage);
    redate(*db, garage.uuid, QStringLiteral("update"), QStringLiteral("2024-09-01T09:00:00.000Z"),
           QStringLiteral("status"));
    WorkingGroup jeunes;
    jeunes.editionId = pti2022.id;
    jeunes.name = QStringLiteral("Emploi des jeunes");
    jeunes.territoryIds = {territory.id};
    WorkingGroupRepository(*db).insert(jeunes);
    redate(*db, jeunes.uuid, QStringLiteral("insert"), QStringLiteral("2024-03-01T09:00:00.000Z"));
    Action jobDating;
    jobDating.groupId = jeunes.id;
    jobDating.title = QStringLiteral("Job dating");
    ActionRepository(*db).insert(jobDating);
    redate(*db, jobDating.uuid, QStringLiteral("insert"), QStringLiteral("2024-03-02T09:00:00.000Z"));

    // 2024 frozen now, a past year read as of its 31 December.
    freezeYear(*db, pti2022.id, 2024, EvaluationKind::Intermediate);
    const auto frozen2023 = frozenSnapshot(*db, pti2022.id, 2023);
    const auto frozen2024 = frozenSnapshot(*db, pti2022.id, 2024);
    REQUIRE(frozen2023);
    REQUIRE(frozen2024);
    CHECK(frozen2024->asOf == QDate(2024, 12, 31));

    const EvaluationComparison c = compareSnapshots(*frozen2023, *frozen2024);
    REQUIRE(c.statusChanges.size() == 1);
    CHECK(c.statusChanges.at(0).uuid == garage.uuid);
    CHECK(c.statusChanges.at(0).from == ActionStatus::InProgress);
    CHECK(c.statusChanges.at(0).to == ActionStatus::Completed);
    REQUIRE(c.indicatorMoves.size() == 1);
    CHECK(c.indicatorMoves.at(0).from == 10.0);
    CHECK(c.indicatorMoves.at(0).to == 20.0);
    CHECK(c.newActions == QStringList{QStringLiteral("Job dating")});
    CHECK(c.removedActions.isEmpty());
    CHECK(c.newGroups == QStringList{QStringLiteral("Emploi des jeunes")});
    CHECK(c.closedGroups.isEmpty());

    // Today the coordinator deletes the group of 2023 and everything in it: the comparison of the
    // frozen years does not move, while the live reading of 2025 sees the group gone.
    WorkingGroupRepository(*db).remove(mobilite.id);
    const EvaluationComparison again =
        compareSnapshots(*frozenSnapshot(*db, pti2022.id, 2023), *frozenSnapshot(*db, pti2022.id, 2024));
    CHECK(again.statusChanges.size() == 1);
    CHECK(again.newGroups == c.newGroups);
    CHECK(again.newActions == c.newActions);
    const EvaluationComparison toLive = compareSnapshots(*frozen2024, liveSnapshot(*db, pti2022.id, 2025));
    CHECK(toLive.closedGroups == QStringList{QStringLiteral("Mobilité solidaire")});
    CHECK(toLive.removedActions == QStringList{QStringLiteral("Garage solidaire")});
}

TEST_CASE("A dump keeps the frozen snapshots and the assessments per axis", "[storage][evaluation][dump]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("source.pacte")), true);
    const Edition pti2022 = *findEditionByTitle(*db, QStringLiteral("PTI 2022-2025"));
    const Edition pti2017 = *findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
    Evaluation y2022 = freezeYear(*db, pti2022.id, 2022, EvaluationKind::Intermediate);
    freezeYear(*db, pti2017.id, 2021, EvaluationKind::Final);
    // An evaluation with assessments and no frozen figures.
    Evaluation y2023;
    y2023.editionId = pti2022.id;
    y2023.year = 2023;
    y2023.date = QDate(2024, 2, 1);
    y2023.assessment = QStringLiteral("Année de consolidation.");
    EvaluationRepository(*db).insert(y2023);

    const auto axes = AxisRepository(*db).where(QStringLiteral("edition_id = ?"), {pti2022.id});
    REQUIRE(axes.size() == 4);
    y2022 = *EvaluationRepository(*db).find(y2022.id);
    y2022.assessment = QStringLiteral("Démarrage : séminaires dans les six territoires.");
    y2022.governanceAssessment = QStringLiteral("Circuit de décision lisible ; six nouveaux partenaires.");
    y2022.axisAssessments = {{axes.at(0).id, QStringLiteral("Freins : premiers diagnostics.")},
                             {axes.at(2).id, QStringLiteral("Parcours : « aller-vers » engagé.\nSuite en 2023.")},
                             {axes.at(3).id, QString()}};
    EvaluationRepository(*db).update(y2022);

    const QByteArray dump = exportDump(*db);
    auto copy = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    importDump(*copy, dump);

    for (const Edition& edition : {pti2017, pti2022}) {
        const Id copyEdition = EditionRepository(*copy).idOf(edition.uuid);
        for (int year = edition.firstYear(); year <= edition.lastYear(); ++year) {
            INFO(edition.title.toStdString() << " " << year);
            const auto original = frozenSnapshot(*db, edition.id, year);
            const auto restored = frozenSnapshot(*copy, copyEdition, year);
            REQUIRE(original.has_value() == restored.has_value());
            if (!original)
                continue;
            CHECK(*restored == *original);
            CHECK(restored->toJson() == original->toJson());
        }
    }
    CHECK(frozenSnapshot(*copy, EditionRepository(*copy).idOf(pti2022.uuid), 2022).has_value());
    CHECK(frozenSnapshot(*copy, EditionRepository(*copy).idOf(pti2017.uuid), 2021).has_value());

    // The assessments, axis by axis (by uuid: ids may differ in the copy).
    const auto restoredY2022 = EvaluationRepository(*copy).findByUuid(y2022.uuid);
    REQUIRE(restoredY2022);
    CHECK(restoredY2022->assessment == y2022.assessment);
    CHECK(restoredY2022->governanceAssessment == y2022.governanceAssessment);
    CHECK(restoredY2022->date == y2022.date);
    CHECK(restoredY2022->kind == y2022.kind);
    const auto axisUuid = [](Database& database, Id id) { return AxisRepository(database).find(id)->uuid; };
    QList<QPair<QUuid, QString>> before;
    QList<QPair<QUuid, QString>> after;
    const Evaluation stored = *EvaluationRepository(*db).find(y2022.id);
    for (const auto& a : stored.axisAssessments)
        before.append({axisUuid(*db, a.axisId), a.text});
    for (const auto& a : restoredY2022->axisAssessments)
        after.append({axisUuid(*copy, a.axisId), a.text});
    CHECK(before.size() == 3);
    CHECK(after == before);
    const auto restoredY2023 = EvaluationRepository(*copy).findByUuid(y2023.uuid);
    REQUIRE(restoredY2023);
    CHECK(restoredY2023->assessment == y2023.assessment);
    CHECK_FALSE(frozenSnapshotOf(*copy, restoredY2023->id));
    CHECK(EvaluationRepository(*copy).count() == 3);

    // A dump of the copy is the same document.
    CHECK(exportDump(*copy) == dump);
}

TEST_CASE("The rules over every year of both demo editions, as each year stood", "[storage][evaluation][rules]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const int territories = TerritoryRepository(*db).count();
    REQUIRE(territories == 6);
    const QRegularExpression yearPattern(QStringLiteral("\\b(19|20)\\d\\d\\b"));
    const auto yearsIn = [&](QString message, const QString& editionTitle) {
        message.remove(editionTitle);
        QList<int> years;
        auto it = yearPattern.globalMatch(message);
        while (it.hasNext())
            years << it.next().captured(0).toInt();
        return years;
    };

    for (const QString& title : {QStringLiteral("PTI 2017-2021"), QStringLiteral("PTI 2022-2025")}) {
        const Edition edition = *findEditionByTitle(*db, title);
        const QDate midpoint = edition.startDate.addDays(edition.startDate.daysTo(edition.endDate) / 2);
        const QString midTermDue = formatDate(QDate(midpoint.year(), 12, 31));
        const QString finalDue = formatDate(edition.endDate.addMonths(3));
        for (int year = edition.firstYear(); year <= edition.lastYear(); ++year) {
            INFO(title.toStdString() << " " << year);
            const QDate day = evaluationDay(year);
            REQUIRE(day == QDate(year, 12, 31));
            const Findings findings = rules::checkAll(loadEditionDataAsOf(*db, edition.id, day), day);

            // Rule 3: an error per territory for each complete year before this one, and this year
            // itself only as a warning (the demo records no local committee).
            QMap<int, int> committeeErrors;
            QMap<int, int> committeeWarnings;
            // Rule 6: one error per complete year before this one, never the final one on its last day.
            QList<int> evaluationYears;
            QList<Severity> copil;
            QStringList copilMessages;
            for (const auto& f : findings) {
                if (f.rule == QLatin1String(rules::LocalCommitteeYearly)) {
                    const auto years = yearsIn(f.message, edition.title);
                    REQUIRE(years.size() == 1);
                    ++(f.severity == Severity::Error ? committeeErrors : committeeWarnings)[years.first()];
                } else if (f.rule == QLatin1String(rules::AnnualEvaluation)) {
                    CHECK(f.severity == Severity::Error);
                    const auto years = yearsIn(f.message, edition.title);
                    REQUIRE(years.size() == 1);
                    evaluationYears << years.first();
                } else if (f.rule == QLatin1String(rules::CopilCadence)) {
                    copil << f.severity;
                    copilMessages << f.message;
                }
            }
            QMap<int, int> expectedErrors;
            QList<int> expectedYears;
            for (int y = edition.firstYear(); y < year; ++y) {
                expectedErrors.insert(y, territories);
                expectedYears << y;
            }
            CHECK(committeeErrors == expectedErrors);
            CHECK(committeeWarnings == QMap<int, int>{{year, territories}});
            CHECK(evaluationYears == expectedYears);

            // Rule 2: the launch COPIL was held in the first year; the mid-term one falls due by the end
            // of the midpoint's year (a warning from a year before), the final one three months after
            // the end (a warning from a year before).
            QList<Severity> expectedCopil;
            QStringList dues;
            const QDate midDue(midpoint.year(), 12, 31);
            if (day > midDue) {
                expectedCopil << Severity::Error;
                dues << midTermDue;
            } else if (day >= midDue.addYears(-1)) {
                expectedCopil << Severity::Warning;
                dues << midTermDue;
            }
            if (day >= edition.endDate.addMonths(3).addYears(-1)) {
                expectedCopil << Severity::Warning;
                dues << finalDue;
            }
            CHECK(copil == expectedCopil);
            REQUIRE(copilMessages.size() == dues.size());
            for (int i = 0; i < dues.size(); ++i)
                CHECK(copilMessages.at(i).contains(dues.at(i)));
        }
    }

    // The cadence as the dates pass, spelled out for 2017-2021 (midpoint in 2019).
    const Edition pti2017 = *findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
    const auto copilSeverities = [&](int year) {
        QList<Severity> severities;
        for (const auto& f :
             rules::checkAll(loadEditionDataAsOf(*db, pti2017.id, evaluationDay(year)), evaluationDay(year))) {
            if (f.rule == QLatin1String(rules::CopilCadence))
                severities << f.severity;
        }
        return severities;
    };
    CHECK(copilSeverities(2017).isEmpty());
    CHECK(copilSeverities(2018) == QList<Severity>{Severity::Warning});
    CHECK(copilSeverities(2019) == QList<Severity>{Severity::Warning});
    CHECK(copilSeverities(2020) == QList<Severity>{Severity::Error});
    CHECK(copilSeverities(2021) == (QList<Severity>{Severity::Error, Severity::Warning}));

    // An intermediate evaluation recorded for 2017 is no longer reported in any later year.
    Evaluation e2017;
    e2017.editionId = pti2017.id;
    e2017.year = 2017;
    e2017.date = QDate(2018, 2, 1);
    EvaluationRepository(*db).insert(e2017);
    const Findings at2019 =
        rules::checkAll(loadEditionDataAsOf(*db, pti2017.id, evaluationDay(2019)), evaluationDay(2019));
    const auto evaluationFindings = std::count_if(at2019.cbegin(), at2019.cend(), [](const Finding& f) {
        return f.rule == QLatin1String(rules::AnnualEvaluation);
    });
    CHECK(evaluationFindings == 1); // 2018 only
}
