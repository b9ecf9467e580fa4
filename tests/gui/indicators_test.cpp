// The cross-action table of indicators: every indicator of the edition with its action and
// territories, its latest value against its target, the chart of its measurements, the facets.
#include "app/indicators/indicatorchart.h"
#include "app/indicators/indicatorssection.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/format.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/editionloader.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_indicators_test {

using namespace pacte;
using namespace pacte::test;

namespace {

enum Column {
    ActionColumn,
    GroupColumn,
    TerritoriesColumn,
    ThemeColumn,
    IndicatorColumn,
    LatestValueColumn = 9,
    LatestDateColumn,
    MetColumn
};

struct IndicatorsFixture
{
    TempDir dir;
    MainWindow window;
    IndicatorsSection* section = nullptr;
    Edition edition;

    IndicatorsFixture()
    {
        const QString path = dir.path(QStringLiteral("demo.pacte"));
        createDatabase(path, true).reset();
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(path));
        chooseEdition(window, QStringLiteral("PTI 2017-2021"));
        section = qobject_cast<IndicatorsSection*>(showSection(window, QStringLiteral("indicatorsSection")));
        REQUIRE(section != nullptr);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        new QAbstractItemModelTester(section->proxy()->sourceModel(), Mode::Fatal, section);
        new QAbstractItemModelTester(section->proxy(), Mode::Fatal, section);
        edition = *findEditionByTitle(db(), QStringLiteral("PTI 2017-2021"));
    }

    Database& db() { return window.document()->database(); }
    QAbstractItemModel* shown() { return section->tableView()->model(); }

    Action action(const QString& title)
    {
        const auto actions = recordsWhere<Action>(db(), QStringLiteral("title = ?"), {title});
        REQUIRE(actions.size() == 1);
        return actions.constFirst();
    }

    // The row shown for an action's indicator, or -1.
    int rowOf(const QString& actionTitle, const QString& indicator)
    {
        for (int row = 0; row < shown()->rowCount(); ++row) {
            if (shown()->index(row, ActionColumn).data().toString() == actionTitle &&
                shown()->index(row, IndicatorColumn).data().toString() == indicator)
                return row;
        }
        return -1;
    }

    QString cell(int row, int column) { return shown()->index(row, column).data().toString(); }

    void choose(const QString& comboName, qint64 value)
    {
        auto* combo = child<QComboBox>(section, comboName);
        const int index = combo->findData(value);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }

    void clearFilters() { section->clearFilters(); }

    void update(const Action& before, const Action& after)
    {
        Document* document = window.document();
        REQUIRE(edit::update(*document, before, after).ok());
    }
};

const QString DigiThau = QStringLiteral("Réseau Digi'Thau");
const QString Participants = QStringLiteral("Nombre de participants");

} // namespace

TEST_CASE("indicators: the emblematic actions' indicators with their action and territory", "[gui][indicators]")
{
    IndicatorsFixture f;
    int expected = 0;
    for (const auto& action : recordsWhere<Action>(
             f.db(), QStringLiteral("group_id IN (SELECT id FROM working_group WHERE edition_id = ?)"), {f.edition.id}))
        expected += static_cast<int>(action.indicators.size());
    REQUIRE(expected == 10);
    CHECK(f.section->count() == expected);
    CHECK(f.shown()->rowCount() == expected);

    const int row = f.rowOf(DigiThau, Participants);
    REQUIRE(row >= 0);
    CHECK(f.cell(row, TerritoriesColumn).contains(QStringLiteral("Étang de Thau")));
    CHECK_FALSE(f.cell(row, GroupColumn).isEmpty());
    CHECK(f.cell(row, MetColumn) == QStringLiteral("—"));
    CHECK(f.cell(row, LatestValueColumn).isEmpty());
    CHECK(f.rowOf(QStringLiteral("Carnet de bord « Mon journal »"),
                  QStringLiteral("Levée d'un frein social et/ou professionnel")) >= 0);
    CHECK(child<QLabel>(f.section, QStringLiteral("indicatorsFooter"))->text().contains(QStringLiteral("10")));
}

