// An evaluation dated "au" a day other than 31 December (issue 19): the 2017-2021 pact reviews its
// actions "au 31 juillet 2021". The figures, live and frozen, are those of that day; the day round-trips
// through dumps, older files and dumps keep 31 December, and a day outside the year is refused.
#include "evaluationtestutil.h"
#include "storage/fileinspector.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_evaluation_asof_test {

using namespace pacte;
using namespace pacte::test;
using namespace pacte::evaluationtest;

namespace {

// A past pact with what happens on both sides of 31 July 2021: an action finished on 30 September,
// a measurement of March and one of October, a local committee in June and one in September.
struct PastEdition
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("bilan.pacte"));
    std::unique_ptr<Database> db = createDatabase(path);
    Edition edition;
    Territory camargue{NoId, {}, QStringLiteral("Petite Camargue"), {}, {}, {}};
    WorkingGroup group;
    Action agenda;

    PastEdition()
    {
        TerritoryRepository(*db).insert(camargue);
        edition.title = QStringLiteral("PTI 2017-2021");
        edition.startDate = QDate(2017, 1, 1);
        edition.endDate = QDate(2021, 12, 31);
        EditionRepository(*db).insert(edition);
        group.editionId = edition.id;
        group.name = QStringLiteral("Petite Camargue");
        group.territoryIds = {camargue.id};
        WorkingGroupRepository(*db).insert(group);
        agenda.groupId = group.id;
        agenda.title = QStringLiteral("Agenda emploi & formation");
        agenda.status = ActionStatus::Completed;
        agenda.startDate = QDate(2017, 3, 1);
        agenda.endDate = QDate(2021, 9, 30);
        agenda.indicators = {Indicator{NoId,
                                       {},
                                       QStringLiteral("Professionnels abonnés"),
                                       IndicatorKind::Output,
                                       QStringLiteral("personnes"),
                                       std::nullopt,
                                       8.0,
                                       {Measurement{NoId, {}, QDate(2021, 3, 1), 5.0, std::nullopt, {}},
                                        Measurement{NoId, {}, QDate(2021, 10, 1), 9.0, std::nullopt, {}}}}};
        ActionRepository(*db).insert(agenda);
        for (const QDate& day : {QDate(2021, 6, 1), QDate(2021, 9, 15)}) {
            Meeting meeting;
            meeting.editionId = edition.id;
            meeting.kind = MeetingKind::LocalCommittee;
            meeting.status = MeetingStatus::Held;
            meeting.date = day;
            meeting.territoryId = camargue.id;
            meeting.title = QStringLiteral("Comité local du %1").arg(day.toString(Qt::ISODate));
            MeetingRepository(*db).insert(meeting);
        }
    }
};

const QDate july31(2021, 7, 31);

} // namespace

