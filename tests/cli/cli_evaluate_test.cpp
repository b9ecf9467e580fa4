// pacte-cli evaluate, stats --year and check --year, end to end through the real binary; and the
// dashboard's figures against what pacte-cli stats prints.
#include "common/testutil.h"
#include "storage/dashboardfigures.h"
#include "storage/editionloader.h"
#include "storage/recordquery.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_evaluate_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const QString Pti2017 = QStringLiteral("PTI 2017-2021");
const QString Pti2022 = QStringLiteral("PTI 2022-2025");

QJsonObject parseObject(const CliResult& result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.left(400).toStdString());
    INFO(result.err.left(400).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

CliResult evaluate(const QString& path, const QString& edition, int year, const QStringList& more = {})
{
    return runCli(QStringList{QStringLiteral("evaluate"), path, QStringLiteral("--edition"), edition,
                              QStringLiteral("--year"), QString::number(year)} +
                  more);
}

CliResult statsForYear(const QString& path, const QString& edition, int year)
{
    return runCli({QStringLiteral("stats"), path, QStringLiteral("--edition"), edition, QStringLiteral("--year"),
                   QString::number(year), QStringLiteral("--json")});
}

QJsonObject byStatusJson(int project, int inProgress, int running, int completed, int abandoned)
{
    return {{QStringLiteral("projet"), project},
            {QStringLiteral("en_cours"), inProgress},
            {QStringLiteral("en_fonctionnement"), running},
            {QStringLiteral("realisee"), completed},
            {QStringLiteral("abandonnee"), abandoned}};
}

void redate(Database& db, const QUuid& uuid, const QString& operation, const QString& when)
{
    SqlQuery(db, QStringLiteral("UPDATE change_log SET changed_at = ? WHERE entity_uuid = ? AND operation = ?"))
        .bindAll({when, dbUuid(uuid), operation})
        .exec();
}

// What pacte-cli stats prints against the dashboard's aggregate queries.
void checkStatsAgainstDashboard(const QString& path, const Edition& edition)
{
    INFO(edition.title.toStdString());
    const CliResult result =
        runCli({QStringLiteral("stats"), path, QStringLiteral("--edition"), edition.title, QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject stats = parseObject(result);
    const QJsonObject actions = stats.value(QStringLiteral("actions")).toObject();
    auto db = Database::open(path, QStringLiteral("testeur"), Database::Access::ReadOnly);
    for (int year = edition.firstYear(); year <= edition.lastYear(); ++year) {
        INFO(year);
        const DashboardFigures f = loadDashboardFigures(*db, edition.id, year);
        CHECK(stats.value(QStringLiteral("partners")).toInt() == f.partners);
        CHECK(stats.value(QStringLiteral("workingGroups")).toInt() == f.workingGroups);
        CHECK(stats.value(QStringLiteral("territories")).toInt() == f.territories);
        CHECK(stats.value(QStringLiteral("meetings")).toObject().value(QStringLiteral("total")).toInt() == f.meetings);
        CHECK(actions.value(QStringLiteral("total")).toInt() == f.actions);
        CHECK(actions.value(QStringLiteral("experimentations")).toInt() == f.experimentations);
        QJsonObject byStatus;
        for (auto it = f.actionsByStatus.cbegin(); it != f.actionsByStatus.cend(); ++it)
            byStatus.insert(enumCode(it.key()), it.value());
        CHECK(actions.value(QStringLiteral("byStatus")).toObject() == byStatus);
        QJsonObject byAxis;
        for (const auto& row : f.actionsByAxis) {
            if (row.id != NoId)
                byAxis.insert(row.label, row.count);
        }
        CHECK(actions.value(QStringLiteral("byAxis")).toObject() == byAxis);
        QJsonObject byTerritory;
        for (const auto& row : f.actionsByTerritory)
            byTerritory.insert(row.label, row.count);
        CHECK(actions.value(QStringLiteral("byTerritory")).toObject() == byTerritory);
    }
}

} // namespace

TEST_CASE("evaluate refuses bad arguments with exit code 2", "[cli][evaluate]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    // An edition that began this year: next year is one of its years, still to come.
    const int thisYear = QDate::currentDate().year();
    const QString future = QStringLiteral("PTI %1-%2").arg(thisYear).arg(thisYear + 3);
    {
        auto db = Database::open(path, QStringLiteral("testeur"));
        Edition edition;
        edition.title = future;
        edition.startDate = QDate(thisYear, 1, 1);
        edition.endDate = QDate(thisYear + 3, 12, 31);
        EditionRepository(*db).insert(edition);
    }
    const QByteArray bytes = databaseContent(path);

    const QStringList bad[] = {
        {QStringLiteral("evaluate"), path},
        {QStringLiteral("evaluate"), path, QStringLiteral("--edition"), Pti2022},
        {QStringLiteral("evaluate"), path, QStringLiteral("--year"), QStringLiteral("2023")},
        {QStringLiteral("evaluate"), path, QStringLiteral("--year"), QStringLiteral("2023"),
         QStringLiteral("--freeze")},
        {QStringLiteral("evaluate"), QStringLiteral("--edition"), Pti2022, QStringLiteral("--year"),
         QStringLiteral("2023")},
        {QStringLiteral("evaluate"), path, QStringLiteral("--edition"), Pti2022, QStringLiteral("--year"),
         QStringLiteral("2021")},
        {QStringLiteral("evaluate"), path, QStringLiteral("--edition"), Pti2022, QStringLiteral("--year"),
         QStringLiteral("2026")},
        {QStringLiteral("evaluate"), path, QStringLiteral("--edition"), Pti2022, QStringLiteral("--year"),
         QStringLiteral("2026"), QStringLiteral("--freeze")},
        {QStringLiteral("evaluate"), path, QStringLiteral("--edition"), Pti2022, QStringLiteral("--year"),
         QStringLiteral("23")},
        {QStringLiteral("evaluate"), path, QStringLiteral("--edition"), Pti2022, QStringLiteral("--year"),
         QStringLiteral("deux")},
        {QStringLiteral("evaluate"), path, QStringLiteral("--edition"), QStringLiteral("PTI 2030-2033"),
         QStringLiteral("--year"), QStringLiteral("2030")},
        {QStringLiteral("evaluate"), path, QStringLiteral("--edition"), future, QStringLiteral("--year"),
         QString::number(thisYear + 1)},
        {QStringLiteral("evaluate"), path, QStringLiteral("--edition"), future, QStringLiteral("--year"),
         QString::number(thisYear + 1), QStringLiteral("--freeze")},
        {QStringLiteral("evaluate"), path, QStringLiteral("--edition"), Pti2022, QStringLiteral("--year"),
         QStringLiteral("2023"), QStringLiteral("--bogus")},
        {QStringLiteral("evaluate"), dir.path(QStringLiteral("absent.pacte")), QStringLiteral("--edition"), Pti2022,
         QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--freeze")},
        {QStringLiteral("stats"), path, QStringLiteral("--edition"), Pti2022, QStringLiteral("--year"),
         QStringLiteral("2021")},
        {QStringLiteral("stats"), path, QStringLiteral("--edition"), future, QStringLiteral("--year"),
         QString::number(thisYear + 1)},
        {QStringLiteral("check"), path, QStringLiteral("--edition"), Pti2017, QStringLiteral("--year"),
         QStringLiteral("2022")},
        {QStringLiteral("check"), path, QStringLiteral("--edition"), Pti2017, QStringLiteral("--date"),
         QStringLiteral("2020-01-01"), QStringLiteral("--year"), QStringLiteral("2019")},
    };
    for (const auto& arguments : bad) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = runCli(arguments);
        CHECK(result.exitCode == 2);
        CHECK_FALSE(result.err.trimmed().isEmpty());
        CHECK(result.out.isEmpty());
    }
    CHECK(databaseContent(path) == bytes);
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("absent.pacte"))));
}

