// The Actions section: creating a sheet with its indicators and measurements in the editor, status
// changes with undo and redo, the Annexe 1 footer, facets and quick search, deletion with its
// cascade. The database is checked through the repositories.
#include "app/common/listsection.h"
#include "app/indicators/indicatorchart.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/actionlist.h"
#include "storage/changelog.h"
#include "storage/editionloader.h"
#include "storage/provenancestore.h"
#include "storage/recordquery.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_actions_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// A demo database open in a main window, on the Actions section of PTI 2017-2021.
struct Fixture
{
    TempDir dir;
    MainWindow window;
    ListSection* section = nullptr;

    explicit Fixture(const QString& edition = QStringLiteral("PTI 2017-2021"))
    {
        const QString path = dir.path(QStringLiteral("demo.pacte"));
        createDatabase(path, true).reset();
        section = qobject_cast<ListSection*>(child<QWidget>(&window, QStringLiteral("actionsSection")));
        REQUIRE(section != nullptr);
        // Every model is checked by Qt's tester from the start: loading, filtering and changes.
        for (QAbstractItemModel* model :
             {static_cast<QAbstractItemModel*>(section->proxy()), section->proxy()->sourceModel(),
              child<QTableView>(section, QStringLiteral("indicatorsTable"))->model(),
              child<QTableView>(section, QStringLiteral("measurementsTable"))->model()})
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, &window);
        window.show();
        REQUIRE(window.openFile(path));
        chooseEdition(window, edition);
        showSection(window, QStringLiteral("actionsSection"));
    }

    Database& db() { return window.document()->database(); }
    Action stored(const QUuid& uuid) { return ActionRepository(db()).findByUuid(uuid).value(); }
    void undo() { child<QAction>(&window, QStringLiteral("undoAction"))->trigger(); }
    void redo() { child<QAction>(&window, QStringLiteral("redoAction"))->trigger(); }
    int shown() const { return section->proxy()->rowCount(); }
};

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

// The numbers of a footer ("38 actions · 9 completed · ..."), whatever the language.
QList<int> footerNumbers(QWidget* section)
{
    QCoreApplication::processEvents(); // the footer is computed once the list settled
    QList<int> numbers;
    auto matches = QRegularExpression(QStringLiteral("\\d+"))
                       .globalMatch(child<QLabel>(section, QStringLiteral("actionsFooter"))->text());
    while (matches.hasNext())
        numbers << matches.next().captured().toInt();
    return numbers;
}

// Edits a cell as a user does (QTest types ASCII only): opens its editor (unless the editor opened it already), types,
// Enter.
void editCell(QTableView* table, int row, int column, const QString& text)
{
    const QModelIndex index = table->model()->index(row, column);
    REQUIRE(index.isValid());
    table->setCurrentIndex(index);
    if (!table->indexWidget(index))
        table->edit(index);
    QWidget* editor = table->indexWidget(index);
    REQUIRE(editor != nullptr);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int item = combo->findText(text);
        REQUIRE(item >= 0);
        combo->setCurrentIndex(item);
    } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor)) {
        spin->selectAll();
        QTest::keyClicks(spin, text);
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->selectAll();
        QTest::keyClicks(line, text);
    }
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QCoreApplication::processEvents();
    CHECK_FALSE(table->indexWidget(index));
}

int countRows(Database& db, const QString& sql, const QVariantList& binds)
{
    SqlQuery query(db, sql);
    query.bindAll(binds).exec();
    return query.next() ? query.integer(0) : -1;
}

// The row of the list (after sorting and filtering) that shows the record `uuid`.
QModelIndex shownRow(ListSection* section, const QUuid& uuid)
{
    const auto matches = section->proxy()->match(section->proxy()->index(0, 0), UuidRole, uuid, 1, Qt::MatchExactly);
    return matches.isEmpty() ? QModelIndex() : matches.constFirst();
}

void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        box->button(button)->click();
    });
}

} // namespace

