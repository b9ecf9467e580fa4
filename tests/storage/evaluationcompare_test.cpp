// The yearly evaluation in storage: year N against N-1 through frozen snapshots, the snapshots and
// assessments through a dump, and the rules over every year of the demo editions.
#include "evaluationtestutil.h"

#include <QJsonDocument>
#include <QJsonObject>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_evaluationcompare_test {

using namespace pacte;
using namespace pacte::test;
using namespace pacte::evaluationtest;

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

    const auto axes = recordsWhere<Axis>(*db, QStringLiteral("edition_id = ?"), {pti2022.id});
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

    // A dump of the copy is the same document, but for the time it was made (a second may pass).
    const auto withoutTime = [](const QByteArray& bytes) {
        QJsonObject document = QJsonDocument::fromJson(bytes).object();
        document.remove(QStringLiteral("exportedAt"));
        return document;
    };
    REQUIRE(withoutTime(dump).contains(QStringLiteral("editions")));
    CHECK(withoutTime(exportDump(*copy)) == withoutTime(dump));
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
            EditionData data = loadEditionDataAsOf(*db, edition.id, day);
            // The demo's 2017-2021 edition applies the 2022-2025 rules for information only (issue 19):
            // none of its findings of a pact rule is an error or a warning.
            for (const auto& f : rules::checkAll(data, day)) {
                if (edition.title == QStringLiteral("PTI 2017-2021") && rules::isPactRule(f.rule))
                    CHECK(f.severity == Severity::Information);
            }
            // The calendar as the rules read it year by year, with the rules as Pacte applies them by default.
            data.edition.rules = rules::defaultSettings();
            const Findings findings = rules::checkAll(data, day);

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

    // The cadence as the dates pass, spelled out for 2017-2021 (midpoint in 2019), with the rules as
    // Pacte applies them by default (the demo's 2017-2021 edition has them for information only).
    const Edition pti2017 = *findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
    const auto withDefaultRules = [](EditionData data) {
        data.edition.rules = rules::defaultSettings();
        return data;
    };
    const auto copilSeverities = [&](int year) {
        QList<Severity> severities;
        for (const auto& f : rules::checkAll(
                 withDefaultRules(loadEditionDataAsOf(*db, pti2017.id, evaluationDay(year))), evaluationDay(year))) {
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

} // namespace pacte_test_storage_evaluationcompare_test