TEST_CASE("evaluate --json prints the §1.4 counts and the comparison with the year before", "[cli][evaluate]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    // A group and an action entered in 2022, the action under way from March 2023.
    {
        auto db = Database::open(path, QStringLiteral("testeur"));
        const Edition edition = *findEditionByTitle(*db, Pti2022);
        const auto axes = recordsWhere<Axis>(*db, QStringLiteral("edition_id = ?"), {edition.id});
        WorkingGroup group;
        group.editionId = edition.id;
        group.name = QStringLiteral("Mobilité solidaire");
        group.axisId = axes.at(0).id;
        group.themeId = axes.at(0).themes.at(0).id;
        group.territoryIds = {TerritoryRepository(*db).all().first().id};
        WorkingGroupRepository(*db).insert(group);
        redate(*db, group.uuid, QStringLiteral("insert"), QStringLiteral("2022-06-01T09:00:00.000Z"));
        Action action;
        action.groupId = group.id;
        action.title = QStringLiteral("Garage solidaire");
        action.experimentation = true;
        ActionRepository(*db).insert(action);
        redate(*db, action.uuid, QStringLiteral("insert"), QStringLiteral("2022-06-02T09:00:00.000Z"));
        action.status = ActionStatus::InProgress;
        ActionRepository(*db).update(action);
        redate(*db, action.uuid, QStringLiteral("update"), QStringLiteral("2023-03-01T09:00:00.000Z"));
    }
    const QByteArray bytes = databaseContent(path);

    const CliResult result = evaluate(path, Pti2022, 2023, {QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject root = parseObject(result);
    CHECK(root.value(QStringLiteral("edition")).toString() == Pti2022);
    CHECK(root.value(QStringLiteral("year")).toInt() == 2023);
    CHECK(root.value(QStringLiteral("frozen")) == QJsonValue(false));
    CHECK(root.value(QStringLiteral("asOf")).toString() == QStringLiteral("2023-12-31"));
    CHECK_FALSE(root.contains(QStringLiteral("frozenAt")));

    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    for (const char* key :
         {"workingGroups", "activeWorkingGroups", "actions", "projectsCarriedOut", "actionsByStatus", "actionsByTheme",
          "actionsByAxis", "experimentations", "meetingsHeld", "instancesByKind", "territoriesWithLocalCommittee",
          "newPartners", "newPartnerNames", "indicators", "indicatorsMeasured", "indicatorsOnTarget"}) {
        INFO(key);
        CHECK(counts.contains(QLatin1String(key)));
    }
    CHECK(counts.value(QStringLiteral("workingGroups")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("activeWorkingGroups")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("actions")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("projectsCarriedOut")).toInt() == 0);
    CHECK(counts.value(QStringLiteral("actionsByStatus")).toObject() == byStatusJson(0, 1, 0, 0, 0));
    CHECK(counts.value(QStringLiteral("experimentations")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("actionsByTheme")).toObject() ==
          QJsonObject{{QStringLiteral("Isolement social"), 1}});
    const QJsonObject byAxis = counts.value(QStringLiteral("actionsByAxis")).toObject();
    CHECK(byAxis.size() == 4);
    CHECK(byAxis.value(QStringLiteral("Lever les freins à l'insertion sociale et professionnelle")).toInt() == 1);
    const QJsonObject instances = counts.value(QStringLiteral("instancesByKind")).toObject();
    CHECK(instances.size() == 10); // every kind, the CDE and the CLE included
    for (const auto& value : instances)
        CHECK(value.toInt() == 0); // nothing held in 2023 in the demo
    CHECK(counts.value(QStringLiteral("meetingsHeld")).toInt() == 0);
    // Six partners joined for 2022-2025 (Région, Missions locales, CAF, CPAM, MSA, UDCCAS).
    CHECK(counts.value(QStringLiteral("newPartners")).toInt() == 6);
    CHECK(counts.value(QStringLiteral("newPartnerNames")).toArray().size() == 6);
    CHECK(counts.value(QStringLiteral("newPartnerNames")).toArray().contains(QStringLiteral("CAF de l'Hérault")));

    const QJsonObject comparison = root.value(QStringLiteral("comparison")).toObject();
    CHECK(comparison.value(QStringLiteral("previousYear")).toInt() == 2022);
    CHECK(comparison.value(QStringLiteral("previousFrozen")) == QJsonValue(false));
    const QJsonArray changes = comparison.value(QStringLiteral("statusChanges")).toArray();
    REQUIRE(changes.size() == 1);
    CHECK(changes.at(0).toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Garage solidaire"));
    CHECK(changes.at(0).toObject().value(QStringLiteral("from")).toString() == QStringLiteral("projet"));
    CHECK(changes.at(0).toObject().value(QStringLiteral("to")).toString() == QStringLiteral("en_cours"));
    CHECK(comparison.value(QStringLiteral("newGroups")).toArray().isEmpty());
    CHECK(comparison.value(QStringLiteral("newActions")).toArray().isEmpty());
    CHECK(comparison.value(QStringLiteral("closedGroups")).toArray().isEmpty());
    CHECK(comparison.value(QStringLiteral("removedActions")).toArray().isEmpty());
    CHECK(comparison.value(QStringLiteral("indicatorMoves")).toArray().isEmpty());

    SECTION("the first year has the launch meetings and nothing to compare with")
    {
        const CliResult first = evaluate(path, Pti2022, 2022, {QStringLiteral("--json")});
        REQUIRE(first.exitCode == 0);
        const QJsonObject json = parseObject(first);
        CHECK(json.value(QStringLiteral("comparison")).isNull());
        const QJsonObject c = json.value(QStringLiteral("counts")).toObject();
        CHECK(c.value(QStringLiteral("meetingsHeld")).toInt() == 13);
        const QJsonObject kinds = c.value(QStringLiteral("instancesByKind")).toObject();
        CHECK(kinds.value(QStringLiteral("seminaire_territorial")).toInt() == 12);
        CHECK(kinds.value(QStringLiteral("copil_lancement")).toInt() == 1);
        CHECK(kinds.value(QStringLiteral("groupe_gouvernance")).toInt() == 0);
        CHECK(c.value(QStringLiteral("actionsByStatus")).toObject() == byStatusJson(1, 0, 0, 0, 0));
    }
    SECTION("the 2017-2021 pact's last year: Annexe 1's figures")
    {
        const CliResult last = evaluate(path, Pti2017, 2021, {QStringLiteral("--json")});
        REQUIRE(last.exitCode == 0);
        const QJsonObject c = parseObject(last).value(QStringLiteral("counts")).toObject();
        CHECK(c.value(QStringLiteral("workingGroups")).toInt() == 17);
        CHECK(c.value(QStringLiteral("actions")).toInt() == 38);
        CHECK(c.value(QStringLiteral("projectsCarriedOut")).toInt() == 19);
        CHECK(c.value(QStringLiteral("actionsByStatus")).toObject() == byStatusJson(4, 15, 10, 9, 0));
        int byTheme = 0;
        for (const auto& value : c.value(QStringLiteral("actionsByTheme")).toObject())
            byTheme += value.toInt();
        CHECK(byTheme == 38);
        CHECK(c.value(QStringLiteral("newPartners")).toInt() == 6); // the first pact: all its signatories
    }
    SECTION("the text report")
    {
        const CliResult text = evaluate(path, Pti2022, 2023);
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.contains(Pti2022));
        CHECK(text.out.contains(QStringLiteral("2023-12-31")));
        CHECK(text.out.contains(QStringLiteral("Garage solidaire")));
    }
    CHECK(databaseContent(path) == bytes); // reading never writes
}

TEST_CASE("evaluate --as-of dates the review \"au 31 juillet 2021\", shown and frozen with it", "[cli][evaluate][asof]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const QStringList final{QStringLiteral("--final")};

    // A day outside the year is refused, and nothing is written.
    const CliResult refused =
        evaluate(path, Pti2017, 2021, final + QStringList{QStringLiteral("--as-of"), QStringLiteral("2020-07-31")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("2021")));
    {
        auto db = Database::open(path, QStringLiteral("testeur"), Database::Access::ReadOnly);
        CHECK(EvaluationRepository(*db).count() == 0);
    }

    const CliResult dated = evaluate(
        path, Pti2017, 2021,
        final + QStringList{QStringLiteral("--as-of"), QStringLiteral("2021-07-31"), QStringLiteral("--json")});
    INFO(dated.err.toStdString());
    REQUIRE(dated.exitCode == 0);
    CHECK(parseObject(dated).value(QStringLiteral("asOf")).toString() == QStringLiteral("2021-07-31"));
    // Read again without the option, the year is described as of that day.
    const CliResult text = evaluate(path, Pti2017, 2021);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("2021-07-31")));
    CHECK_FALSE(text.out.contains(QStringLiteral("2021-12-31")));
    CHECK(parseObject(evaluate(path, Pti2017, 2021, {QStringLiteral("--json")}))
              .value(QStringLiteral("asOf"))
              .toString() == QStringLiteral("2021-07-31"));

    const CliResult frozen =
        evaluate(path, Pti2017, 2021, final + QStringList{QStringLiteral("--freeze"), QStringLiteral("--json")});
    REQUIRE(frozen.exitCode == 0);
    const QJsonObject frozenJson = parseObject(frozen);
    CHECK(frozenJson.value(QStringLiteral("frozen")).toBool());
    CHECK(frozenJson.value(QStringLiteral("asOf")).toString() == QStringLiteral("2021-07-31"));

    // Frozen, the day no longer changes; "none" would bring back 31 December.
    const CliResult late =
        evaluate(path, Pti2017, 2021, final + QStringList{QStringLiteral("--as-of"), QStringLiteral("none")});
    CHECK(late.exitCode == 2);
}

