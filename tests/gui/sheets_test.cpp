// Sheet mode (the referent's window), the import preview with its conflict choices, the sheet export
// dialog, the backups dialog, and the File menu's entries.
#include "app/common/listsection.h"
#include "app/help/helptopics.h"
#include "app/help/helpwindow.h"
#include "app/sheets/backupsdialog.h"
#include "app/sheets/sheetexportdialog.h"
#include "app/sheets/sheetimportdialog.h"
#include "app/sheets/sheetimportflow.h"
#include "app/sheets/sheetwindow.h"
#include "common/guitestutil.h"
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetworkspace.h"
#include "exchange/sheetwriter.h"
#include "exchange/xlsxreader.h"
#include "storage/backups.h"
#include "storage/editionloader.h"
#include "storage/groupevaluationstore.h"
#include "storage/repository.h"
#include "storage/sheetexports.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_sheets_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QString writeExport(SheetFixture& f, const TempDir& dir, const QString& name)
{
    const QString path = dir.path(name);
    saveSheetFile(path, exportSheet(*f.db, f.group).bytes);
    return path;
}

QString titleIn(Database& db, const QUuid& uuid)
{
    return ActionRepository(db).findByUuid(uuid)->title;
}

} // namespace

TEST_CASE("Sheet mode edits the group's actions with the editor's forms, undo, and saves the sheet", "[gui][sheet]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const QString path = writeExport(f, dir, QStringLiteral("mobilite.pacte-fiche.json"));

    QPointer<SheetWindow> window = SheetWindow::open(path);
    REQUIRE(window);
    window->show();
    CHECK(child<QLabel>(window, QStringLiteral("sheetBanner"))->text().contains(QStringLiteral("Mobilité")));
    auto* tabs = child<QTabWidget>(window, QStringLiteral("sheetTabs"));
    // Actions (with indicators and measurements), indicators, meetings, the yearly evaluation: nothing else.
    CHECK(tabs->count() == 4);
    CHECK(child<ListSection>(window, QStringLiteral("indicatorsSection"))->count() == 2);
    auto* actions = child<ListSection>(window, QStringLiteral("actionsSection"));
    CHECK(actions->count() == 2); // the group's actions only
    CHECK(child<ListSection>(window, QStringLiteral("meetingsSection"))->count() == 2);
    CHECK_FALSE(window->isModified());
    for (auto* history : window->findChildren<QPushButton*>(QStringLiteral("historyButton")))
        CHECK(history->isHidden());

    Database& workspace = window->document()->database();
    selectRow(actions, QStringLiteral("Garage solidaire"));
    typeInto(child<QLineEdit>(actions, QStringLiteral("titleEdit")), QStringLiteral("Garage en mode fiche"));
    CHECK(titleIn(workspace, f.garageUuid) == QStringLiteral("Garage en mode fiche"));
    CHECK(window->isModified());
    CHECK(window->windowTitle().contains(QStringLiteral("mobilite.pacte-fiche.json")));

    SECTION("undo and redo")
    {
        child<QAction>(window, QStringLiteral("undoAction"))->trigger();
        CHECK(titleIn(workspace, f.garageUuid) == QStringLiteral("Garage solidaire"));
        CHECK_FALSE(window->isModified());
        child<QAction>(window, QStringLiteral("redoAction"))->trigger();
        CHECK(titleIn(workspace, f.garageUuid) == QStringLiteral("Garage en mode fiche"));
    }
    SECTION("validation refuses what the full editor refuses")
    {
        typeInto(child<QLineEdit>(actions, QStringLiteral("titleEdit")), QString());
        CHECK(titleIn(workspace, f.garageUuid) == QStringLiteral("Garage en mode fiche"));
        CHECK_FALSE(child<QLabel>(actions, QStringLiteral("validationMessages"))->text().isEmpty());
    }
    SECTION("saving writes the sheet, which imports as the edit made")
    {
        child<QAction>(window, QStringLiteral("saveSheetAction"))->trigger();
        CHECK_FALSE(window->isModified());
        const QByteArray saved = fileBytes(path);
        const SheetData sheet = readSheet(saved);
        CHECK(sheet.origin.savedAt.isValid());
        CHECK(sheet.origin.exportId == readSheetOrigin(saved).exportId);
        SheetImport import(*f.db, saved, QStringLiteral("mobilite.pacte-fiche.json"));
        CHECK(import.outcome().changes.size() == 1);
        import.apply();
        CHECK(titleIn(*f.db, f.garageUuid) == QStringLiteral("Garage en mode fiche"));
    }
    window->document()->undoStack()->setClean(); // no "save before closing?" question
    window->close();
}

