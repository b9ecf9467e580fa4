// Scoped reports (a territory, an axis, a frozen year), cancelling, and outputs that cannot be written.
#include "common/testutil.h"
#include "domain/format.h"
#include "reports/reportdata.h"
#include "reports/reportfiles.h"
#include "reports/reporthtml.h"
#include "reporttestutil.h"
#include "storage/evaluationstore.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_report_scope_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("a territory's report holds only that territory's groups", "[reports][scope]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const ReportScope whole = demoScope(*db);
    const EditionData all = loadReportData(*db, whole).data;
    for (const auto& territory : all.territories) {
        ReportScope scope = whole;
        scope.territoryId = territory.id;
        const ReportData data = loadReportData(*db, scope);
        const QString text = reportText(*db, scope);
        QStringList inside;
        for (const auto& group : all.groups) {
            if (group.territoryIds.contains(territory.id))
                inside << group.name;
        }
        INFO(territory.name.toStdString());
        CHECK(data.data.groups.size() == inside.size());
        // Its yearly counts are the territory's, and say so.
        CHECK(text.contains(QCoreApplication::translate("pacte::reports::Evaluation", "Counts for the territory %1")
                                .arg(territory.name)));
        CHECK_FALSE(text.contains(QCoreApplication::translate("pacte::reports::Evaluation", "Departmental counts")));
        for (const QString& name : inside)
            CHECK(text.contains(name));
        for (const auto& group : all.groups) {
            if (group.territoryIds.contains(territory.id))
                continue;
            // A name that is part of an in-scope name ("Mobilité"), of an axis or of a theme
            // ("Accès aux droits") cannot be told apart.
            QStringList others = inside;
            for (const auto& axis : all.axes) {
                others << axis.title;
                for (const auto& theme : axis.themes)
                    others << theme.name;
            }
            const bool ambiguous = std::any_of(others.cbegin(), others.cend(),
                                               [&](const QString& name) { return name.contains(group.name); });
            if (!ambiguous) {
                INFO(group.name.toStdString());
                CHECK_FALSE(text.contains(group.name));
            }
        }
        int actions = 0;
        for (const auto& action : all.actions) {
            const auto* group = all.group(action.groupId);
            actions += group && group->territoryIds.contains(territory.id) ? 1 : 0;
        }
        CHECK(data.stats.actions == actions);
    }
}

TEST_CASE("an axis report holds only that axis's actions", "[reports][scope]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ReportScope scope = demoScope(*db);
    const EditionData all = loadReportData(*db, scope).data;
    const Axis& axis = all.axes.constFirst();
    scope.axisId = axis.id;
    const ReportData data = loadReportData(*db, scope);
    REQUIRE_FALSE(data.data.actions.isEmpty());
    CHECK(data.data.actions.size() < all.actions.size());
    for (const auto& action : data.data.actions) {
        const auto* group = all.group(action.groupId);
        CHECK((action.axisId != NoId ? action.axisId : group->axisId) == axis.id);
    }
    CHECK(data.stats.actions == data.data.actions.size());
}

TEST_CASE("a frozen year reports its frozen figures, not today's", "[reports][scope]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ReportScope scope = demoScope(*db);
    freezeYear(*db, scope.editionId, 2021, EvaluationKind::Final);
    // After freezing, every action is marked completed in the live data.
    ActionRepository repository(*db);
    for (auto action : repository.all()) {
        action.status = ActionStatus::Completed;
        repository.update(action);
    }
    const ReportData live = loadReportData(*db, scope);
    CHECK(live.stats.actionsByStatus.value(ActionStatus::Completed) == 38);
    scope.year = 2021;
    const ReportData frozen = loadReportData(*db, scope);
    CHECK(frozen.frozen);
    CHECK(frozen.stats.actionsByStatus.value(ActionStatus::Completed) == 9);
    CHECK(frozen.stats.actionsByStatus.value(ActionStatus::InProgress) == 15);
    // The action sheets too read as frozen.
    const auto completed = std::count_if(frozen.data.actions.cbegin(), frozen.data.actions.cend(),
                                         [](const Action& a) { return a.status == ActionStatus::Completed; });
    CHECK(completed == 9);
    const QString text = reportText(*db, scope);
    CHECK(text.contains(QStringLiteral("2021")));
}

TEST_CASE("a review dated \"au 31 juillet 2021\" reports the figures of that day and says so", "[reports][scope][asof]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ReportScope scope = demoScope(*db);
    scope.year = 2021;
    const QDate july31(2021, 7, 31);
    // A meeting held in September 2021 counts as of 31 December, not as of 31 July.
    Meeting september;
    september.editionId = scope.editionId;
    september.kind = MeetingKind::CopilOther;
    september.status = MeetingStatus::Held;
    september.date = QDate(2021, 9, 15);
    september.title = QStringLiteral("COPIL de septembre");
    MeetingRepository(*db).insert(september);
    const ReportData december = loadReportData(*db, scope);
    CHECK(december.asOf == QDate(2021, 12, 31));
    CHECK(december.snapshot.asOf == QDate(2021, 12, 31));
    const auto held = [](const ReportData& data) {
        return std::count_if(
            data.snapshot.meetings.cbegin(), data.snapshot.meetings.cend(),
            [](const EvaluationSnapshot::MeetingState& m) { return m.title == QStringLiteral("COPIL de septembre"); });
    };
    CHECK(held(december) == 1);

    (void)setEvaluationDay(*db, scope.editionId, 2021, EvaluationKind::Final, july31);
    const ReportData july = loadReportData(*db, scope);
    CHECK(july.asOf == july31);
    CHECK(july.snapshot.asOf == july31);
    CHECK(held(july) == 0);
    const QString text = reportText(*db, scope);
    CHECK(text.contains(
        QCoreApplication::translate("pacte::reports::ReportBuilder", "Figures as of %1").arg(formatDate(july31))));

    // Frozen, the report keeps that day.
    freezeYear(*db, scope.editionId, 2021, EvaluationKind::Final);
    const ReportData frozen = loadReportData(*db, scope);
    CHECK(frozen.frozen);
    CHECK(frozen.snapshot.asOf == july31);
    CHECK(held(frozen) == 0);
}