TEST_CASE("An evaluation \"au 31 juillet 2021\" computes and freezes the figures of that day",
          "[storage][evaluation][asof]")
{
    PastEdition scene;
    Database& db = *scene.db;

    // Without a day of its own, the year is described as of 31 December, as before.
    CHECK(evaluationDay(db, scene.edition.id, 2021) == QDate(2021, 12, 31));
    const EvaluationSnapshot december = liveSnapshot(db, scene.edition.id, 2021);
    CHECK(december.asOf == QDate(2021, 12, 31));
    CHECK(actionNamed(december, scene.agenda.title)->status == ActionStatus::Completed);
    CHECK(indicatorNamed(december, QStringLiteral("Professionnels abonnés"))->latestValue == 9.0);
    CHECK(december.meetings.size() == 2);

    const Evaluation review = setEvaluationDay(db, scene.edition.id, 2021, EvaluationKind::Final, july31);
    CHECK(review.asOf == july31);
    CHECK(findEvaluation(db, scene.edition.id, 2021, EvaluationKind::Final)->asOf == july31);
    CHECK(evaluationDay(db, scene.edition.id, 2021) == july31);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity_uuid = ? AND operation = 'insert'"),
                {dbUuid(review.uuid)}) == 1);

    // The October measurement, the September committee and the September end are after the day.
    const EvaluationSnapshot july = liveSnapshot(db, scene.edition.id, 2021);
    CHECK(july.asOf == july31);
    CHECK(actionNamed(july, scene.agenda.title)->status == ActionStatus::InProgress);
    const auto* subscribers = indicatorNamed(july, QStringLiteral("Professionnels abonnés"));
    REQUIRE(subscribers);
    CHECK(subscribers->latestValue == 5.0);
    CHECK(subscribers->latestDate == QDate(2021, 3, 1));
    CHECK(meetingTitles(july) == QStringList{QStringLiteral("Comité local du 2021-06-01")});
    CHECK(countEvaluation(july).indicatorsOnTarget == 0);
    // The same reading from the edition loaded in full (the workbook's way).
    CHECK(liveSnapshot(db, loadEditionData(db, scene.edition.id), 2021) == july);

    // Frozen with that day.
    (void)freezeYear(db, scene.edition.id, 2021, EvaluationKind::Final);
    const auto frozen = frozenSnapshot(db, scene.edition.id, 2021);
    REQUIRE(frozen);
    CHECK(frozen->asOf == july31);
    CHECK(indicatorNamed(*frozen, QStringLiteral("Professionnels abonnés"))->latestValue == 5.0);
    CHECK(frozen->meetings.size() == 1);

    // Once frozen, the day no longer changes.
    const int changes = count(db, QStringLiteral("SELECT COUNT(*) FROM change_log"));
    CHECK_THROWS_AS(setEvaluationDay(db, scene.edition.id, 2021, EvaluationKind::Final, QDate(2021, 6, 30)),
                    StorageError);
    CHECK(findEvaluation(db, scene.edition.id, 2021, EvaluationKind::Final)->asOf == july31);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM change_log")) == changes);
}

