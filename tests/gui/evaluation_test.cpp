#include "app/common/rowfilters.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/format.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/editionloader.h"
#include "storage/evaluationstore.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_evaluation_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const QString oldEdition = QStringLiteral("PTI 2017-2021");

QString demoFile(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    return path;
}

Id selectEdition(MainWindow& window, const QString& title)
{
    auto* combo = child<QComboBox>(&window, QStringLiteral("editionCombo"));
    const int index = combo->findText(title);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    REQUIRE(window.currentEdition() == combo->itemData(index).toLongLong());
    return window.currentEdition();
}

// Selects the row of `year` and `kind` (the last year has a yearly and a final row).
void selectYear(QWidget* section, int year, EvaluationKind kind = EvaluationKind::Intermediate)
{
    QTableView* table = child<QTableView>(section, QStringLiteral("evaluationTable"));
    QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == QString::number(year) &&
            model->index(row, 0).data(FiltersRole).value<RowFilters>().kind == static_cast<int>(kind)) {
            table->setCurrentIndex(model->index(row, 0));
            return;
        }
    }
    FAIL("no evaluation row for " << year);
}

// The list's cell of `year`'s yearly row in `column`.
QString cell(QWidget* section, int year, int column)
{
    QAbstractItemModel* model = child<QTableView>(section, QStringLiteral("evaluationTable"))->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == QString::number(year) &&
            model->index(row, 0).data(FiltersRole).value<RowFilters>().kind ==
                static_cast<int>(EvaluationKind::Intermediate))
            return model->index(row, column).data().toString();
    }
    return {};
}

QString text(QWidget* section, const QString& objectName)
{
    return child<QLabel>(section, objectName)->text();
}

std::optional<Evaluation> evaluationOf(Database& db, Id editionId, int year)
{
    const auto list = recordsWhere<Evaluation>(db, QStringLiteral("edition_id = ? AND year = ? AND kind = ?"),
                                               {editionId, year, enumCode(EvaluationKind::Intermediate)});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

// Clicks the freeze button and answers its confirmation; returns whether a confirmation was asked.
bool freezeThroughButton(QWidget* section)
{
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->objectName() == QLatin1String("freezeConfirmation");
        box->button(QMessageBox::Yes)->click();
    });
    child<QPushButton>(section, QStringLiteral("freezeButton"))->click();
    return asked;
}