TEST_CASE("indicators: measurements give the latest value, the target met and the chart", "[gui][indicators]")
{
    IndicatorsFixture f;
    const Action before = f.action(DigiThau);
    Action after = before;
    auto it = std::find_if(after.indicators.begin(), after.indicators.end(),
                           [](const Indicator& i) { return i.name == Participants; });
    REQUIRE(it != after.indicators.end());
    const QUuid indicatorUuid = it->uuid;
    it->target = 100;
    it->measurements = {{NoId, {}, QDate(2018, 6, 30), 40, std::nullopt, QStringLiteral("première année")},
                        {NoId, {}, QDate(2019, 6, 30), 80, std::nullopt, {}},
                        {NoId, {}, QDate(2020, 6, 30), 120, std::nullopt, {}}};
    f.update(before, after);

    REQUIRE(f.section->openItem(indicatorUuid));
    int row = f.rowOf(DigiThau, Participants);
    REQUIRE(row >= 0);
    CHECK(f.cell(row, LatestValueColumn) == formatNumber(120));
    CHECK(f.cell(row, LatestDateColumn) == formatDate(QDate(2020, 6, 30)));
    CHECK(f.cell(row, MetColumn) == QStringLiteral("✓"));
    auto* chart = child<IndicatorChart>(f.section, QStringLiteral("indicatorChart"));
    CHECK(chart->valueSeries()->count() == 3);
    CHECK(chart->targetSeries()->count() == 3 + 2); // and across the plot's ends
    CHECK(chart->targetSeries()->at(1).y() == 100);
    CHECK(child<QLabel>(f.section, QStringLiteral("targetMetLabel"))->text().contains(QStringLiteral("✓")));

    // A later measurement below its own, higher target.
    const Action measured = f.action(DigiThau);
    Action later = measured;
    for (auto& indicator : later.indicators) {
        if (indicator.uuid == indicatorUuid)
            indicator.measurements.append({NoId, {}, QDate(2021, 6, 30), 110, 150.0, {}});
    }
    f.update(measured, later);
    row = f.rowOf(DigiThau, Participants);
    CHECK(f.cell(row, LatestValueColumn) == formatNumber(110));
    CHECK(f.cell(row, MetColumn) == QStringLiteral("✗"));
    CHECK(f.section->selectedUuid() == indicatorUuid);
    CHECK(chart->valueSeries()->count() == 4);
    // The target steps up to 150 at the last measurement.
    const auto* targets = chart->targetSeries();
    REQUIRE(targets->count() == 2 + 4 + 1);
    CHECK(targets->at(4).y() == 100);
    CHECK(targets->at(5).y() == 150);
    CHECK(targets->at(4).x() == targets->at(5).x());
    CHECK(targets->at(6).y() == 150);
    CHECK(child<QLabel>(f.section, QStringLiteral("latestValueLabel"))->text().contains(formatNumber(110)));
    CHECK(child<QLabel>(f.section, QStringLiteral("targetMetLabel"))->text().contains(QStringLiteral("✗")));
    QTest::qWait(20); // the chart lays out its axes, the columns are fitted
    f.window.grab().save(QStringLiteral("/tmp/compliance-indicators-window.png"));
    f.section->grab().save(QStringLiteral("/tmp/compliance-indicators.png"));
    chart->resize(480, 260);
    chart->grab().save(QStringLiteral("/tmp/compliance-chart.png"));

    // The link opens the action in its section.
    QSignalSpy spy(f.section, &Section::openRequested);
    emit child<QLabel>(f.section, QStringLiteral("openActionLink"))->linkActivated(QStringLiteral("action"));
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<Entity>() == Entity::Action);
    CHECK(spy.at(0).at(1).toUuid() == before.uuid);
    auto* stack = child<QStackedWidget>(&f.window, QStringLiteral("sectionStack"));
    CHECK(stack->currentWidget()->objectName() == QLatin1String("actionsSection"));
}