TEST_CASE("an action is created in the editor with an indicator and a measurement", "[gui][actions]")
{
    Fixture f;
    REQUIRE(f.shown() == 38);
    child<QPushButton>(f.section, QStringLiteral("addActionButton"))->click();
    const QUuid uuid = f.section->selectedUuid();
    REQUIRE_FALSE(uuid.isNull());
    CHECK(f.shown() == 39);
    const Action created = f.stored(uuid);
    CHECK(created.groupId != NoId);

    // Undo removes it, redo brings it back with the same uuid.
    f.undo();
    CHECK_FALSE(ActionRepository(f.db()).findByUuid(uuid).has_value());
    CHECK(f.shown() == 38);
    f.redo();
    CHECK(f.stored(uuid) == created);
    CHECK(f.shown() == 39);
    REQUIRE(f.section->openItem(uuid));

    typeInto(child<QLineEdit>(f.section, QStringLiteral("titleEdit")), QStringLiteral("Parcours numerique"));
    typeInto(child<QPlainTextEdit>(f.section, QStringLiteral("objectivesEdit")),
             QStringLiteral("Accompagner les usages numeriques"));
    auto* publics = child<QListWidget>(f.section, QStringLiteral("publicsList"));
    REQUIRE(publics->count() == 8);
    publics->item(2)->setCheckState(Qt::Checked);
    typeInto(child<QPlainTextEdit>(f.section, QStringLiteral("modalitiesEdit")), QStringLiteral("Ateliers"));
    typeInto(child<QPlainTextEdit>(f.section, QStringLiteral("deliverablesEdit")), QStringLiteral("Bilan"));
    choose(child<QComboBox>(f.section, QStringLiteral("statusCombo")), static_cast<int>(ActionStatus::InProgress));
    child<QCheckBox>(f.section, QStringLiteral("experimentationCheck"))->click();
    child<QCheckBox>(f.section, QStringLiteral("startDateCheck"))->click();

    Action action = f.stored(uuid);
    CHECK(action.title == QStringLiteral("Parcours numerique"));
    CHECK(action.objectives == QStringLiteral("Accompagner les usages numeriques"));
    CHECK(action.publicIds == QList<Id>{publics->item(2)->data(Qt::UserRole).toLongLong()});
    CHECK(action.modalities == QStringLiteral("Ateliers"));
    CHECK(action.status == ActionStatus::InProgress);
    CHECK(action.experimentation);
    // New dates start within the edition: today, or its last day once it is over.
    CHECK(action.startDate == std::min(QDate::currentDate(), QDate(2021, 12, 31)));
    CHECK(action.indicators.isEmpty());
    auto* messages = child<QLabel>(f.section, QStringLiteral("validationMessages"));
    CHECK_FALSE(messages->isHidden()); // the sheet still lacks an indicator

    child<QTabWidget>(f.section, QStringLiteral("tabs"))->setCurrentIndex(1);
    auto* indicators = child<QTableView>(f.section, QStringLiteral("indicatorsTable"));
    child<QPushButton>(f.section, QStringLiteral("addIndicatorButton"))->click();
    REQUIRE(indicators->model()->rowCount() == 1);
    editCell(indicators, 0, 0, QStringLiteral("Personnes accompagnees"));
    editCell(indicators, 0, 1, enumLabel(IndicatorKind::Outcome));
    editCell(indicators, 0, 2, QStringLiteral("personnes"));
    editCell(indicators, 0, 4, QStringLiteral("100"));
    auto* measurements = child<QTableView>(f.section, QStringLiteral("measurementsTable"));
    child<QPushButton>(f.section, QStringLiteral("addMeasurementButton"))->click();
    REQUIRE(measurements->model()->rowCount() == 1);
    editCell(measurements, 0, 1, QStringLiteral("42"));
    editCell(measurements, 0, 3, QStringLiteral("Premier bilan"));

    action = f.stored(uuid);
    REQUIRE(action.indicators.size() == 1);
    const Indicator& indicator = action.indicators.constFirst();
    CHECK(indicator.name == QStringLiteral("Personnes accompagnees"));
    CHECK(indicator.kind == IndicatorKind::Outcome);
    CHECK(indicator.unit == QStringLiteral("personnes"));
    CHECK(indicator.target == 100.0);
    CHECK_FALSE(indicator.baseline.has_value());
    REQUIRE(indicator.measurements.size() == 1);
    const Measurement& measurement = indicator.measurements.constFirst();
    CHECK(measurement.date == std::min(QDate::currentDate(), QDate(2021, 12, 31)));
    CHECK(measurement.value == 42.0);
    CHECK(measurement.target == 100.0);
    CHECK(measurement.comment == QStringLiteral("Premier bilan"));
    CHECK(indicators->model()->index(0, 5).data().toString() == QStringLiteral("42"));
    // An evaluation indicator is not enough: the pact asks for "les indicateurs d'évaluation et de
    // réalisation" (§1.4), so the sheet still lacks an output indicator (it was complete until issue 19).
    CHECK_FALSE(messages->isHidden());
    child<QPushButton>(f.section, QStringLiteral("addIndicatorButton"))->click();
    REQUIRE(indicators->model()->rowCount() == 2);
    editCell(indicators, 1, 0, QStringLiteral("Ateliers tenus"));
    editCell(indicators, 1, 1, enumLabel(IndicatorKind::Output));
    REQUIRE(f.stored(uuid).indicators.size() == 2);
    CHECK(f.stored(uuid).indicators.at(1).kind == IndicatorKind::Output);
    indicators->setCurrentIndex(indicators->model()->index(0, 0));
    CHECK(messages->isHidden()); // the sheet is complete now

    // The small chart beside the measurements plots the value against the target.
    auto* chart = child<IndicatorChart>(f.section, QStringLiteral("indicatorChart"));
    REQUIRE(chart->valueSeries()->count() == 1);
    CHECK(chart->valueSeries()->at(0).y() == 42.0);
    REQUIRE(chart->targetSeries()->count() >= 1);
    CHECK(chart->targetSeries()->at(0).y() == 100.0);

    // The list row follows: two indicators, a complete sheet.
    const QModelIndex row = shownRow(f.section, uuid);
    REQUIRE(row.isValid());
    CHECK(row.siblingAtColumn(0).data().toString() == QStringLiteral("Parcours numerique"));
    CHECK(row.siblingAtColumn(7).data().toInt() == 2);
    CHECK(row.siblingAtColumn(8).data().toString() == QCoreApplication::translate("pacte::ActionsSection", "complete"));
}