const Action* firstWithStatus(const EditionData& data, ActionStatus status)
{
    for (const auto& action : data.actions) {
        if (action.status == status)
            return &action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the 2021 evaluation of PTI 2017-2021 counts, takes assessments and freezes its figures", "[gui][evaluation]")
{
    TempDir dir;
    const QString path = demoFile(dir);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    QWidget* section = showSection(window, QStringLiteral("evaluationSection"));
    const Id editionId = selectEdition(window, oldEdition);
    Database& db = window.document()->database();
    QUndoStack* stack = window.document()->undoStack();

    // 2017-2021: one row a year, and the final evaluation of 2021.
    CHECK(child<QTableView>(section, QStringLiteral("evaluationTable"))->model()->rowCount() == 6);
    selectYear(section, 2021);
    CHECK(text(section, QStringLiteral("workingGroupsValue")).startsWith(QStringLiteral("17 ")));
    CHECK(text(section, QStringLiteral("actionsValue")) == QStringLiteral("38"));
    const QString carriedOut = text(section, QStringLiteral("carriedOutValue"));
    CHECK(carriedOut.startsWith(QStringLiteral("19 (9 ")));
    CHECK(carriedOut.contains(QStringLiteral("+ 10 ")));
    CHECK(text(section, QStringLiteral("experimentationsValue")) == QStringLiteral("2"));
    CHECK(child<QTableWidget>(section, QStringLiteral("actionsByThemeTable"))->rowCount() == 12);
    CHECK(
        containsTranslation(text(section, QStringLiteral("figuresStateLabel")), "pacte::EvaluationEditor",
                            "<b>Live figures as of %1 (not frozen)</b>: they follow the edits until you freeze them."));
    CHECK(cell(section, 2021, 3) == QStringLiteral("38"));
    CHECK(cell(section, 2021, 4) == QStringLiteral("19"));

    // The assessments: the first text creates the year's evaluation record, then updates follow.
    auto* axis1 = child<QPlainTextEdit>(section, QStringLiteral("axisAssessment_1"));
    auto* governance = child<QPlainTextEdit>(section, QStringLiteral("governanceAssessmentEdit"));
    // The axes' text areas come in order after the tabs, then governance and the overall remarks.
    child<QTabWidget>(section, QStringLiteral("tabs"))->setCurrentIndex(2);
    auto* axis5 = child<QPlainTextEdit>(section, QStringLiteral("axisAssessment_5"));
    axis1->setFocus();
    QTest::keyClick(axis1, Qt::Key_Tab);
    CHECK(window.focusWidget() == child<QPlainTextEdit>(section, QStringLiteral("axisAssessment_2")));
    axis5->setFocus();
    QTest::keyClick(axis5, Qt::Key_Tab);
    CHECK(window.focusWidget() == governance);
    QTest::keyClick(governance, Qt::Key_Tab);
    CHECK(window.focusWidget() == child<QPlainTextEdit>(section, QStringLiteral("assessmentEdit")));
    CHECK_FALSE(stack->canUndo()); // leaving empty fields writes nothing

    const QString axisText = QStringLiteral("Accès aux droits : deux actions réalisées, le réseau tient.");
    const QString governanceText = QStringLiteral("Circuit de décision lisible ; six nouveaux partenaires.");
    typeInto(axis1, axisText);
    typeInto(governance, governanceText);
    auto record = evaluationOf(db, editionId, 2021);
    REQUIRE(record);
    const auto axes = recordsWhere<Axis>(db, QStringLiteral("edition_id = ? AND number = 1"), {editionId});
    REQUIRE(axes.size() == 1);
    REQUIRE(record->axisAssessments.size() == 1);
    CHECK(record->axisAssessments.first().axisId == axes.first().id);
    CHECK(record->axisAssessments.first().text == axisText);
    CHECK(record->governanceAssessment == governanceText);

    stack->undo();
    CHECK(evaluationOf(db, editionId, 2021)->governanceAssessment.isEmpty());
    CHECK(governance->toPlainText().isEmpty());
    stack->undo();
    CHECK_FALSE(evaluationOf(db, editionId, 2021));
    CHECK(axis1->toPlainText().isEmpty());
    stack->redo();
    stack->redo();
    record = evaluationOf(db, editionId, 2021);
    REQUIRE(record);
    CHECK(record->governanceAssessment == governanceText);
    CHECK(axis1->toPlainText() == axisText);
    CHECK(governance->toPlainText() == governanceText);

    // Freezing asks first, then the figures stay as they were, whatever is edited afterwards.
    auto* freeze = child<QPushButton>(section, QStringLiteral("freezeButton"));
    REQUIRE(freeze->isEnabled());
    CHECK(freeze->text().contains(QStringLiteral("2021")));
    CHECK(freezeThroughButton(section));
    REQUIRE(frozenSnapshot(db, editionId, 2021));
    CHECK_FALSE(freeze->isEnabled());
    CHECK(containsTranslation(text(section, QStringLiteral("figuresStateLabel")), "pacte::EvaluationEditor",
                              "Figures frozen on %1"));
    CHECK(containsTranslation(cell(section, 2021, 2), "pacte::EvaluationSection", "frozen on %1"));

    const EditionData data = loadEditionData(db, editionId);
    const Action* inProgress = firstWithStatus(data, ActionStatus::InProgress);
    const Action* project = firstWithStatus(data, ActionStatus::Project);
    REQUIRE(inProgress);
    REQUIRE(project);
    Action completed = *inProgress;
    completed.status = ActionStatus::Completed;
    Document& document = *window.document();
    REQUIRE(edit::update(document, *inProgress, completed).ok());
    REQUIRE(edit::remove(document, *project).ok());
    CHECK(ActionRepository(db).findByUuid(inProgress->uuid)->status == ActionStatus::Completed);
    CHECK_FALSE(ActionRepository(db).findByUuid(project->uuid));
    CHECK(liveSnapshot(db, editionId, 2021).actions.size() == 37);

    CHECK(text(section, QStringLiteral("actionsValue")) == QStringLiteral("38"));
    CHECK(text(section, QStringLiteral("carriedOutValue")) == carriedOut);
    CHECK(cell(section, 2021, 3) == QStringLiteral("38"));
    CHECK(cell(section, 2020, 3) == QStringLiteral("37")); // 2020 is not frozen: it follows the edits
    CHECK_FALSE(freeze->isEnabled());

    // Undoing everything keeps the frozen record: the insert that created it is no longer undoable.
    while (stack->canUndo())
        stack->undo();
    CHECK(frozenSnapshot(db, editionId, 2021));
    record = evaluationOf(db, editionId, 2021);
    REQUIRE(record);
    CHECK(record->axisAssessments.size() == 1);
    CHECK(record->governanceAssessment.isEmpty());
    CHECK(ActionRepository(db).findByUuid(project->uuid));
    CHECK(text(section, QStringLiteral("actionsValue")) == QStringLiteral("38"));
}

TEST_CASE("the final evaluation of 2021 is dated \"au 31 juillet 2021\", with undo, and refuses another year",
          "[gui][evaluation][asof]")
{
    TempDir dir;
    const QString path = demoFile(dir);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    QWidget* section = showSection(window, QStringLiteral("evaluationSection"));
    const Id editionId = selectEdition(window, oldEdition);
    Database& db = window.document()->database();
    QUndoStack* stack = window.document()->undoStack();
    selectYear(section, 2021, EvaluationKind::Final);
    child<QTabWidget>(section, QStringLiteral("tabs"))->setCurrentIndex(2);
    auto* check = child<QCheckBox>(section, QStringLiteral("asOfCheck"));
    auto* edit = child<QDateEdit>(section, QStringLiteral("asOfEdit"));
    REQUIRE(check->isEnabled());
    CHECK_FALSE(check->isChecked());
    CHECK(text(section, QStringLiteral("figuresStateLabel")).contains(formatDate(QDate(2021, 12, 31))));
    const auto finalOf = [&] { return findEvaluation(db, editionId, 2021, EvaluationKind::Final); };

    // Checking the box proposes a day of the year; the day chosen is written and describes the figures.
    check->setFocus();
    check->setChecked(true);
    CHECK(edit->date().year() == 2021);
    edit->setFocus();
    edit->setDate(QDate(2021, 7, 31));
    emit edit->editingFinished();
    REQUIRE(finalOf());
    CHECK(finalOf()->asOf == QDate(2021, 7, 31));
    CHECK(evaluationDay(db, editionId, 2021) == QDate(2021, 7, 31));
    CHECK(text(section, QStringLiteral("figuresStateLabel")).contains(formatDate(QDate(2021, 7, 31))));
    CHECK(liveSnapshot(db, editionId, 2021).asOf == QDate(2021, 7, 31));
    CHECK(stack->undoText().contains(QStringLiteral("2021")));

    // Undo goes back to the day before, then to no record at all.
    stack->undo();
    REQUIRE(finalOf());
    CHECK(finalOf()->asOf == QDate(2021, 12, 31));
    stack->undo();
    CHECK_FALSE(finalOf());
    CHECK_FALSE(check->isChecked());
    CHECK(text(section, QStringLiteral("figuresStateLabel")).contains(formatDate(QDate(2021, 12, 31))));
    stack->redo();
    stack->redo();
    CHECK(finalOf()->asOf == QDate(2021, 7, 31));
    CHECK(edit->date() == QDate(2021, 7, 31));

    // A day of another year is refused with a message, and nothing is written.
    const int undoable = stack->count();
    edit->setFocus();
    edit->setDate(QDate(2020, 7, 31));
    emit edit->editingFinished();
    CHECK(finalOf()->asOf == QDate(2021, 7, 31));
    CHECK(stack->count() == undoable);
    auto* messages = child<QLabel>(section, QStringLiteral("validationMessages"));
    CHECK(messages->isVisible());
    CHECK(messages->text().contains(QStringLiteral("2021")));
    edit->setDate(QDate(2021, 7, 31));
    emit edit->editingFinished();

    // Frozen, the figures keep that day and the day no longer changes.
    CHECK(freezeThroughButton(section));
    REQUIRE(frozenSnapshot(db, editionId, 2021));
    CHECK(frozenSnapshot(db, editionId, 2021)->asOf == QDate(2021, 7, 31));
    CHECK_FALSE(check->isEnabled());
    CHECK_FALSE(edit->isEnabled());
}

TEST_CASE("the comparison with the year before lists what changed", "[gui][evaluation]")
{
    TempDir dir;
    const QString path = demoFile(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    QWidget* section = showSection(window, QStringLiteral("evaluationSection"));
    const Id editionId = selectEdition(window, oldEdition);
    Database& db = window.document()->database();
    Document& document = *window.document();

    selectYear(section, 2017);
    CHECK(containsTranslation(text(section, QStringLiteral("comparisonSummary")), "pacte::ComparisonView",
                              "No previous year in this edition: the comparison starts with the second year."));
    CHECK(child<QWidget>(section, QStringLiteral("comparisonDetails"))->isHidden());

    // Nothing changed between 2020 and 2021 in the demo: each part says so.
    selectYear(section, 2021);
    CHECK_FALSE(child<QWidget>(section, QStringLiteral("comparisonDetails"))->isHidden());
    CHECK(child<QTableWidget>(section, QStringLiteral("statusChangesTable"))->rowCount() == 0);
    CHECK(text(section, QStringLiteral("statusChangesEmpty")).contains(QStringLiteral("2020")));
    CHECK(child<QTableWidget>(section, QStringLiteral("indicatorMovesTable"))->rowCount() == 0);

    // 2020 frozen as it stands; then an action goes and an indicator is measured in 2021.
    selectYear(section, 2020);
    REQUIRE(freezeThroughButton(section));
    const EditionData data = loadEditionData(db, editionId);
    const Action* gone = firstWithStatus(data, ActionStatus::Project);
    REQUIRE(gone);
    const Action* measured = nullptr;
    for (const auto& action : data.actions) {
        if (!action.indicators.isEmpty() && action.uuid != gone->uuid)
            measured = &action;
    }
    REQUIRE(measured);
    Action after = *measured;
    Measurement measurement;
    measurement.date = QDate(2021, 6, 15);
    measurement.value = 42;
    after.indicators.first().measurements.append(measurement);
    REQUIRE(edit::update(document, *measured, after).ok());
    REQUIRE(edit::remove(document, *gone).ok());

    selectYear(section, 2021);
    CHECK(containsTranslation(text(section, QStringLiteral("comparisonSummary")), "pacte::ComparisonView",
                              "Compared with %1, as frozen."));
    auto* moves = child<QTableWidget>(section, QStringLiteral("indicatorMovesTable"));
    REQUIRE(moves->rowCount() == 1);
    CHECK(moves->item(0, 0)->text() == measured->indicators.first().name);
    CHECK(moves->item(0, 1)->text() == measured->title);
    CHECK(moves->item(0, 2)->text() == QStringLiteral("—"));
    CHECK(moves->item(0, 3)->text() == QStringLiteral("42"));
    CHECK(text(section, QStringLiteral("actionChangesLabel")).contains(gone->title));
}

TEST_CASE("a read-only file shows the evaluation but cannot freeze it or take assessments", "[gui][evaluation]")
{
    TempDir dir;
    const QString path = demoFile(dir);
    auto holder = Database::open(path, QStringLiteral("Claire Martin"));
    REQUIRE_FALSE(holder->isReadOnly());
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    REQUIRE(window.document()->isReadOnly());
    QWidget* section = showSection(window, QStringLiteral("evaluationSection"));
    selectEdition(window, oldEdition);
    selectYear(section, 2021, EvaluationKind::Final);
    CHECK(text(section, QStringLiteral("actionsValue")) == QStringLiteral("38"));
    CHECK_FALSE(child<QPushButton>(section, QStringLiteral("freezeButton"))->isEnabled());
    CHECK_FALSE(child<QPlainTextEdit>(section, QStringLiteral("governanceAssessmentEdit"))->isEnabled());
    CHECK_FALSE(child<QPlainTextEdit>(section, QStringLiteral("axisAssessment_1"))->isEnabled());
}

TEST_CASE("After a freeze every column of the years list stays in view", "[gui][evaluation]")
{
    TempDir dir;
    const QString path = demoFile(dir);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    QWidget* section = showSection(window, QStringLiteral("evaluationSection"));
    selectEdition(window, QStringLiteral("PTI 2022-2025"));
    selectYear(section, 2024);
    REQUIRE(freezeThroughButton(section));
    QTest::qWait(50); // the state column widens after the rows are synchronised
    auto* table = child<QTableView>(section, QStringLiteral("evaluationTable"));
    const QHeaderView* header = table->horizontalHeader();
    int total = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            total += header->sectionSize(column);
    }
    INFO("columns " << total << " viewport " << table->viewport()->width());
    CHECK(total <= table->viewport()->width());
    CHECK(table->horizontalScrollBar()->maximum() == 0);
}

// Not run by default: `gui_tests "[.evaluation-screenshots]"` with PACTE_SCREENSHOT_DIR set saves
// the section for PTI 2017-2021 at 1366×768, to look at.
TEST_CASE("evaluation screenshots", "[.evaluation-screenshots]")
{
    const QString out = qEnvironmentVariable("PACTE_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    TempDir dir;
    const QString path = demoFile(dir);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    QWidget* section = showSection(window, QStringLiteral("evaluationSection"));
    selectEdition(window, oldEdition);
    selectYear(section, 2020);
    REQUIRE(freezeThroughButton(section));
    selectYear(section, 2021);
    auto* tabs = child<QTabWidget>(section, QStringLiteral("tabs"));
    const auto save = [&](const QString& name) {
        QApplication::processEvents();
        window.grab().save(QStringLiteral("%1/evalgui-%2.png").arg(out, name));
    };
    const QStringList names{QStringLiteral("figures"), QStringLiteral("comparison"), QStringLiteral("assessment")};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        save(QStringLiteral("2017-") + names.at(i));
    }
    // The current edition: 2022 frozen, its figures; 2023 against it.
    selectEdition(window, QStringLiteral("PTI 2022-2025"));
    selectYear(section, 2022);
    REQUIRE(freezeThroughButton(section));
    tabs->setCurrentIndex(0);
    save(QStringLiteral("2022-figures"));
    selectYear(section, 2023);
    tabs->setCurrentIndex(1);
    save(QStringLiteral("2023-comparison"));
    // A year with live figures, then the same once frozen (issue #22: text overlapping, a column out of
    // view after a freeze).
    selectYear(section, 2024);
    tabs->setCurrentIndex(0);
    save(QStringLiteral("2024-figures"));
    REQUIRE(freezeThroughButton(section));
    save(QStringLiteral("2024-frozen"));
}

TEST_CASE("Every figure and comparison of a year shows its whole text at 1366x768", "[gui][evaluation]")
{
    TempDir dir;
    const QString path = demoFile(dir);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    QWidget* section = showSection(window, QStringLiteral("evaluationSection"));
    auto* tabs = child<QTabWidget>(section, QStringLiteral("tabs"));
    // One year, then another whose texts are longer: the rows must grow with them (issue #22).
    for (const auto& [edition, year] :
         {std::pair{QStringLiteral("PTI 2022-2025"), 2024}, std::pair{oldEdition, 2021}, std::pair{oldEdition, 2019}}) {
        selectEdition(window, edition);
        selectYear(section, year);
        for (const auto& [tab, view] : {std::pair{0, "countsView"}, std::pair{1, "comparisonView"}}) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(50);
            auto* content = child<QWidget>(section, QString::fromLatin1(view));
            for (auto* label : content->findChildren<QLabel*>()) {
                if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                    continue;
                // A wrapped text gets the height it needs at the width it was given.
                INFO(edition.toStdString() << " " << year << ": " << label->objectName().toStdString() << " « "
                                           << label->text().toStdString() << " »");
                CHECK(label->height() >= label->heightForWidth(label->width()));
            }
        }
    }
}

} // namespace pacte_test_gui_evaluation_test
