// The keyboard as the guide and the menus advertise it: one owner for each shortcut (Ctrl+Maj+Z and
// Ctrl+Y redo), and the edition selector safe from stray keys (issue #22).
#include "app/common/listsection.h"
#include "app/common/section.h"
#include "app/common/shortcuts.h"
#include "app/mainwindow.h"
#include "common/demowindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/repository.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_keyboard_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtWarningMsg)
        g_warnings << message;
}

const DemoWindow::Options Demo{DemoWindow::Wait::Active, {}, false};

QString territoryName(Database& db, Id id)
{
    return TerritoryRepository(db).find(id)->name;
}

QString partnerName(Database& db, Id id)
{
    return PartnerRepository(db).find(id)->name;
}

// Presses `key` where the keyboard is, as the user would.
void press(const QKeySequence& key)
{
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    const QKeyCombination combination = key[0];
    QTest::keyClick(focus, combination.key(), combination.keyboardModifiers());
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    press(QKeySequence(QKeyCombination(modifiers, key)));
}

} // namespace

TEST_CASE("Ctrl+Shift+Z and Ctrl+Y redo, each key with one owner", "[gui][keyboard]")
{
    DemoWindow w(Demo);
    showSection(w.window, QStringLiteral("territoriesSection"));
    const Territory first = TerritoryRepository(w.db()).all().first();
    auto* section = child<QWidget>(&w.window, QStringLiteral("territoriesSection"));
    selectRow(section, first.name);
    typeInto(child<QLineEdit>(section, QStringLiteral("nameEdit")), QStringLiteral("Bassin renommé"));
    REQUIRE(territoryName(w.db(), first.id) == QStringLiteral("Bassin renommé"));

    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    QWidget* focus = child<QWidget>(&w.window, QStringLiteral("sidebar"));
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    const QString afterUndo = territoryName(w.db(), first.id);
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    const QString afterRedo = territoryName(w.db(), first.id);
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(focus, Qt::Key_Y, Qt::ControlModifier);
    const QString afterCtrlY = territoryName(w.db(), first.id);
    qInstallMessageHandler(previous);
    CHECK(afterUndo == first.name);
    CHECK(afterRedo == QStringLiteral("Bassin renommé"));
    CHECK(afterCtrlY == QStringLiteral("Bassin renommé"));
    CHECK(g_warnings.filter(QStringLiteral("Ambiguous")).isEmpty());

    // No key sequence belongs to two of the window's actions, or twice to one.
    QHash<QKeySequence, QStringList> owners;
    for (QAction* action : w.window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            if (!key.isEmpty())
                owners[key] << (action->text().isEmpty() ? action->objectName() : action->text());
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        INFO(it.key().toString().toStdString() << ": " << it.value().join(QStringLiteral(", ")).toStdString());
        CHECK(it.value().size() == 1);
    }
}

TEST_CASE("The edition selector never opens a new edition from the keyboard", "[gui][keyboard][edition]")
{
    DemoWindow w(Demo);
    const int editions = EditionRepository(w.db()).count();
    auto* combo = child<QComboBox>(&w.window, QStringLiteral("editionCombo"));
    // Every entry is an edition: "New edition…" is an action of its own.
    for (int i = 0; i < combo->count(); ++i) {
        if (!combo->itemText(i).isEmpty())
            CHECK(combo->itemData(i).isValid());
    }
    CHECK(child<QAction>(&w.window, QStringLiteral("newEditionAction"))->isEnabled());

    // Any dialog that opened would be rejected here, and counted.
    int dialogs = 0;
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, [&dialogs] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            ++dialogs;
            dialog->reject();
        }
    });
    watch.start();
    combo->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Return);
    QTest::keyClick(combo, Qt::Key_Enter);
    QTest::qWait(100);
    watch.stop();
    CHECK(dialogs == 0);
    CHECK(EditionRepository(w.db()).count() == editions);
    CHECK(combo->currentData().isValid());
    CHECK(w.window.currentEdition() == combo->currentData().toLongLong());
}