TEST_CASE("an action's status change is undone and redone exactly", "[gui][actions]")
{
    Fixture f;
    selectRow(f.section, QStringLiteral("Réseau Digi'Thau"));
    const QUuid uuid = f.section->selectedUuid();
    const Action before = f.stored(uuid);
    REQUIRE(before.status == ActionStatus::Running);
    CHECK(footerNumbers(f.section) == QList<int>{38, 9, 10, 15, 4, 0});

    // Enter in the list (or a double click) takes the keyboard to the sheet's first field.
    QApplication::setActiveWindow(&f.window);
    emit f.section->tableView()->doubleClicked(f.section->tableView()->currentIndex());
    INFO("focus on " << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString()
                                                     : "nothing"));
    CHECK(QApplication::focusWidget() == child<QLineEdit>(f.section, QStringLiteral("titleEdit")));

    choose(child<QComboBox>(f.section, QStringLiteral("statusCombo")), static_cast<int>(ActionStatus::Completed));
    Action after = before;
    after.status = ActionStatus::Completed;
    CHECK(f.stored(uuid) == after);
    CHECK(footerNumbers(f.section) == QList<int>{38, 10, 9, 15, 4, 0});
    CHECK(shownRow(f.section, uuid).siblingAtColumn(5).data().toString() == enumLabel(ActionStatus::Completed));
    CHECK(f.section->selectedUuid() == uuid);

    f.undo();
    CHECK(f.stored(uuid) == before);
    CHECK(footerNumbers(f.section) == QList<int>{38, 9, 10, 15, 4, 0});
    auto* status = child<QComboBox>(f.section, QStringLiteral("statusCombo"));
    CHECK(status->currentData().toInt() == static_cast<int>(ActionStatus::Running));
    f.redo();
    CHECK(f.stored(uuid) == after);
    CHECK(status->currentData().toInt() == static_cast<int>(ActionStatus::Completed));

    // The action's history opens on its change log.
    QString historyTitle;
    QTimer::singleShot(0, [&historyTitle] {
        QWidget* dialog = QApplication::activeModalWidget();
        REQUIRE(dialog != nullptr);
        historyTitle = dialog->windowTitle();
        dialog->close();
    });
    child<QPushButton>(f.section, QStringLiteral("historyButton"))->click();
    CHECK(historyTitle.contains(QStringLiteral("Digi'Thau")));
}