TEST_CASE("Sheet mode offers only the group's own meetings", "[gui][sheet][scope]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    // A COPIL the coordinator linked to the group travels in the sheet, read-only.
    Meeting copil;
    copil.editionId = f.editionId;
    copil.groupId = f.group;
    copil.kind = MeetingKind::CopilMidTerm;
    copil.status = MeetingStatus::Held;
    copil.date = QDate(2024, 6, 20);
    copil.title = QStringLiteral("COPIL intermédiaire");
    MeetingRepository(*f.db).insert(copil);
    const QString path = writeExport(f, dir, QStringLiteral("mobilite.pacte-fiche.json"));
    QPointer<SheetWindow> window = SheetWindow::open(path);
    REQUIRE(window);
    window->show();
    auto* meetings = child<ListSection>(window, QStringLiteral("meetingsSection"));
    child<QTabWidget>(window, QStringLiteral("sheetTabs"))->setCurrentWidget(meetings);
    Database& workspace = window->document()->database();
    const int before = MeetingRepository(workspace).count();

    QTest::mouseClick(child<QPushButton>(meetings, QStringLiteral("addMeetingButton")), Qt::LeftButton);
    const auto all = MeetingRepository(workspace).all();
    REQUIRE(all.size() == before + 1);
    const Meeting& added = all.last();
    CHECK(added.kind == MeetingKind::WorkingGroup);
    CHECK(added.groupId == readSheet(fileBytes(path)).group.id);
    auto* kinds = child<QComboBox>(meetings, QStringLiteral("kindCombo"));
    QStringList offered;
    for (int i = 0; i < kinds->count(); ++i)
        offered << kinds->itemText(i);
    CHECK(offered == QStringList{enumLabel(MeetingKind::WorkingGroup)});
    CHECK(child<QWidget>(meetings, QStringLiteral("form"))->isEnabled());

    // The COPIL: shown, its form disabled with the reason, its deletion refused.
    REQUIRE(meetings->openItem(copil.uuid)); // its row reads its date first
    CHECK_FALSE(child<QWidget>(meetings, QStringLiteral("form"))->isEnabled());
    CHECK(child<QLabel>(meetings, QStringLiteral("scopeLabel"))->isVisible());
    // The deletion question (answered yes), then the refusal's message.
    QStringList boxes;
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, [&boxes] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        boxes << box->text();
        if (auto* yes = box->button(QMessageBox::Yes))
            yes->click();
        else
            box->accept();
    });
    answer.start();
    child<QAction>(window, QStringLiteral("deleteItemAction"))->trigger();
    answer.stop();
    CHECK(boxes.size() == 2);
    CHECK(MeetingRepository(workspace).findByUuid(copil.uuid));

    window->document()->undoStack()->setClean();
    window->close();
}

TEST_CASE("Sheet mode refuses a file that is not a sheet", "[gui][sheet]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("faux.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"pacte-dump\"}");
    file.close();
    // The refusal is a message box: close it as soon as it shows.
    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->accept();
    });
    CHECK(SheetWindow::open(path) == nullptr);
}