TEST_CASE("An evaluation's day outside its year is refused and nothing is written",
          "[storage][evaluation][asof][validation]")
{
    PastEdition scene;
    Database& db = *scene.db;
    const int changes = count(db, QStringLiteral("SELECT COUNT(*) FROM change_log"));

    try {
        (void)setEvaluationDay(db, scene.edition.id, 2021, EvaluationKind::Final, QDate(2020, 12, 31));
        FAIL("a day of 2020 was accepted for 2021");
    } catch (const ValidationError& error) {
        REQUIRE(error.errors().size() == 1);
        CHECK(error.errors().constFirst().field == QStringLiteral("asOf"));
        CHECK(error.message().contains(QStringLiteral("2021")));
    }
    CHECK(EvaluationRepository(db).count() == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM change_log")) == changes);

    // Through the repository too, as the editor's undo command writes it.
    Evaluation evaluation;
    evaluation.editionId = scene.edition.id;
    evaluation.year = 2020;
    evaluation.kind = EvaluationKind::Intermediate;
    evaluation.asOf = july31;
    CHECK_THROWS_AS(EvaluationRepository(db).insert(evaluation), ValidationError);
    CHECK(EvaluationRepository(db).count() == 0);

    // A year that is not the edition's.
    CHECK_THROWS_AS(setEvaluationDay(db, scene.edition.id, 2022, EvaluationKind::Intermediate, QDate(2022, 6, 30)),
                    StorageError);
    CHECK(EvaluationRepository(db).count() == 0);
}

TEST_CASE("An evaluation's day round-trips through a dump, and older dumps keep 31 December",
          "[storage][evaluation][asof][dump]")
{
    PastEdition scene;
    (void)setEvaluationDay(*scene.db, scene.edition.id, 2021, EvaluationKind::Final, july31);
    (void)setEvaluationDay(*scene.db, scene.edition.id, 2020, EvaluationKind::Intermediate, QDate());
    (void)freezeYear(*scene.db, scene.edition.id, 2021, EvaluationKind::Final);
    const QByteArray dump = exportDump(*scene.db);
    auto document = nlohmann::json::parse(dump.toStdString());
    CHECK(document.at("formatVersion") == DumpFormatVersion);
    CHECK(DumpFormatVersion >= 6); // asOf came with format 6

    SECTION("format 6")
    {
        auto copy = createDatabase(scene.dir.path(QStringLiteral("copie.pacte")));
        importDump(*copy, dump);
        const auto edition = EditionRepository(*copy).all().constFirst();
        CHECK(findEvaluation(*copy, edition.id, 2021, EvaluationKind::Final)->asOf == july31);
        CHECK_FALSE(findEvaluation(*copy, edition.id, 2020, EvaluationKind::Intermediate)->asOf.isValid());
        CHECK(evaluationDay(*copy, edition.id, 2021) == july31);
        CHECK(frozenSnapshot(*copy, edition.id, 2021)->asOf == july31);
        const auto again = nlohmann::json::parse(exportDump(*copy).toStdString());
        QStringList days;
        for (const auto& edition : again.at("editions"))
            for (const auto& evaluation : edition.at("evaluations"))
                days << (evaluation.at("asOf").is_null()
                             ? QStringLiteral("null")
                             : QString::fromStdString(evaluation.at("asOf").get<std::string>()));
        days.sort();
        CHECK(days == QStringList{QStringLiteral("2021-07-31"), QStringLiteral("null")});
    }
    SECTION("format 5, without the key")
    {
        document["formatVersion"] = 5;
        for (auto& edition : document.at("editions"))
            for (auto& evaluation : edition.at("evaluations"))
                evaluation.erase("asOf");
        auto copy = createDatabase(scene.dir.path(QStringLiteral("ancien.pacte")));
        importDump(*copy, QByteArray::fromStdString(document.dump()));
        const auto edition = EditionRepository(*copy).all().constFirst();
        CHECK_FALSE(findEvaluation(*copy, edition.id, 2021, EvaluationKind::Final)->asOf.isValid());
        CHECK(evaluationDay(*copy, edition.id, 2021) == QDate(2021, 12, 31));
    }
    SECTION("a day outside the year is refused with its path")
    {
        for (auto& edition : document.at("editions"))
            for (auto& evaluation : edition.at("evaluations"))
                if (evaluation.at("year") == 2021)
                    evaluation["asOf"] = "2020-07-31";
        auto copy = createDatabase(scene.dir.path(QStringLiteral("faux.pacte")));
        CHECK_THROWS(importDump(*copy, QByteArray::fromStdString(document.dump())));
        CHECK(EvaluationRepository(*copy).count() == 0);
    }
}

TEST_CASE("A version-7 file is migrated to version 8: its evaluations stay as of 31 December",
          "[storage][migration][evaluation][asof][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v7.pacte"));
    Id editionId = NoId;
    {
        PastEdition scene;
        editionId = scene.edition.id;
        Evaluation evaluation;
        evaluation.editionId = editionId;
        evaluation.year = 2021;
        evaluation.kind = EvaluationKind::Final;
        evaluation.assessment = QStringLiteral("Bilan");
        EvaluationRepository(*scene.db).insert(evaluation);
        scene.db.reset();
        REQUIRE(QFile::copy(scene.path, path));
    }
    {
        const QString name = QStringLiteral("downgrade7");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            dropProvenance(query);
            REQUIRE(query.exec(QStringLiteral("ALTER TABLE evaluation DROP COLUMN as_of")));
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 7")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    REQUIRE(inspectDatabaseFile(path, Database::SchemaVersion).userVersion == 7);

    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    CHECK(count(*db, QStringLiteral("PRAGMA user_version")) == Database::SchemaVersion);
    const auto evaluation = findEvaluation(*db, editionId, 2021, EvaluationKind::Final);
    REQUIRE(evaluation);
    CHECK(evaluation->assessment == QStringLiteral("Bilan"));
    CHECK_FALSE(evaluation->asOf.isValid());
    CHECK(evaluationDay(*db, editionId, 2021) == QDate(2021, 12, 31));
    CHECK(liveSnapshot(*db, editionId, 2021).asOf == QDate(2021, 12, 31));
}

} // namespace pacte_test_storage_evaluation_asof_test