TEST_CASE("the list of PTI 2017-2021 reads Annexe 1 and filters by facet and quick search", "[gui][actions]")
{
    Fixture f;
    CHECK(f.shown() == 38);
    CHECK(footerNumbers(f.section) == QList<int>{38, 9, 10, 15, 4, 0});

    auto* search = child<QLineEdit>(&f.window, QStringLiteral("quickSearch"));
    search->setText(QStringLiteral("digi"));
    REQUIRE(f.shown() == 1);
    CHECK(f.section->proxy()->index(0, 0).data().toString() == QStringLiteral("Réseau Digi'Thau"));
    CHECK(footerNumbers(f.section) == QList<int>{1, 0, 1, 0, 0, 0, 38});
    search->setText(QStringLiteral("RESEAU"));
    CHECK(f.shown() == 2); // Réseau Digi'Thau, Réseau de référents illettrisme
    search->clear();
    CHECK(f.shown() == 38);

    auto* status = child<QComboBox>(f.section, QStringLiteral("actionStatusFilter"));
    choose(status, static_cast<qint64>(ActionStatus::InProgress));
    CHECK(status->currentText() == enumLabel(ActionStatus::InProgress));
    CHECK(f.shown() == 15);
    CHECK(footerNumbers(f.section) == QList<int>{15, 0, 0, 15, 0, 0, 38});
    status->setCurrentIndex(0);
    CHECK(f.shown() == 38);

    // The other facets agree with what the repositories say.
    const auto data = loadEditionData(
        f.db(), f.window.document() ? findEditionByTitle(f.db(), QStringLiteral("PTI 2017-2021"))->id : NoId);
    const auto expectedCount = [&](const std::function<bool(const Action&, const WorkingGroup&)>& keep) {
        int n = 0;
        for (const auto& action : data.actions)
            n += keep(action, *data.group(action.groupId));
        return n;
    };
    const Territory* thau = nullptr;
    for (const auto& territory : data.territories) {
        if (territory.name == QStringLiteral("Étang de Thau"))
            thau = &territory;
    }
    REQUIRE(thau != nullptr);
    auto* territory = child<QComboBox>(f.section, QStringLiteral("actionTerritoryFilter"));
    choose(territory, thau->id);
    const int inThau =
        expectedCount([&](const Action&, const WorkingGroup& g) { return g.territoryIds.contains(thau->id); });
    CHECK(inThau > 0);
    CHECK(f.shown() == inThau);
    territory->setCurrentIndex(0);

    const Axis& axis = data.axes.at(2);
    choose(child<QComboBox>(f.section, QStringLiteral("actionAxisFilter")), axis.id);
    CHECK(f.shown() == expectedCount([&](const Action& a, const WorkingGroup& g) {
              return (a.axisId != NoId ? a.axisId : g.axisId) == axis.id;
          }));
    child<QComboBox>(f.section, QStringLiteral("actionAxisFilter"))->setCurrentIndex(0);

    const Partner* ddets = nullptr;
    for (const auto& partner : data.partners) {
        if (partner.acronym == QStringLiteral("DDETS"))
            ddets = &partner;
    }
    REQUIRE(ddets != nullptr);
    auto* partner = child<QComboBox>(f.section, QStringLiteral("actionPartnerFilter"));
    choose(partner, ddets->id);
    const int withDdets = expectedCount([&](const Action&, const WorkingGroup& g) {
        return g.pilotPartnerId == ddets->id || g.coPilotPartnerId == ddets->id ||
               g.memberPartnerIds.contains(ddets->id);
    });
    CHECK(withDdets > 0);
    CHECK(f.shown() == withDdets);
    partner->setCurrentIndex(0);

    // Only "Carnet de bord « Mon journal »" names a public in the demo.
    const auto carnet = std::find_if(data.actions.cbegin(), data.actions.cend(),
                                     [](const Action& a) { return !a.publicIds.isEmpty(); });
    REQUIRE(carnet != data.actions.cend());
    choose(child<QComboBox>(f.section, QStringLiteral("actionPublicFilter")), carnet->publicIds.constFirst());
    REQUIRE(f.shown() == 1);
    CHECK(f.section->proxy()->index(0, 0).data().toString() == carnet->title);
    child<QComboBox>(f.section, QStringLiteral("actionPublicFilter"))->setCurrentIndex(0);

    auto* theme = child<QComboBox>(f.section, QStringLiteral("actionThemeFilter"));
    choose(theme, carnet->themeId);
    CHECK(f.shown() == expectedCount([&](const Action& a, const WorkingGroup& g) {
              const Id themeId = a.themeId != NoId ? a.themeId : (a.axisId == NoId ? g.themeId : NoId);
              return themeId == carnet->themeId;
          }));
    theme->setCurrentIndex(0);
    CHECK(f.shown() == 38);
}