TEST_CASE("The import dialog previews every change and lets each conflict be decided", "[gui][sheet]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);
    Action garage = *ActionRepository(*f.db).find(f.garage);
    garage.status = ActionStatus::Completed;
    ActionRepository(*f.db).update(garage);
    byUuid(sheet["group"]["actions"], f.garageUuid)["status"] = "abandonnee";
    byUuid(sheet["group"]["actions"], f.garageUuid)["notes"] = "Note de la fiche";
    eraseUuid(sheet["group"]["meetings"], f.meeting2Uuid);

    Document document(std::move(f.db));
    Database& db = document.database();
    SheetImport import(db, dumpJson(sheet), QStringLiteral("fiche.json"));
    SheetImportDialog dialog(document, import);
    dialog.show();
    auto* tree = child<QTreeWidget>(&dialog, QStringLiteral("changesTree"));
    CHECK(tree->topLevelItemCount() == 2); // modifications, deletions
    CHECK(child<QLabel>(&dialog, QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("1")));
    QPushButton* apply = dialog.applyButton();
    CHECK_FALSE(apply->isEnabled());
    QComboBox* choice = dialog.choiceFor(conflictKey(f.garageUuid, QStringLiteral("status")));
    REQUIRE(choice);
    CHECK(choice->objectName().startsWith(QStringLiteral("conflictChoice:")));

    SECTION("taking the sheet's value")
    {
        const int take = choice->findData(static_cast<int>(Resolution::TakeSheet));
        choice->setCurrentIndex(take);
        emit choice->activated(take);
        CHECK(apply->isEnabled());
        apply->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.backupPath().isEmpty());
        const Action a = *ActionRepository(db).find(f.garage);
        CHECK(a.status == ActionStatus::Abandoned);
        CHECK(a.notes == QStringLiteral("Note de la fiche"));
        CHECK_FALSE(MeetingRepository(db).find(f.meeting2));
    }
    SECTION("keeping the database's value everywhere")
    {
        child<QPushButton>(&dialog, QStringLiteral("keepAllButton"))->click();
        CHECK(choice->currentData().toInt() == static_cast<int>(Resolution::KeepDatabase));
        CHECK(apply->isEnabled());
        apply->click();
        const Action a = *ActionRepository(db).find(f.garage);
        CHECK(a.status == ActionStatus::Completed);
        CHECK(a.notes == QStringLiteral("Note de la fiche"));
    }
    SECTION("cancelling changes nothing")
    {
        const QByteArray before = fileBytes(f.path);
        dialog.reject();
        CHECK(fileBytes(f.path) == before);
    }
}

TEST_CASE("A text conflict shows both full values and can be settled by a merged one", "[gui][sheet]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);
    const QString fromDatabase =
        QStringLiteral("Réparer les véhicules des personnes en insertion à prix coûtant, avec un atelier ouvert "
                       "deux jours par semaine au garage associatif de la zone d'activités");
    const QString fromSheet = QStringLiteral("Réparer et prêter des véhicules, former deux mécaniciens en insertion "
                                             "et ouvrir un second atelier à Agde en 2025");
    Action garage = *ActionRepository(*f.db).find(f.garage);
    garage.objectives = fromDatabase;
    ActionRepository(*f.db).update(garage);
    byUuid(sheet["group"]["actions"], f.garageUuid)["objectives"] = fromSheet.toStdString();

    Document document(std::move(f.db));
    Database& db = document.database();
    SheetImport import(db, dumpJson(sheet), QStringLiteral("fiche.json"));
    SheetImportDialog dialog(document, import);
    dialog.show();
    const QString key = conflictKey(f.garageUuid, QStringLiteral("objectives"));
    QComboBox* choice = dialog.choiceFor(key);
    REQUIRE(choice);
    const int merged = choice->findData(static_cast<int>(Resolution::Merged));
    REQUIRE(merged >= 0);

    // Choosing the conflict's row shows both values whole, not cut, outside any tooltip.
    auto* tree = child<QTreeWidget>(&dialog, QStringLiteral("changesTree"));
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == key)
            tree->setCurrentItem(*it);
    }
    CHECK(child<QPlainTextEdit>(&dialog, QStringLiteral("databaseValue"))->toPlainText() == fromDatabase);
    CHECK(child<QPlainTextEdit>(&dialog, QStringLiteral("sheetValue"))->toPlainText() == fromSheet);

    // The merged value starts from both; the coordinator rewrites it and uses it.
    auto* mergedEdit = child<QPlainTextEdit>(&dialog, QStringLiteral("mergedEdit"));
    CHECK(mergedEdit->toPlainText().contains(fromDatabase));
    CHECK(mergedEdit->toPlainText().contains(fromSheet));
    mergedEdit->setPlainText(QStringLiteral("Réparer, prêter, former : un second atelier à Agde"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("mergeButton")), Qt::LeftButton);
    CHECK(choice->currentData().toInt() == static_cast<int>(Resolution::Merged));
    REQUIRE(dialog.applyButton()->isEnabled());
    dialog.applyButton()->click();
    CHECK(ActionRepository(db).find(f.garage)->objectives ==
          QStringLiteral("Réparer, prêter, former : un second atelier à Agde"));
    // And the import is one step of the history, undone as such.
    REQUIRE(document.undoStack()->canUndo());
    document.undoStack()->undo();
    CHECK(ActionRepository(db).find(f.garage)->objectives == fromDatabase);
}