TEST_CASE("evaluate --freeze freezes once, stats --year then reads the frozen figures", "[cli][evaluate]")
{
    TempDir dir;
    const QString path = initDatabase(dir);

    const CliResult frozen = evaluate(path, Pti2022, 2023, {QStringLiteral("--freeze"), QStringLiteral("--json")});
    INFO(frozen.err.toStdString());
    REQUIRE(frozen.exitCode == 0);
    const QJsonObject json = parseObject(frozen);
    CHECK(json.value(QStringLiteral("frozen")) == QJsonValue(true));
    CHECK(json.value(QStringLiteral("asOf")).toString() == QStringLiteral("2023-12-31"));
    const QDateTime frozenAt = QDateTime::fromString(json.value(QStringLiteral("frozenAt")).toString(), Qt::ISODate);
    CHECK(frozenAt.isValid());
    CHECK(frozenAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);
    const QByteArray bytes = databaseContent(path);

    const CliResult again = evaluate(path, Pti2022, 2023, {QStringLiteral("--freeze")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("2023")));
    CHECK(again.out.isEmpty());
    CHECK(databaseContent(path) == bytes);

    const CliResult stats = statsForYear(path, Pti2022, 2023);
    REQUIRE(stats.exitCode == 0);
    const QJsonObject statsJson = parseObject(stats);
    CHECK(statsJson.value(QStringLiteral("frozen")) == QJsonValue(true));
    CHECK(statsJson.value(QStringLiteral("year")).toInt() == 2023);
    CHECK(statsJson.value(QStringLiteral("asOf")).toString() == QStringLiteral("2023-12-31"));
    const CliResult notFrozen = statsForYear(path, Pti2022, 2024);
    REQUIRE(notFrozen.exitCode == 0);
    CHECK(parseObject(notFrozen).value(QStringLiteral("frozen")) == QJsonValue(false));

    // The evaluation of 2024 compares with the frozen 2023.
    const CliResult next = evaluate(path, Pti2022, 2024, {QStringLiteral("--json")});
    REQUIRE(next.exitCode == 0);
    const QJsonObject comparison = parseObject(next).value(QStringLiteral("comparison")).toObject();
    CHECK(comparison.value(QStringLiteral("previousFrozen")) == QJsonValue(true));

    // The final evaluation of the last year is another record: it freezes once too.
    REQUIRE(evaluate(path, Pti2022, 2025, {QStringLiteral("--freeze"), QStringLiteral("--final")}).exitCode == 0);
    const QByteArray afterFinal = databaseContent(path);
    CHECK(evaluate(path, Pti2022, 2025, {QStringLiteral("--freeze"), QStringLiteral("--final")}).exitCode == 2);
    CHECK(databaseContent(path) == afterFinal);
    const CliResult check = runCli({QStringLiteral("check"), path, QStringLiteral("--edition"), Pti2022,
                                    QStringLiteral("--json"), QStringLiteral("--date"), QStringLiteral("2026-06-30")});
    int evaluationFindings = 0;
    for (const auto& value : parseObject(check).value(QStringLiteral("findings")).toArray())
        evaluationFindings +=
            value.toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("annual-evaluation") ? 1 : 0;
    CHECK(evaluationFindings == 2); // 2022 and 2024; 2023 evaluated, and the final one stands for 2025
}

