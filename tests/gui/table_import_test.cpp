// The table import assistant: the dry run and rejected rows before anything is written, the mapping
// by combo boxes (remembered for the same headers), the rejected rows saved, the import as one undo
// step, and an unreadable file said in French with nothing to import.
#include "app/tables/tableimportdialog.h"
#include "common/csvtext.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QUndoStack>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_table_import_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct Scene
{
    TempDir dir;
    Document document{createDatabase(dir.path(QStringLiteral("demo.pacte")), true)};
    Edition old = findEditionByTitle(document.database(), QStringLiteral("PTI 2017-2021")).value();

    std::unique_ptr<TableImportDialog> dialog(const QString& file, const QString& table, const QString& sheet = {})
    {
        auto d = std::make_unique<TableImportDialog>(document, EditionRepository(document.database()).all(), old.id);
        auto* tables = child<QComboBox>(d.get(), QStringLiteral("tableCombo"));
        tables->setCurrentIndex(tables->findData(table));
        d->setFile(testDataPath(QStringLiteral("tables/") + file));
        if (!sheet.isEmpty()) {
            auto* sheets = child<QComboBox>(d.get(), QStringLiteral("sheetCombo"));
            sheets->setCurrentIndex(sheets->findText(sheet));
        }
        return d;
    }
    int actionCount() { return static_cast<int>(ActionRepository(document.database()).ofEdition(old.id).size()); }
};

} // namespace

TEST_CASE("The import assistant shows the dry run and the rejected rows, then imports as one undo step",
          "[gui][tables]")
{
    Scene scene;
    const int before = scene.actionCount();
    auto dialog =
        scene.dialog(QStringLiteral("coordinateur.xlsx"), QStringLiteral("actions"), QStringLiteral("Actions"));
    auto* summary = child<QLabel>(dialog.get(), QStringLiteral("summaryLabel"));
    CHECK(summary->text().startsWith(QStringLiteral("Essai à blanc : créés : 2, mis à jour : 2, rejetés : 6.")));
    auto* rejected = child<QTableWidget>(dialog.get(), QStringLiteral("rejectedTable"));
    REQUIRE(rejected->rowCount() == 6);
    CHECK(rejected->item(2, 0)->text() == QStringLiteral("10"));
    CHECK(rejected->item(2, 1)->text() == QStringLiteral("D « Statut »"));
    CHECK(rejected->item(2, 2)->text() == QStringLiteral("en retard"));
    CHECK(rejected->item(2, 3)->text().startsWith(QStringLiteral("valeur inconnue")));
    auto* mapping = child<QTableWidget>(dialog.get(), QStringLiteral("mappingTable"));
    REQUIRE(mapping->rowCount() == 12);
    CHECK(child<QComboBox>(dialog.get(), QStringLiteral("mappingCombo0"))->currentData().toString() ==
          QStringLiteral("title"));
    CHECK(child<QComboBox>(dialog.get(), QStringLiteral("mappingCombo3"))->currentData().toString() ==
          QStringLiteral("status"));

    // The rejected rows can be saved to fix and import again.
    const QString rejectedPath = scene.dir.path(QStringLiteral("rejets.csv"));
    CHECK(dialog->saveRejected(rejectedPath).isEmpty());
    CHECK(parseCsv(fileBytes(rejectedPath)).size() == 7);

    // With rejected rows, Import waits for the choice to leave them aside; nothing was written.
    auto* import = child<QPushButton>(dialog.get(), QStringLiteral("importButton"));
    CHECK_FALSE(import->isEnabled());
    CHECK(scene.actionCount() == before);
    child<QCheckBox>(dialog.get(), QStringLiteral("skipRejectedCheck"))->setChecked(true);
    REQUIRE(import->isEnabled());
    import->click();
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(dialog->resultText().startsWith(QStringLiteral("coordinateur.xlsx importé : créés : 2")));
    CHECK(scene.actionCount() == before + 2);
    REQUIRE(scene.document.undoStack()->count() == 1);
    scene.document.undoStack()->undo();
    CHECK(scene.actionCount() == before);
}

TEST_CASE("A column mapped by hand changes the dry run and is remembered for the same headers", "[gui][tables]")
{
    Scene scene;
    {
        auto dialog = scene.dialog(QStringLiteral("coordinateur-groupes.csv"), QStringLiteral("groups"));
        auto* summary = child<QLabel>(dialog.get(), QStringLiteral("summaryLabel"));
        CHECK(summary->text().contains(QStringLiteral("créés : 1, mis à jour : 1, rejetés : 3")));
        auto* notes = child<QComboBox>(dialog.get(), QStringLiteral("mappingCombo7")); // "Remarques"
        CHECK(notes->currentData().toString() == QStringLiteral("notes"));
        notes->setCurrentIndex(0); // not imported
        CHECK(summary->text().contains(QStringLiteral("créés : 1, mis à jour : 0, rejetés : 3")));
        // Without the group's name, nothing can be planned, and Import stays off.
        child<QComboBox>(dialog.get(), QStringLiteral("mappingCombo0"))->setCurrentIndex(0);
        CHECK(summary->text().contains(QStringLiteral("aucune colonne pour « Groupe de travail »")));
        CHECK_FALSE(child<QPushButton>(dialog.get(), QStringLiteral("importButton"))->isEnabled());
        auto* name = child<QComboBox>(dialog.get(), QStringLiteral("mappingCombo0"));
        name->setCurrentIndex(name->findData(QStringLiteral("name")));
    }
    auto again = scene.dialog(QStringLiteral("coordinateur-groupes.csv"), QStringLiteral("groups"));
    CHECK(child<QComboBox>(again.get(), QStringLiteral("mappingCombo7"))->currentData().toString().isEmpty());
    // Back to the guess, for the other tests.
    auto* notes = child<QComboBox>(again.get(), QStringLiteral("mappingCombo7"));
    notes->setCurrentIndex(notes->findData(QStringLiteral("notes")));
}

TEST_CASE("A file the assistant cannot read is said in French, and nothing can be imported", "[gui][tables]")
{
    Scene scene;
    auto dialog = scene.dialog(QStringLiteral("bad/guillemet-non-ferme.csv"), QStringLiteral("actions"));
    CHECK(child<QLabel>(dialog.get(), QStringLiteral("summaryLabel"))
              ->text()
              .contains(QStringLiteral("ligne 3 : un guillemet (\") ouvre un champ qui n'est jamais refermé.")));
    CHECK_FALSE(child<QPushButton>(dialog.get(), QStringLiteral("importButton"))->isEnabled());
}

TEST_CASE("grab the table import assistant", "[.grab]")
{
    const QString out = qEnvironmentVariable("PACTE_GRAB_DIR", QDir::tempPath());
    Scene scene;
    auto dialog =
        scene.dialog(QStringLiteral("coordinateur.xlsx"), QStringLiteral("actions"), QStringLiteral("Actions"));
    dialog->resize(980, 720);
    dialog->show();
    QApplication::processEvents();
    CHECK(dialog->grab().save(QDir(out).filePath(QStringLiteral("table-import-dialog.png"))));
}

} // namespace pacte_test_gui_table_import_test