TEST_CASE("The export dialog writes one sheet per ticked group and records each export", "[gui][sheet]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const EditionData data = loadEditionData(*f.db, f.editionId);
    SheetExportDialog dialog(*f.db, data, f.groupUuid);
    auto* list = child<QListWidget>(&dialog, QStringLiteral("groupsList"));
    REQUIRE(list->count() == 2);
    int checked = 0;
    for (int i = 0; i < list->count(); ++i)
        checked += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    CHECK(checked == 1); // the selected group
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Checked);
    child<QLineEdit>(&dialog, QStringLiteral("folderEdit"))->setText(dir.path(QStringLiteral("fiches")));
    child<QPushButton>(&dialog, QStringLiteral("exportButton"))->click();
    REQUIRE(dialog.writtenFiles().size() == 2);
    for (const auto& file : dialog.writtenFiles())
        CHECK_NOTHROW(readSheet(fileBytes(file)));
    CHECK(SheetExports(*f.db).forGroup(f.groupUuid).size() == 1);
    // A second export does not overwrite the first files.
    dialog.exportChecked();
    CHECK(QDir(dir.path(QStringLiteral("fiches"))).entryList(QDir::Files).size() == 4);
    // The next time, each group says when it was last exported.
    SheetExportDialog again(*f.db, data, f.groupUuid);
    auto* listed = child<QListWidget>(&again, QStringLiteral("groupsList"));
    CHECK(listed->item(0)->text().length() > data.groupLabel(data.groups.at(0)).length());
}

TEST_CASE("The export dialog writes workbooks for referents without Pacte, which import back", "[gui][sheet]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const EditionData data = loadEditionData(*f.db, f.editionId);
    SheetExportDialog dialog(*f.db, data, f.groupUuid);
    child<QCheckBox>(&dialog, QStringLiteral("workbookCheck"))->setChecked(true);
    child<QLineEdit>(&dialog, QStringLiteral("folderEdit"))->setText(dir.path(QStringLiteral("classeurs")));
    child<QPushButton>(&dialog, QStringLiteral("exportButton"))->click();
    REQUIRE(dialog.writtenFiles().size() == 1);
    const QString file = dialog.writtenFiles().constFirst();
    CHECK(file.endsWith(QStringLiteral(".xlsx")));
    CHECK(readXlsx(fileBytes(file)).sheetNames().contains(QStringLiteral("Mode d'emploi")));
    // One export record, and the workbook imports back with nothing to change.
    CHECK(SheetExports(*f.db).forGroup(f.groupUuid).size() == 1);
    SheetImport import(*f.db, fileBytes(file), QFileInfo(file).fileName());
    CHECK(import.outcome().changes.isEmpty());
    // The choice is remembered.
    SheetExportDialog again(*f.db, data, f.groupUuid);
    CHECK(child<QCheckBox>(&again, QStringLiteral("workbookCheck"))->isChecked());
    child<QCheckBox>(&again, QStringLiteral("workbookCheck"))->setChecked(false);
    child<QLineEdit>(&again, QStringLiteral("folderEdit"))->setText(dir.path(QStringLiteral("fiches")));
    child<QPushButton>(&again, QStringLiteral("exportButton"))->click();
}