TEST_CASE("indicators: the territory, axis, theme and target facets", "[gui][indicators]")
{
    IndicatorsFixture f;
    const Action before = f.action(DigiThau);
    Action after = before;
    for (auto& indicator : after.indicators) {
        indicator.target = 10;
        indicator.measurements = {{NoId, {}, QDate(2019, 12, 31), 12, std::nullopt, {}}};
    }
    f.update(before, after);
    const int total = f.shown()->rowCount();
    REQUIRE(total == 10);

    const auto thau = recordsWhere<Territory>(f.db(), QStringLiteral("name = ?"), {QStringLiteral("Étang de Thau")});
    REQUIRE(thau.size() == 1);
    f.choose(QStringLiteral("indicatorTerritoryFilter"), thau.constFirst().id);
    CHECK(f.shown()->rowCount() > 0);
    CHECK(f.shown()->rowCount() < total);
    for (int row = 0; row < f.shown()->rowCount(); ++row)
        CHECK(f.cell(row, TerritoriesColumn).contains(QStringLiteral("Étang de Thau")));
    f.clearFilters();

    f.choose(QStringLiteral("indicatorMetFilter"), static_cast<int>(TargetState::Met));
    CHECK(f.shown()->rowCount() == static_cast<int>(after.indicators.size()));
    for (int row = 0; row < f.shown()->rowCount(); ++row)
        CHECK(f.cell(row, ActionColumn) == DigiThau);
    f.choose(QStringLiteral("indicatorMetFilter"), static_cast<int>(TargetState::NotMeasured));
    CHECK(f.shown()->rowCount() == total - static_cast<int>(after.indicators.size()));
    f.clearFilters();

    const Id axisId = listIndicators(f.db(), f.edition.id).constFirst().axisId;
    REQUIRE(axisId != NoId);
    f.choose(QStringLiteral("indicatorAxisFilter"), axisId);
    CHECK(f.shown()->rowCount() > 0);
    for (int row = 0; row < f.shown()->rowCount(); ++row)
        CHECK(f.shown()->index(row, 0).data(FiltersRole).value<RowFilters>().axes.contains(axisId));
    f.clearFilters();

    auto* themes = child<QComboBox>(f.section, QStringLiteral("indicatorThemeFilter"));
    REQUIRE(themes->count() > 1);
    for (int i = 1; i < themes->count(); ++i) {
        themes->setCurrentIndex(i);
        const Id themeId = themes->itemData(i).toLongLong();
        for (int row = 0; row < f.shown()->rowCount(); ++row)
            CHECK(f.shown()->index(row, 0).data(FiltersRole).value<RowFilters>().themes.contains(themeId));
    }
    f.clearFilters();
    CHECK(f.shown()->rowCount() == total);
}

TEST_CASE("indicators: an edited, emptied or deleted action, a renamed group update their rows", "[gui][indicators]")
{
    IndicatorsFixture f;
    const auto rowsInModel = [&] {
        QStringList rows;
        const QAbstractItemModel* model = f.section->proxy()->sourceModel();
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->index(row, ActionColumn).data().toString() + QLatin1Char('|') +
                        model->index(row, GroupColumn).data().toString() + QLatin1Char('|') +
                        model->index(row, IndicatorColumn).data().toString();
        rows.sort();
        return rows;
    };
    const auto rowsInDatabase = [&] {
        QStringList rows;
        for (const auto& row : listIndicators(f.db(), f.edition.id))
            rows << row.actionTitle + QLatin1Char('|') + row.groupName + QLatin1Char('|') + row.name;
        rows.sort();
        return rows;
    };
    Document* document = f.window.document();

    // A third indicator, then none.
    const Action before = f.action(DigiThau);
    Action more = before;
    Indicator added;
    added.name = QStringLiteral("Lieux labellisés");
    added.unit = QStringLiteral("lieux");
    more.indicators.append(added);
    f.update(before, more);
    CHECK(f.section->count() == 11);
    CHECK(rowsInModel() == rowsInDatabase());
    const Action three = f.action(DigiThau);
    Action none = three;
    none.indicators.clear();
    f.update(three, none);
    CHECK(f.section->count() == 8);
    CHECK(rowsInModel() == rowsInDatabase());
    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK(f.section->count() == 10);
    CHECK(rowsInModel() == rowsInDatabase());

    // The group renamed.
    const auto group = WorkingGroupRepository(f.db()).find(before.groupId);
    REQUIRE(group.has_value());
    WorkingGroup renamed = *group;
    renamed.name = QStringLiteral("Inclusion numérique");
    REQUIRE(edit::update(*document, *group, renamed).ok());
    const int row = f.rowOf(DigiThau, Participants);
    REQUIRE(row >= 0);
    CHECK(f.cell(row, GroupColumn) == QStringLiteral("Inclusion numérique"));
    CHECK(rowsInModel() == rowsInDatabase());

    // The action deleted, then restored.
    REQUIRE(edit::remove(*document, f.action(DigiThau)).ok());
    CHECK(f.section->count() == 8);
    CHECK(f.rowOf(DigiThau, Participants) < 0);
    document->undoStack()->undo();
    CHECK(f.section->count() == 10);
    CHECK(rowsInModel() == rowsInDatabase());
}

} // namespace pacte_test_gui_indicators_test