TEST_CASE("deleting an action takes its indicators and measurements, undo restores them exactly", "[gui][actions]")
{
    Fixture f;
    selectRow(f.section, QStringLiteral("Réseau Digi'Thau"));
    const QUuid uuid = f.section->selectedUuid();
    // A measurement first, so that the cascade reaches it.
    child<QTabWidget>(f.section, QStringLiteral("tabs"))->setCurrentIndex(1);
    child<QTableView>(f.section, QStringLiteral("indicatorsTable"))
        ->setCurrentIndex(child<QTableView>(f.section, QStringLiteral("indicatorsTable"))->model()->index(1, 0));
    child<QPushButton>(f.section, QStringLiteral("addMeasurementButton"))->click();
    editCell(child<QTableView>(f.section, QStringLiteral("measurementsTable")), 0, 1, QStringLiteral("7"));
    const Action before = f.stored(uuid);
    REQUIRE(before.indicators.size() == 2);
    REQUIRE(before.indicators.at(1).measurements.size() == 1);
    CHECK(before.indicators.at(1).measurements.constFirst().value == 7.0);
    const Id indicatorId = before.indicators.at(1).id;

    answerNextQuestion(QMessageBox::Yes);
    f.section->deleteSelectedItem();
    CHECK_FALSE(ActionRepository(f.db()).findByUuid(uuid).has_value());
    CHECK(countRows(f.db(), QStringLiteral("SELECT COUNT(*) FROM indicator WHERE action_id = ?"), {before.id}) == 0);
    CHECK(countRows(f.db(), QStringLiteral("SELECT COUNT(*) FROM measurement WHERE indicator_id = ?"), {indicatorId}) ==
          0);
    CHECK(f.shown() == 37);
    CHECK(footerNumbers(f.section) == QList<int>{37, 9, 9, 15, 4, 0});

    f.undo();
    CHECK(f.stored(uuid) == before);
    CHECK(f.shown() == 38);
    f.redo();
    CHECK_FALSE(ActionRepository(f.db()).findByUuid(uuid).has_value());
    f.undo();
    CHECK(f.stored(uuid) == before);

    // Cancelling the question deletes nothing.
    REQUIRE(f.section->openItem(uuid));
    answerNextQuestion(QMessageBox::Cancel);
    f.section->deleteSelectedItem();
    CHECK(f.stored(uuid) == before);
}

TEST_CASE("a measurement's value emptied is unknown (NULL), not zero, and undo gives it back", "[gui][actions]")
{
    Fixture f;
    selectRow(f.section, QStringLiteral("Réseau Digi'Thau"));
    const QUuid uuid = f.section->selectedUuid();
    child<QTabWidget>(f.section, QStringLiteral("tabs"))->setCurrentIndex(1);
    auto* indicators = child<QTableView>(f.section, QStringLiteral("indicatorsTable"));
    indicators->setCurrentIndex(indicators->model()->index(1, 0));
    auto* measurements = child<QTableView>(f.section, QStringLiteral("measurementsTable"));
    child<QPushButton>(f.section, QStringLiteral("addMeasurementButton"))->click();
    editCell(measurements, 0, 1, QStringLiteral("7"));
    const Action before = f.stored(uuid);
    REQUIRE(before.indicators.at(1).measurements.size() == 1);
    const Id measurementId = before.indicators.at(1).measurements.constFirst().id;
    const QString valueSql = QStringLiteral("SELECT COUNT(*) FROM measurement WHERE id = ? AND value IS NULL");
    CHECK(countRows(f.db(), valueSql, {measurementId}) == 0);

    // The user erases the value and presses Enter.
    const QModelIndex value = measurements->model()->index(0, 1);
    measurements->setCurrentIndex(value);
    measurements->edit(value);
    auto* spin = qobject_cast<QAbstractSpinBox*>(measurements->indexWidget(value));
    REQUIRE(spin != nullptr);
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_Backspace);
    QTest::keyClick(spin, Qt::Key_Return);
    QCoreApplication::processEvents();

    CHECK(countRows(f.db(), valueSql, {measurementId}) == 1);
    CHECK_FALSE(f.stored(uuid).indicators.at(1).measurements.constFirst().value.has_value());
    CHECK(measurements->model()->index(0, 1).data().toString() == QStringLiteral("non renseigné"));
    // The chart draws no point for it: unknown is not zero.
    CHECK(child<IndicatorChart>(f.section, QStringLiteral("indicatorChart"))->valueSeries()->count() == 0);
    // The change log keeps it, as "?" (not reported).
    CHECK(countRows(f.db(),
                    QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity_uuid = ? AND new_value LIKE ?"),
                    {dbUuid(uuid), QStringLiteral("? /%")}) >= 1);

    f.undo();
    CHECK(countRows(f.db(), valueSql, {measurementId}) == 0);
    CHECK(f.stored(uuid) == before);
    CHECK(f.stored(uuid).indicators.at(1).measurements.constFirst().value == 7.0);
    f.redo();
    CHECK(countRows(f.db(), valueSql, {measurementId}) == 1);
}

