#include "app/common/deletionquestion.h"
#include "app/common/listsection.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_axes_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// Types `text` as key presses; QTest::keyClicks() only knows ASCII.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// A demo database open in a main window on the 2017-2021 edition (its groups use the axes' themes),
// with the models of the axes section under test.
struct AxesFixture
{
    TempDir dir;
    MainWindow window;
    ListSection* section = nullptr;

    explicit AxesFixture(const QString& edition = QStringLiteral("PTI 2017-2021"))
    {
        const QString path = dir.path(QStringLiteral("demo.pacte"));
        createDatabase(path, true).reset();
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(path));
        section = qobject_cast<ListSection*>(showSection(window, QStringLiteral("axesSection")));
        REQUIRE(section != nullptr);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        new QAbstractItemModelTester(section->proxy()->sourceModel(), Mode::Fatal, section);
        new QAbstractItemModelTester(section->proxy(), Mode::Fatal, section);
        auto* combo = child<QComboBox>(&window, QStringLiteral("editionCombo"));
        const int index = combo->findText(edition);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }

    Database& db() { return window.document()->database(); }
    int shown() const { return section->proxy()->rowCount(); }

    Axis axis(int number)
    {
        const auto axes = recordsWhere<Axis>(db(), QStringLiteral("edition_id = ? AND number = ?"),
                                             {window.currentEdition(), number});
        REQUIRE(axes.size() == 1);
        return axes.first();
    }

    QList<WorkingGroup> groupsWithTheme(Id themeId)
    {
        return recordsWhere<WorkingGroup>(db(), QStringLiteral("theme_id = ?"), {themeId});
    }

    void undo() { child<QAction>(&window, QStringLiteral("undoAction"))->trigger(); }
    void redo() { child<QAction>(&window, QStringLiteral("redoAction"))->trigger(); }
};

// The delegate commits a cell after Return through a queued call, and the editor then commits the axis
// through another: let both run.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// Edits a cell of the themes table as a user would: F2, type, Enter; the commit follows the edit.
void editCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor != nullptr);
    editor->selectAll();
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
}