TEST_CASE("The backups dialog lists the copies and keeps the rotation setting", "[gui][backup]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Backups::copy(f.path, QStringLiteral("import"));
    Backups::copy(f.path, QStringLiteral("migration"));
    BackupsDialog dialog(*f.db);
    auto* table = child<QTableWidget>(&dialog, QStringLiteral("backupsTable"));
    CHECK(table->rowCount() == 2);
    auto* restore = child<QPushButton>(&dialog, QStringLiteral("restoreButton"));
    CHECK_FALSE(restore->isEnabled());
    table->selectRow(1);
    CHECK(restore->isEnabled());
    auto* keep = child<QSpinBox>(&dialog, QStringLiteral("keepSpin"));
    CHECK(keep->value() == Backups::DefaultKeep);
    keep->setValue(5);
    emit keep->editingFinished();
    CHECK(Backups::keepCount(*f.db) == 5);
}

TEST_CASE("The File menu offers the sheet and backup entries", "[gui][sheet]")
{
    TempDir dir;
    MainWindow window;
    window.show();
    for (const char* name : {"openSheetAction", "importSheetAction", "backupsAction"})
        CHECK(window.findChild<QAction*>(QString::fromLatin1(name)) != nullptr);
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    REQUIRE(window.openFile(path));
    showSection(window, QStringLiteral("groupsSection"));
    CHECK(child<QPushButton>(&window, QStringLiteral("exportSheetsButton"))->isVisible());
}

namespace {

// Runs `act` on the next modal widget of type T as soon as it shows (the flow's dialogs are modal).
template <typename T, typename Act>
void whenModal(Act act)
{
    QTimer::singleShot(50, [act] {
        auto* modal = qobject_cast<T*>(QApplication::activeModalWidget());
        REQUIRE(modal);
        act(modal);
    });
}

} // namespace

TEST_CASE("Importing a sheet from the File menu previews, applies, and asks before importing it again", "[gui][sheet]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const QString path = dir.path(QStringLiteral("fiche.pacte-fiche.json"));
    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);
    byUuid(sheet["group"]["actions"], f.garageUuid)["title"] = "Garage importé";
    saveSheetFile(path, dumpJson(sheet));
    Document document(std::move(f.db));
    Database& db = document.database();
    // The import says which kinds of records it may have changed, once each.
    QList<Entity> reset;
    QObject::connect(&document, &Document::changed, [&reset](Entity entity, const QList<QUuid>&, ChangeKind kind) {
        if (kind == ChangeKind::Reset)
            reset.append(entity);
    });

    whenModal<SheetImportDialog>([](SheetImportDialog* dialog) { dialog->applyButton()->click(); });
    CHECK_FALSE(importSheetInto(document, path, nullptr).isEmpty());
    CHECK(titleIn(db, f.garageUuid) == QStringLiteral("Garage importé"));
    CHECK(reset == QList<Entity>{Entity::WorkingGroup, Entity::Action, Entity::Meeting, Entity::GroupEvaluation});
    CHECK(Backups::list(f.path).size() == 1);

    // Again: the question comes first, and "No" changes nothing.
    const QByteArray before = fileBytes(f.path);
    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::No)->click(); });
    CHECK(importSheetInto(document, path, nullptr).isEmpty());
    CHECK(fileBytes(f.path) == before);

    // A refused sheet says why and changes nothing.
    const QString bad = dir.path(QStringLiteral("autre.json"));
    saveSheetFile(bad, "{\"format\": \"pacte-sheet\", \"formatVersion\": 9}");
    whenModal<QMessageBox>([](QMessageBox* box) {
        CHECK(box->text().contains(QStringLiteral("formatVersion")));
        box->accept();
    });
    CHECK(importSheetInto(document, bad, nullptr).isEmpty());
    CHECK(fileBytes(f.path) == before);
}