TEST_CASE("indicators and measurements are removed one undo step each", "[gui][actions]")
{
    Fixture f;
    selectRow(f.section, QStringLiteral("Réseau Digi'Thau"));
    const QUuid uuid = f.section->selectedUuid();
    const Action before = f.stored(uuid);
    child<QTabWidget>(f.section, QStringLiteral("tabs"))->setCurrentIndex(1);
    auto* indicators = child<QTableView>(f.section, QStringLiteral("indicatorsTable"));
    indicators->setCurrentIndex(indicators->model()->index(0, 0));
    child<QPushButton>(f.section, QStringLiteral("removeIndicatorButton"))->click();
    Action after = before;
    after.indicators.removeFirst();
    CHECK(f.stored(uuid) == after);
    CHECK(indicators->model()->rowCount() == 1);
    CHECK(shownRow(f.section, uuid).siblingAtColumn(7).data().toInt() == 1);
    f.undo();
    CHECK(f.stored(uuid) == before);
    CHECK(indicators->model()->rowCount() == 2);

    // An empty name is refused with the domain's message, and nothing is written.
    const int steps = f.window.document()->undoStack()->count();
    editCell(indicators, 0, 0, QString());
    CHECK(f.stored(uuid) == before);
    CHECK(f.window.document()->undoStack()->count() == steps);
    CHECK_FALSE(child<QLabel>(f.section, QStringLiteral("validationMessages"))->isHidden());

    indicators->setCurrentIndex(indicators->model()->index(0, 0));
    child<QPushButton>(f.section, QStringLiteral("addMeasurementButton"))->click();
    auto* measurements = child<QTableView>(f.section, QStringLiteral("measurementsTable"));
    editCell(measurements, 0, 0, QString()); // the date editor as it opens: today
    const Action measured = f.stored(uuid);
    REQUIRE(measured.indicators.constFirst().measurements.size() == 1);
    measurements->setCurrentIndex(measurements->model()->index(0, 0));
    child<QPushButton>(f.section, QStringLiteral("removeMeasurementButton"))->click();
    CHECK(f.stored(uuid) == before);
    f.undo();
    CHECK(f.stored(uuid) == measured);
}

TEST_CASE("a new action needs a working group in the edition", "[gui][actions]")
{
    Fixture f(QStringLiteral("PTI 2022-2025"));
    CHECK(f.shown() == 0);
    CHECK_FALSE(child<QLabel>(f.section, QStringLiteral("emptyStateLabel"))->text().isEmpty());
    QString message;
    QTimer::singleShot(0, [&message] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        message = box->text();
        box->accept();
    });
    child<QPushButton>(f.section, QStringLiteral("addActionButton"))->click();
    CHECK_FALSE(message.isEmpty());
    CHECK(f.shown() == 0);
    CHECK_FALSE(f.window.document()->undoStack()->canUndo());
}