TEST_CASE("A frozen year reads the same after the records it counted are deleted", "[cli][evaluate]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    REQUIRE(evaluate(path, Pti2017, 2021, {QStringLiteral("--freeze")}).exitCode == 0);

    // Today the coordinator deletes a group of 2017-2021 with its actions.
    {
        auto db = Database::open(path, QStringLiteral("testeur"));
        const Edition edition = *findEditionByTitle(*db, Pti2017);
        const auto groups = recordsWhere<WorkingGroup>(*db, QStringLiteral("edition_id = ? AND name = ?"),
                                                       {edition.id, QStringLiteral("Illettrisme et illectronisme")});
        REQUIRE(groups.size() == 1);
        WorkingGroupRepository(*db).remove(groups.first().id);
    }
    const QJsonObject frozen = parseObject(statsForYear(path, Pti2017, 2021));
    CHECK(frozen.value(QStringLiteral("frozen")) == QJsonValue(true));
    CHECK(frozen.value(QStringLiteral("workingGroups")).toInt() == 17);
    CHECK(frozen.value(QStringLiteral("actions")).toObject().value(QStringLiteral("total")).toInt() == 38);
    CHECK(frozen.value(QStringLiteral("actions")).toObject().value(QStringLiteral("byStatus")).toObject() ==
          byStatusJson(4, 15, 10, 9, 0));
    // A year not frozen is read from the live data: the deleted group is gone from it.
    const QJsonObject live = parseObject(statsForYear(path, Pti2017, 2020));
    CHECK(live.value(QStringLiteral("frozen")) == QJsonValue(false));
    CHECK(live.value(QStringLiteral("workingGroups")).toInt() == 16);
    CHECK(live.value(QStringLiteral("actions")).toObject().value(QStringLiteral("total")).toInt() < 38);
}