TEST_CASE("Closing sheet mode with unsaved changes asks first", "[gui][sheet]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const QString path = writeExport(f, dir, QStringLiteral("mobilite.pacte-fiche.json"));
    const QByteArray exported = fileBytes(path);
    QPointer<SheetWindow> window = SheetWindow::open(path);
    REQUIRE(window);
    window->show();
    auto* actions = child<ListSection>(window, QStringLiteral("actionsSection"));
    selectRow(actions, QStringLiteral("Auto-école sociale"));
    typeInto(child<QLineEdit>(actions, QStringLiteral("titleEdit")), QStringLiteral("Auto-école"));
    REQUIRE(window->isModified());

    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
    CHECK_FALSE(window->close());
    CHECK(window->isVisible());

    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Save)->click(); });
    CHECK(window->close());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.isNull()); // deleted on close
    CHECK(fileBytes(path) != exported);
    const SheetData saved = readSheet(fileBytes(path));
    CHECK(std::any_of(saved.actions.begin(), saved.actions.end(),
                      [](const Action& a) { return a.title == QStringLiteral("Auto-école"); }));
}

TEST_CASE("F1 in the sheet window opens the referents' guide at filling in the sheet", "[gui][sheet][help]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const QString path = writeExport(f, dir, QStringLiteral("mobilite.pacte-fiche.json"));
    QPointer<SheetWindow> window = SheetWindow::open(path);
    REQUIRE(window);
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(child<ListSection>(window, QStringLiteral("actionsSection")), Qt::Key_F1);
    auto* help = child<help::HelpWindow>(window, QStringLiteral("helpWindow"));
    REQUIRE(help->isVisible());
    auto* browser = child<QTextBrowser>(help, QStringLiteral("helpBrowser"));
    const QTextBlock block = browser->textCursor().block();
    CHECK(block.blockFormat().headingLevel() > 0);
    CHECK(block.text() == help::sheetTopic().heading);
    help->close();
    window->close();
}

TEST_CASE("Sheet mode fills in the group's yearly evaluation, which the import brings to the database",
          "[gui][sheet][groupevaluation]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const QString path = writeExport(f, dir, QStringLiteral("mobilite.pacte-fiche.json"));
    QPointer<SheetWindow> window = SheetWindow::open(path);
    REQUIRE(window);
    window->show();
    auto* tabs = child<QTabWidget>(window, QStringLiteral("sheetTabs"));
    auto* tab = child<QWidget>(window, QStringLiteral("sheetEvaluationTab"));
    tabs->setCurrentWidget(tab);
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("Évaluation annuelle"));
    auto* year = child<QComboBox>(tab, QStringLiteral("evaluationYearCombo"));
    REQUIRE(year->count() == 4); // 2022 to 2025, the edition's years
    year->setCurrentIndex(year->findData(2024));
    CHECK(child<QLabel>(tab, QStringLiteral("evaluationFiguresLabel"))->text().contains(QStringLiteral("2024")));

    typeInto(child<QPlainTextEdit>(tab, QStringLiteral("evaluationEffectsEdit")),
             QStringLiteral("Vingt-cinq prêts de véhicules."));
    auto* quality = child<QComboBox>(tab, QStringLiteral("evaluationQualityCombo"));
    const int index = quality->findData(static_cast<int>(PartnershipQuality::Satisfactory));
    REQUIRE(index >= 0);
    quality->setCurrentIndex(index);
    emit quality->activated(index);
    Database& workspace = window->document()->database();
    const auto typed = findGroupEvaluation(workspace, workspaceGroupId(workspace), 2024);
    REQUIRE(typed.has_value());
    CHECK(typed->effects == QStringLiteral("Vingt-cinq prêts de véhicules."));
    CHECK(window->isModified());

    child<QAction>(window, QStringLiteral("saveSheetAction"))->trigger();
    CHECK_FALSE(window->isModified());
    SheetImport import(*f.db, fileBytes(path), QStringLiteral("mobilite.pacte-fiche.json"));
    CHECK(import.outcome().conflictCount() == 0);
    CHECK(import.outcome().changes.size() == 1);
    import.apply();
    const auto stored = findGroupEvaluation(*f.db, f.group, 2024);
    REQUIRE(stored.has_value());
    CHECK(stored->effects == QStringLiteral("Vingt-cinq prêts de véhicules."));
    CHECK(stored->partnershipQuality == PartnershipQuality::Satisfactory);
    CHECK_FALSE(findGroupEvaluation(*f.db, f.group, 2023).has_value());
    window->close();
}

} // namespace pacte_test_gui_sheets_test