// Not run by default: pictures of the section at 1366×768 for a human to look at.
TEST_CASE("screenshots of the actions section", "[.screenshots]")
{
    Fixture f;
    f.window.resize(1366, 768);
    selectRow(f.section, QStringLiteral("Réseau Digi'Thau"));
    QCoreApplication::processEvents();
    f.window.grab().save(QStringLiteral("/tmp/actions-shot-sheet.png"));
    child<QTabWidget>(f.section, QStringLiteral("tabs"))->setCurrentIndex(1);
    child<QPushButton>(f.section, QStringLiteral("addMeasurementButton"))->click();
    editCell(child<QTableView>(f.section, QStringLiteral("measurementsTable")), 0, 1, QStringLiteral("12"));
    QCoreApplication::processEvents();
    f.window.grab().save(QStringLiteral("/tmp/actions-shot-indicators.png"));
    choose(child<QComboBox>(f.section, QStringLiteral("actionStatusFilter")),
           static_cast<qint64>(ActionStatus::Running));
    QCoreApplication::processEvents();
    f.window.grab().save(QStringLiteral("/tmp/actions-shot-filtered.png"));
}

// Not run by default: timings on a big file, for docs/performance.md. Run by hand with
// PACTE_PERF_FILE=/tmp/big.pacte (made by "pacte-cli generate FILE --scale 500"); nothing is asserted
// about time.
TEST_CASE("timings of the actions section on a big file", "[.perf]")
{
    const QString path = qEnvironmentVariable("PACTE_PERF_FILE");
    if (path.isEmpty())
        return;
    auto document = std::make_unique<Document>(Database::open(path, QStringLiteral("perf")));
    Database& db = document->database();
    const Id editionId = latestEdition(db)->id;
    QElapsedTimer timer;
    timer.start();
    const auto rows = listActions(db, editionId);
    qInfo("listActions: %d rows in %lld ms", static_cast<int>(rows.size()), timer.elapsed());
    timer.restart();
    const auto actions = recordsWhere<Action>(
        db, QStringLiteral("group_id IN (SELECT id FROM working_group WHERE edition_id = ?)"), {editionId});
    qInfo("Repository<Action>::where, for comparison: %d actions in %lld ms", static_cast<int>(actions.size()),
          timer.elapsed());

    MainWindow window; // shown, as the user sees it: hidden views skip work
    window.resize(1366, 768);
    window.show();
    auto* section = qobject_cast<ListSection*>(showSection(window, QStringLiteral("actionsSection")));
    REQUIRE(section != nullptr);
    section->setDocument(document.get());
    timer.restart();
    section->setEdition(editionId);
    qInfo("ActionsSection reload (rows, facets, editor choices): %lld ms", timer.elapsed());
    CHECK(section->proxy()->rowCount() == rows.size());
    timer.restart();
    section->tableView()->sortByColumn(1, Qt::AscendingOrder);
    qInfo("sort by working group: %lld ms", timer.elapsed());
    timer.restart();
    section->setQuickSearch(QStringLiteral("groupe 4"));
    qInfo("quick search \"groupe 4\": %d rows in %lld ms", section->proxy()->rowCount(), timer.elapsed());
    timer.restart();
    section->setQuickSearch(QStringLiteral("mobilite"));
    qInfo("quick search \"mobilite\": %d rows in %lld ms", section->proxy()->rowCount(), timer.elapsed());
    timer.restart();
    section->setQuickSearch(QStringLiteral("fonctionnement"));
    qInfo("quick search \"fonctionnement\": %d rows in %lld ms", section->proxy()->rowCount(), timer.elapsed());
    timer.restart();
    section->setQuickSearch({});
    qInfo("quick search cleared: %d rows in %lld ms", section->proxy()->rowCount(), timer.elapsed());
    auto* status = child<QComboBox>(section, QStringLiteral("actionStatusFilter"));
    timer.restart();
    status->setCurrentIndex(status->findData(static_cast<qint64>(ActionStatus::Running)));
    qInfo("status facet: %d rows in %lld ms", section->proxy()->rowCount(), timer.elapsed());
    status->setCurrentIndex(0);

    section->openItem(rows.at(rows.size() / 2).uuid);
    timer.restart();
    choose(child<QComboBox>(section, QStringLiteral("statusCombo")), static_cast<int>(ActionStatus::Abandoned));
    qInfo("status change of one action (command, row refresh, footer): %lld ms", timer.elapsed());
    timer.restart();
    document->undoStack()->undo();
    qInfo("its undo: %lld ms", timer.elapsed());
    section->setDocument(nullptr);

    auto* meetings = qobject_cast<ListSection*>(showSection(window, QStringLiteral("meetingsSection")));
    REQUIRE(meetings != nullptr);
    meetings->setDocument(document.get());
    timer.restart();
    meetings->setEdition(editionId);
    qInfo("MeetingsSection reload: %d meetings in %lld ms", meetings->proxy()->rowCount(), timer.elapsed());
    meetings->setDocument(nullptr);
}