TEST_CASE("stats --year and check --year read the demo as each year stood", "[cli][evaluate]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const QByteArray bytes = databaseContent(path);

    // Imported records stand for history: Annexe 1's 38 actions as of 2021.
    const CliResult stats = statsForYear(path, Pti2017, 2021);
    INFO(stats.err.toStdString());
    REQUIRE(stats.exitCode == 0);
    const QJsonObject json = parseObject(stats);
    CHECK(json.value(QStringLiteral("edition")).toString() == Pti2017);
    CHECK(json.value(QStringLiteral("frozen")) == QJsonValue(false));
    CHECK(json.value(QStringLiteral("asOf")).toString() == QStringLiteral("2021-12-31"));
    const QJsonObject actions = json.value(QStringLiteral("actions")).toObject();
    CHECK(actions.value(QStringLiteral("total")).toInt() == 38);
    CHECK(actions.value(QStringLiteral("byStatus")).toObject() == byStatusJson(4, 15, 10, 9, 0));
    CHECK(json.value(QStringLiteral("workingGroups")).toInt() == 17);

    // Rule 3 in 2019: the local committees that did not meet in 2017, 2018 and 2019. The 2017-2021
    // pact states no such rule (it is the 2022-2025 pact's): information only, never an error or a
    // warning (they were errors and a warning until issue 19).
    const CliResult check = runCli({QStringLiteral("check"), path, QStringLiteral("--edition"), Pti2017,
                                    QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--json")});
    CHECK(check.exitCode == 1);
    const QJsonObject report = parseObject(check);
    CHECK(report.value(QStringLiteral("date")).toString() == QStringLiteral("2019-12-31"));
    const QRegularExpression yearPattern(QStringLiteral("\\b20\\d\\d\\b"));
    QMap<int, int> errors; // the findings for information, by year
    QMap<int, int> warnings;
    QSet<QString> territories;
    for (const auto& value : report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = value.toObject();
        if (f.value(QStringLiteral("rule")).toString() != QStringLiteral("local-committee-yearly"))
            continue;
        territories.insert(f.value(QStringLiteral("label")).toString());
        QString message = f.value(QStringLiteral("message")).toString();
        const QString prefix = QStringLiteral("Ne satisferait pas la règle du PTI 2022-2025 : ");
        CHECK(message.startsWith(prefix));
        message.remove(prefix);
        const auto match = yearPattern.match(message);
        REQUIRE(match.hasMatch());
        const int year = match.captured(0).toInt();
        ++(f.value(QStringLiteral("severity")).toString() == QStringLiteral("information") ? errors : warnings)[year];
    }
    CHECK(territories.size() == 6);
    CHECK(errors == (QMap<int, int>{{2017, 6}, {2018, 6}, {2019, 6}})); // each for information
    CHECK(warnings.isEmpty());                                          // nothing of another severity

    // The same rules today find every year of the pact missed, and its end without a final evaluation.
    const CliResult today = runCli({QStringLiteral("check"), path, QStringLiteral("--edition"), Pti2017,
                                    QStringLiteral("--json"), QStringLiteral("--date"), QStringLiteral("2026-11-28")});
    int committeeErrors = 0;
    for (const auto& value : parseObject(today).value(QStringLiteral("findings")).toArray())
        committeeErrors +=
            value.toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("local-committee-yearly") ? 1
                                                                                                                  : 0;
    CHECK(committeeErrors == 30);
    CHECK(databaseContent(path) == bytes);
}

// A file has one writer at a time (its lock); a server database takes several, each change its own
// transaction (team mode).
TEST_CASE("evaluate --freeze on a file open elsewhere is refused, on a server it is not", "[cli][evaluate]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    auto holder = Database::open(path, QStringLiteral("collègue"));
    REQUIRE_FALSE(holder->isReadOnly());
    const QByteArray bytes = databaseContent(path);

    if (onServer()) {
        const CliResult result = evaluate(path, Pti2022, 2023, {QStringLiteral("--freeze")});
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(databaseContent(path) != bytes);
        // The other connection sees the frozen year.
        CHECK(EvaluationRepository(*holder).count() == 1);
        return;
    }
    const CliResult result = evaluate(path, Pti2022, 2023, {QStringLiteral("--freeze")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("collègue")));
    CHECK(databaseContent(path) == bytes);

    // Reading is still possible while the file is held.
    const CliResult read = evaluate(path, Pti2022, 2023, {QStringLiteral("--json")});
    CHECK(read.exitCode == 0);
    CHECK(parseObject(read).value(QStringLiteral("frozen")) == QJsonValue(false));
    CHECK(EvaluationRepository(*holder).count() == 0);
}

TEST_CASE("The dashboard's counts equal pacte-cli stats", "[cli][evaluate][dashboard]")
{
    TempDir dir;
    SECTION("on the demo")
    {
        const QString path = initDatabase(dir);
        auto db = Database::open(path, QStringLiteral("testeur"), Database::Access::ReadOnly);
        const auto editions = EditionRepository(*db).all();
        db.reset();
        REQUIRE(editions.size() == 2);
        for (const auto& edition : editions)
            checkStatsAgainstDashboard(path, edition);
    }
    SECTION("on generated data")
    {
        const QString path = generateDatabase(dir, QStringLiteral("genere.pacte"), 2);
        auto db = Database::open(path, QStringLiteral("testeur"), Database::Access::ReadOnly);
        const auto editions = EditionRepository(*db).all();
        db.reset();
        for (const auto& edition : editions)
            checkStatsAgainstDashboard(path, edition);
    }
}

} // namespace pacte_test_cli_cli_evaluate_test