TEST_CASE("Ctrl+Z undoes a field's typing, then the committed edit, from any field", "[gui][keyboard][undo]")
{
    DemoWindow w(Demo);
    auto* section = showSection(w.window, QStringLiteral("partnersSection"));
    const Partner first = PartnerRepository(w.db()).all().first();
    selectRow(section, first.name);
    auto* name = child<QLineEdit>(section, QStringLiteral("nameEdit"));
    auto* acronym = child<QLineEdit>(section, QStringLiteral("acronymEdit"));

    // Typing not yet committed: the field's own undo.
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, QStringLiteral(" bis"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    CHECK(name->text() == first.name);
    CHECK(partnerName(w.db(), first.id) == first.name);

    // Renamed and left for the next field: Ctrl+Z there undoes the rename.
    typeInto(name, QStringLiteral("Partenaire renommé"));
    QTest::keyClick(name, Qt::Key_Tab);
    REQUIRE(partnerName(w.db(), first.id) == QStringLiteral("Partenaire renommé"));
    auto* undo = child<QAction>(&w.window, QStringLiteral("undoAction"));
    // The Edit menu says what Ctrl+Z will undo.
    CHECK(undo->text().contains(QStringLiteral("renommer le partenaire")));
    CHECK(undo->text().contains(first.name));
    REQUIRE(acronym->hasFocus());
    QTest::keyClick(acronym, Qt::Key_Z, Qt::ControlModifier);
    CHECK(partnerName(w.db(), first.id) == first.name);
    // And Ctrl+Shift+Z from the same field redoes it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(partnerName(w.db(), first.id) == QStringLiteral("Partenaire renommé"));

    // Committed with Enter, the focus still in the field: Ctrl+Z undoes the document's edit.
    typeInto(name, QStringLiteral("Encore un nom"));
    REQUIRE(partnerName(w.db(), first.id) == QStringLiteral("Encore un nom"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    CHECK(partnerName(w.db(), first.id) == QStringLiteral("Partenaire renommé"));
}

TEST_CASE("Every section has its key, shown in the menu and the sidebar", "[gui][keyboard]")
{
    DemoWindow w(Demo);
    auto* sidebar = child<QTreeWidget>(&w.window, QStringLiteral("sidebar"));
    for (Section* section : w.window.sections()) {
        const QKeySequence key = sectionShortcut(section->id());
        INFO(section->objectName().toStdString() << " " << key.toString().toStdString());
        REQUIRE_FALSE(key.isEmpty());
        sidebar->setFocus();
        press(key);
        CHECK(section->isVisible());
        INFO("focus " << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none")
                      << " "
                      << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : ""));
        CHECK(section->isAncestorOf(QApplication::focusWidget()));
        const QTreeWidgetItem* item = sidebar->currentItem();
        REQUIRE(item != nullptr);
        CHECK(item->toolTip(0).contains(key.toString(QKeySequence::NativeText)));
        CHECK(child<QAction>(&w.window, section->objectName() + QStringLiteral("Action"))->shortcut() == key);
    }
    // Ctrl+PgDown and Ctrl+PgUp go through the sections in turn.
    w.window.showSection(SectionId::Dashboard);
    sidebar->setFocus();
    press(Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(child<QWidget>(&w.window, QStringLiteral("complianceSection"))->isVisible());
    press(Qt::Key_PageUp, Qt::ControlModifier);
    press(Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(w.window.sections().last()->isVisible());
}

TEST_CASE("Each list is worked with the keyboard alone: add, type, back to the list, undo", "[gui][keyboard][walk]")
{
    DemoWindow w(Demo);
    chooseEdition(w.window, QStringLiteral("PTI 2017-2021"));
    int walked = 0;
    for (Section* section : w.window.sections()) {
        auto* list = qobject_cast<ListSection*>(section);
        if (!list)
            continue;
        INFO(section->objectName().toStdString());
        child<QWidget>(&w.window, QStringLiteral("sidebar"))->setFocus();
        press(sectionShortcut(section->id()));
        REQUIRE(section->isVisible());
        QTest::qWait(20);
        if (!section->canAddItems())
            continue; // the compliance findings, the indicators (added in their action), the evaluation
        QTableView* table = list->tableView();
        const int before = section->count();

        // Edit ▸ Filters puts the keyboard in the first filter (the list, where there is none).
        press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK((qobject_cast<QComboBox*>(QApplication::focusWidget()) || QApplication::focusWidget() == table));

        // Ctrl+Shift+N: a new item, its editor's first field ready for typing.
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(waitUntil([&] { return section->count() == before + 1; }));
        QWidget* field = QApplication::focusWidget();
        REQUIRE(field != nullptr);
        CHECK(section->isAncestorOf(field));
        CHECK(field != table);
        int steps = 1;
        if (auto* line = qobject_cast<QLineEdit*>(field)) {
            QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(line, QStringLiteral("Saisi au clavier"));
            QTest::keyClick(line, Qt::Key_Tab); // leaving the field commits it
            ++steps;
        }
        // Escape from the editor: back to the list, on the new item.
        press(Qt::Key_Escape);
        CHECK(QApplication::focusWidget() == table);
        // Enter opens the item in its editor again.
        press(Qt::Key_Return);
        CHECK(section->isAncestorOf(QApplication::focusWidget()));
        CHECK(QApplication::focusWidget() != table);
        press(Qt::Key_Escape);
        // Ctrl+Z from the list undoes the typing, then the new item.
        for (int i = 0; i < steps; ++i)
            press(Qt::Key_Z, Qt::ControlModifier);
        CHECK(waitUntil([&] { return section->count() == before; }));
        ++walked;
    }
    CHECK(walked >= 7);
}

TEST_CASE("A checklist ticks with the space bar", "[gui][keyboard]")
{
    DemoWindow w(Demo);
    chooseEdition(w.window, QStringLiteral("PTI 2017-2021"));
    auto* groups = showSection(w.window, QStringLiteral("groupsSection"));
    const auto all = WorkingGroupRepository(w.db()).ofEdition(w.window.currentEdition());
    REQUIRE_FALSE(all.isEmpty());
    selectRow(groups, all.first().name);
    auto* list = child<QListWidget>(groups, QStringLiteral("territoriesList"));
    QTest::qWait(20);
    list->setFocus();
    int row = 0;
    while (row < list->count() && list->item(row)->checkState() == Qt::Checked)
        ++row;
    REQUIRE(row < list->count());
    list->setCurrentRow(row);
    const auto territoriesBefore = WorkingGroupRepository(w.db()).find(all.first().id)->territoryIds.size();
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(list->item(row)->checkState() == Qt::Checked);
    CHECK(WorkingGroupRepository(w.db()).find(all.first().id)->territoryIds.size() == territoriesBefore + 1);
}

TEST_CASE("Help ▸ Keyboard shortcuts lists the menus' keys", "[gui][keyboard][help]")
{
    DemoWindow w(Demo);
    QStringList keys;
    QStringList commands;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"))) {
            for (int row = 0; row < table->rowCount(); ++row) {
                commands << table->item(row, 1)->text();
                keys << table->item(row, 2)->text();
            }
        }
        dialog->reject();
    });
    child<QAction>(&w.window, QStringLiteral("shortcutsAction"))->trigger();
    CHECK(keys.contains(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    CHECK(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText)));
    CHECK(keys.contains(sectionShortcut(SectionId::Evaluation).toString(QKeySequence::NativeText)));
    CHECK(commands.contains(translated("pacte::MainWindow", "Undo")));
}

} // namespace pacte_test_gui_keyboard_test