TEST_CASE("sections can be switched off", "[reports]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ReportScope scope = demoScope(*db);
    const auto full = buildReport(loadReportData(*db, scope));
    scope.sections.actionSheets = false;
    scope.sections.cover = false;
    const auto shorter = buildReport(loadReportData(*db, scope));
    REQUIRE(full.has_value());
    REQUIRE(shorter.has_value());
    CHECK(shorter->html.size() < full->html.size());
    CHECK_FALSE(shorter->html.contains(QStringLiteral("cover-title")));
    // Objectives appear on the action sheets only.
    const ReportData data = loadReportData(*db, scope);
    const QString objectives = data.data.actions.constFirst().objectives.toHtmlEscaped();
    CHECK(full->fullHtml().contains(objectives));
    CHECK_FALSE(shorter->fullHtml().contains(objectives));
    // The report's own HTML holds only the sheets' marks: their HTML is written for HTML and ODT.
    CHECK_FALSE(full->html.contains(objectives));
    CHECK(full->html.count(QLatin1String(SheetMark)) == full->sheets.size());
    CHECK(full->fullHtml().count(QStringLiteral("<h3")) >= full->sheets.size());
}

TEST_CASE("building and writing can be cancelled, leaving no file", "[reports]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const ReportData data = loadReportData(*db, demoScope(*db));
    int calls = 0;
    CHECK_FALSE(buildReport(data, [&](int, int) { return ++calls < 5; }).has_value());
    CHECK(calls == 5);

    const auto report = buildReport(data);
    REQUIRE(report.has_value());
    bool cancelled = false;
    const QString path = dir.path(QStringLiteral("annulé.pdf"));
    const QString error = writeReportFile(
        *report, path, ReportFormat::Pdf, [](int done, int) { return done < 3; }, &cancelled);
    CHECK_FALSE(error.isEmpty());
    CHECK(cancelled);
    CHECK_FALSE(QFileInfo::exists(path));
    // Nor QSaveFile's temporary file.
    CHECK(QDir(dir.path(QStringLiteral(".")))
              .entryList({QStringLiteral("annul*")}, QDir::Files | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("an output that cannot be written is an error, and nothing is left", "[reports]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const auto report = buildReport(loadReportData(*db, demoScope(*db)));
    REQUIRE(report.has_value());
    const QString missingFolder = dir.path(QStringLiteral("absent/rapport.pdf"));
    CHECK(writeReportFile(*report, missingFolder, ReportFormat::Pdf).contains(QStringLiteral("absent")));
    CHECK_FALSE(QFileInfo::exists(missingFolder));
    // A file where the folder should be.
    const QString underFile = dir.path(QStringLiteral("demo.pacte/rapport.pdf"));
    CHECK(writeReportFile(*report, underFile, ReportFormat::Pdf).contains(QStringLiteral("demo.pacte")));
    const QString folder = QDir::toNativeSeparators(QFileInfo(underFile).absolutePath());
    CHECK(reportOutputProblem(underFile) ==
          QCoreApplication::translate("pacte::OutputPath", "%1 cannot be written: %2 is not a folder.")
              .arg(QDir::toNativeSeparators(underFile), folder));
    QDir(dir.path(QStringLiteral("."))).mkdir(QStringLiteral("dossier.pdf"));
    CHECK_FALSE(writeReportFile(*report, dir.path(QStringLiteral("dossier.pdf")), ReportFormat::Pdf).isEmpty());
}

TEST_CASE("an action sheet reports the latest value known and the values not reported left out", "[reports][unknown]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const ReportScope scope = demoScope(*db);
    Action action = loadReportData(*db, scope).data.actions.constFirst();
    REQUIRE_FALSE(action.indicators.isEmpty());
    Indicator& indicator = action.indicators.first();
    indicator.unit.clear();
    indicator.measurements = {{NoId, QUuid::createUuid(), QDate(2019, 12, 31), 421.5, std::nullopt, {}},
                              {NoId, QUuid::createUuid(), QDate(2020, 12, 31), std::nullopt, std::nullopt, {}}};
    ActionRepository(*db).update(action);

    const QString text = reportText(*db, scope);
    // Read as 0, the latest value would be 0 on 31 December 2020; left out, it is 421.5 of 2019, and said.
    CHECK(text.contains(folded(formatNumber(421.5) + QLatin1Char(' ') + formatDate(QDate(2019, 12, 31)))));
    CHECK(text.contains(QStringLiteral("1 mesure non renseignée exclue")));
}

} // namespace pacte_test_reports_report_scope_test