void answerNextQuestion(QMessageBox::StandardButton button, QString* text = nullptr)
{
    QTimer::singleShot(0, [button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

// typeInto() with accented text: replaces the content of a line edit, types `text`, and leaves it.
void typeLine(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("renaming a theme in the axis editor keeps the groups pointing at it", "[gui][axes]")
{
    AxesFixture f;
    CHECK(f.shown() == 5);
    const Axis before = f.axis(3); // "Mobilité pour tous", one theme used by four groups
    REQUIRE(before.themes.size() == 1);
    const Id themeId = before.themes.first().id;
    const auto groupsBefore = f.groupsWithTheme(themeId);
    REQUIRE(groupsBefore.size() == 4);

    selectRow(f.section, QStringLiteral("3"));
    auto* table = child<QTableWidget>(f.section, QStringLiteral("themesTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 2)->text().contains(QStringLiteral("4")));
    editCell(table, 0, 0, QStringLiteral("Mobilité et déplacements"));

    const Axis after = f.axis(3);
    REQUIRE(after.themes.size() == 1);
    CHECK(after.themes.first().id == themeId);
    CHECK(after.themes.first().name == QStringLiteral("Mobilité et déplacements"));
    CHECK(f.groupsWithTheme(themeId) == groupsBefore);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Mobilité et déplacements"));

    editCell(table, 0, 1, QStringLiteral("Se déplacer pour se former et travailler"));
    CHECK(f.axis(3).themes.first().description == QStringLiteral("Se déplacer pour se former et travailler"));

    // Each cell is one undo step on the axis.
    f.undo();
    CHECK(f.axis(3).themes.first().name == QStringLiteral("Mobilité et déplacements"));
    f.undo();
    CHECK(f.axis(3) == before);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Mobilité"));
}

TEST_CASE("the axis fields are saved, an empty title or theme name is refused", "[gui][axes]")
{
    AxesFixture f;
    selectRow(f.section, QStringLiteral("5"));
    const Axis before = f.axis(5);
    typeLine(child<QLineEdit>(f.section, QStringLiteral("titleEdit")),
             QStringLiteral("Rapprochement avec les employeurs privés"));
    CHECK(f.axis(5).title == QStringLiteral("Rapprochement avec les employeurs privés"));
    typeInto(child<QWidget>(f.section, QStringLiteral("objectiveEdit")),
             QStringLiteral("Ouvrir les parcours aux entreprises."));
    CHECK(f.axis(5).objective == QStringLiteral("Ouvrir les parcours aux entreprises."));
    auto* number = child<QSpinBox>(f.section, QStringLiteral("numberSpin"));
    number->setFocus();
    number->setValue(6);
    emit number->editingFinished();
    CHECK(f.axis(6).id == before.id);

    const int steps = f.window.document()->undoStack()->count();
    typeInto(child<QLineEdit>(f.section, QStringLiteral("titleEdit")), QString());
    CHECK(child<QLabel>(f.section, QStringLiteral("validationMessages"))->isVisible());
    auto* table = child<QTableWidget>(f.section, QStringLiteral("themesTable"));
    child<QLineEdit>(f.section, QStringLiteral("titleEdit"))->setText(before.title);
    editCell(table, 0, 0, QString());
    CHECK(child<QLabel>(f.section, QStringLiteral("validationMessages"))->isVisible());
    CHECK(f.window.document()->undoStack()->count() == steps);
    CHECK(f.axis(6).themes == before.themes);
}

TEST_CASE("themes are added and removed, removing a used theme asks, and undo gives it back to its groups",
          "[gui][axes]")
{
    AxesFixture f;
    const Axis before = f.axis(3);
    const Id themeId = before.themes.first().id;
    const auto groupsBefore = f.groupsWithTheme(themeId);
    const auto actionsBefore = recordsWhere<Action>(f.db(), QStringLiteral("theme_id = ?"), {themeId});
    selectRow(f.section, QStringLiteral("3"));
    auto* table = child<QTableWidget>(f.section, QStringLiteral("themesTable"));

    child<QPushButton>(f.section, QStringLiteral("addThemeButton"))->click();
    REQUIRE(table->rowCount() == 2);
    // The new theme's name is open for typing.
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor != nullptr);
    editor->selectAll();
    typeText(editor, QStringLiteral("Motilité"));
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
    const Axis withTwo = f.axis(3);
    REQUIRE(withTwo.themes.size() == 2);
    CHECK(withTwo.themes.at(1).name == QStringLiteral("Motilité"));
    CHECK(withTwo.themes.at(0).id == themeId);

    // An unused theme goes without a question.
    table->setCurrentCell(1, 0);
    child<QPushButton>(f.section, QStringLiteral("removeThemeButton"))->click();
    CHECK(f.axis(3).themes.size() == 1);

    // The used one: the question says what loses it.
    table->setCurrentCell(0, 0);
    QString asked;
    const QString expected = deletionQuestion(f.db(), Entity::Theme, themeId, QStringLiteral("Mobilité"));
    answerNextQuestion(QMessageBox::Yes, &asked);
    child<QPushButton>(f.section, QStringLiteral("removeThemeButton"))->click();
    CHECK(asked == expected);
    CHECK(f.axis(3).themes.isEmpty());
    CHECK(f.groupsWithTheme(themeId).isEmpty());

    f.undo();
    CHECK(f.axis(3).themes.size() == 1);
    CHECK(f.groupsWithTheme(themeId) == groupsBefore);
    CHECK(recordsWhere<Action>(f.db(), QStringLiteral("theme_id = ?"), {themeId}) == actionsBefore);
    f.redo();
    CHECK(f.groupsWithTheme(themeId).isEmpty());
    f.undo();
    f.undo(); // the unused theme comes back, with the id it had
    CHECK(f.axis(3) == withTwo);
    f.undo(); // the name typed
    f.undo(); // the theme added
    CHECK(f.axis(3) == before);
}

TEST_CASE("a new axis takes the next number, undo and redo keep its uuid", "[gui][axes]")
{
    AxesFixture f(QStringLiteral("PTI 2022-2025"));
    CHECK(f.shown() == 4);
    child<QPushButton>(f.section, QStringLiteral("addAxisButton"))->click();
    CHECK(f.shown() == 5);
    const QUuid uuid = f.section->selectedUuid();
    const auto added = AxisRepository(f.db()).findByUuid(uuid);
    REQUIRE(added);
    CHECK(added->number == 5);
    CHECK(child<QLineEdit>(f.section, QStringLiteral("titleEdit"))->text() == added->title);

    f.undo();
    CHECK_FALSE(AxisRepository(f.db()).findByUuid(uuid));
    CHECK(f.shown() == 4);
    f.redo();
    const auto back = AxisRepository(f.db()).findByUuid(uuid);
    REQUIRE(back);
    CHECK(*back == *added);
    CHECK(f.shown() == 5);
}

TEST_CASE("deleting an axis deletes its themes and leaves its groups without axis, undo restores them", "[gui][axes]")
{
    AxesFixture f;
    const Axis before = f.axis(4);
    WorkingGroupRepository groups(f.db());
    const auto groupsBefore = recordsWhere<WorkingGroup>(f.db(), QStringLiteral("axis_id = ?"), {before.id});
    REQUIRE(groupsBefore.size() == 4);
    const auto allGroups =
        recordsWhere<WorkingGroup>(f.db(), QStringLiteral("edition_id = ?"), {f.window.currentEdition()});

    selectRow(f.section, QStringLiteral("4"));
    const QString expected =
        deletionQuestion(f.db(), Entity::Axis, before.id, QStringLiteral("4 · %1").arg(before.title));
    QString asked;
    answerNextQuestion(QMessageBox::Yes, &asked);
    f.section->deleteSelectedItem();
    CHECK(asked == expected);
    CHECK_FALSE(AxisRepository(f.db()).find(before.id));
    CHECK(f.shown() == 4);
    for (const auto& group : groupsBefore) {
        const auto now = groups.find(group.id);
        REQUIRE(now);
        CHECK(now->axisId == NoId);
        CHECK(now->themeId == NoId);
    }

    f.undo();
    CHECK(f.axis(4) == before);
    CHECK(recordsWhere<WorkingGroup>(f.db(), QStringLiteral("edition_id = ?"), {f.window.currentEdition()}) ==
          allGroups);
    CHECK(f.shown() == 5);
}

TEST_CASE("the quick search finds axes by title, objective and theme", "[gui][axes]")
{
    AxesFixture f;
    auto* search = child<QLineEdit>(&f.window, QStringLiteral("quickSearch"));
    search->setText(QStringLiteral("mobilite"));
    CHECK(f.shown() == 1);
    search->setText(QStringLiteral("illectronisme")); // a theme of axis 2
    CHECK(f.shown() == 1);
    CHECK(f.section->proxy()->index(0, 0).data().toInt() == 2);
    search->setText(QStringLiteral("ESS IAE"));
    CHECK(f.shown() == 1);
    search->clear();
    CHECK(f.shown() == 5);
}

} // namespace pacte_test_gui_axes_test