TEST_CASE("the selected indicator and measurement say where they come from, logged in the action's history",
          "[gui][actions][provenance]")
{
    Fixture f;
    selectRow(f.section, QStringLiteral("Réseau Digi'Thau"));
    const QUuid uuid = f.section->selectedUuid();
    child<QTabWidget>(f.section, QStringLiteral("tabs"))->setCurrentIndex(1);
    auto* indicatorLabel = child<QLabel>(f.section, QStringLiteral("selectedIndicatorProvenanceLabel"));
    auto* indicatorButton = child<QPushButton>(f.section, QStringLiteral("selectedIndicatorProvenanceButton"));
    auto* measurementButton = child<QPushButton>(f.section, QStringLiteral("selectedMeasurementProvenanceButton"));
    auto* indicators = child<QTableView>(f.section, QStringLiteral("indicatorsTable"));
    indicators->setCurrentIndex(indicators->model()->index(0, 0));
    // The demo proposed its indicators for the example.
    CHECK(indicatorLabel->text().simplified().startsWith(
        QStringLiteral("Provenance de l'indicateur : Illustratif (§1.4 Un système de pilotage à renforcer")));
    CHECK(indicatorButton->isEnabled());
    CHECK_FALSE(measurementButton->isEnabled()); // no measurement yet

    const Indicator indicator = f.stored(uuid).indicators.constFirst();
    ProvenanceStore store(f.db());
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        auto* kind = child<QComboBox>(dialog, QStringLiteral("provenanceKindCombo"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(ProvenanceKind::Quoted)));
        child<QLineEdit>(dialog, QStringLiteral("provenanceSourceEdit"))->setText(QStringLiteral("Bilan 2021"));
        dialog->accept();
    });
    indicatorButton->click();
    CHECK(store.get(indicator.uuid).kind == ProvenanceKind::Quoted);
    CHECK(indicatorLabel->text().simplified() ==
          QStringLiteral("Provenance de l'indicateur : Cité du pacte (Bilan 2021)"));
    const auto entries = ChangeLog(f.db()).forEntity(uuid);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.constFirst().field == QStringLiteral("indicators[%1].provenance").arg(indicator.name));

    // A measurement added and selected can be sourced too.
    child<QPushButton>(f.section, QStringLiteral("addMeasurementButton"))->click();
    auto* measurements = child<QTableView>(f.section, QStringLiteral("measurementsTable"));
    measurements->setCurrentIndex(measurements->model()->index(0, 0));
    CHECK(measurementButton->isEnabled());
    CHECK(child<QLabel>(f.section, QStringLiteral("selectedMeasurementProvenanceLabel"))
              ->text()
              .startsWith(QStringLiteral("Provenance de la mesure")));

    const Measurement added = f.stored(uuid).indicators.constFirst().measurements.constFirst();
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        auto* kind = child<QComboBox>(dialog, QStringLiteral("provenanceKindCombo"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(ProvenanceKind::Deduced)));
        dialog->accept();
    });
    measurementButton->click();
    CHECK(store.get(added.uuid).kind == ProvenanceKind::Deduced);
    CHECK(child<QLabel>(f.section, QStringLiteral("selectedMeasurementProvenanceLabel"))->text().simplified() ==
          QStringLiteral("Provenance de la mesure : Déduit"));
    CHECK(ChangeLog(f.db()).forEntity(uuid).constFirst().field ==
          QStringLiteral("indicators[%1].measurements[%2].provenance")
              .arg(indicator.name, added.date.toString(Qt::ISODate)));

    f.undo(); // the measurement's provenance
    CHECK(store.get(added.uuid).isDefault());
    f.undo(); // the measurement
    f.undo(); // the indicator's provenance
    CHECK(store.get(indicator.uuid).kind == ProvenanceKind::Illustrative);
    CHECK(indicatorLabel->text().simplified().startsWith(QStringLiteral("Provenance de l'indicateur : Illustratif")));
}

} // namespace pacte_test_gui_actions_test
