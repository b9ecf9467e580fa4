// What the window says of storage failures (issue 13): opening a file whose change a killed writer
// left half-made (undone; or, on read-only media, why it cannot be), a file held by a pacte-cli
// command, a report written to a full disk, a sheet imported into a read-only database, and long
// values shortened in the sheet import's preview.
#include "app/mainwindow.h"
#include "app/reports/reportdialog.h"
#include "app/sheets/sheetimportdialog.h"
#include "app/sheets/sheetimportflow.h"
#include "common/guitestutil.h"
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetwriter.h"
#include "storage/databaselock.h"
#include "storage/repository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QTreeWidget>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_storage_messages_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// The text of the next message box, which is closed.
void readNextMessage(QString* text)
{
    QTimer::singleShot(50, [text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        }
    });
}

} // namespace

TEST_CASE("Opening a file left in the middle of a change undoes the change", "[gui][storage]")
{
    TempDir dir;
    const QString original = dir.path(QStringLiteral("origine.pacte"));
    createDatabase(original, true).reset();
    const qint64 territories = TerritoryRepository(*Database::open(original, QStringLiteral("t"))).count();
    const QString path = dir.path(QStringLiteral("interrompu.pacte"));
    leaveInterruptedChange(original, path);

    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    CHECK_FALSE(window.document()->isReadOnly());
    CHECK(TerritoryRepository(window.document()->database()).count() == territories);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("Opening a file left in the middle of a change on read-only media says why it cannot be", "[gui][storage]")
{
    SmallFileSystem disk(8 * 1024 * 1024);
    if (!disk.mounted())
        return;
    TempDir dir;
    const QString original = dir.path(QStringLiteral("origine.pacte"));
    createDatabase(original, true).reset();
    const QString path = disk.path(QStringLiteral("interrompu.pacte"));
    leaveInterruptedChange(original, path);
    const QByteArray before = fileBytes(path);
    disk.setReadOnly(true);

    MainWindow window;
    window.show();
    QString message;
    readNextMessage(&message);
    CHECK_FALSE(window.openFile(path));
    INFO(message.toStdString());
    CHECK(message.startsWith(QStringLiteral("Le fichier interrompu.pacte ne peut pas être ouvert : une modification y "
                                            "a été interrompue")));
    CHECK(message.contains(QStringLiteral("le disque ou le partage est en lecture seule")));
    CHECK(message.contains(QStringLiteral("Copiez interrompu.pacte avec interrompu.pacte-journal")));
    disk.setReadOnly(false);
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A file held by a pacte-cli command opens read-only with a banner naming the command", "[gui][storage]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    DatabaseLock::setProgram(QStringLiteral("pacte-cli import-sheet"));
    auto holder = Database::open(path, QStringLiteral("Claire Martin"));
    DatabaseLock::setProgram({});

    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    auto* banner = child<QLabel>(&window, QStringLiteral("readOnlyBanner"));
    INFO(banner->text().toStdString());
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("la commande pacte-cli import-sheet, lancée par Claire Martin")));

    // Importing a sheet into it says why it cannot be, and what to do.
    QString message;
    readNextMessage(&message);
    CHECK(importSheetInto(*window.document(), dir.path(QStringLiteral("fiche.json")), &window).isEmpty());
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("la commande pacte-cli import-sheet")));
    CHECK(message.contains(QStringLiteral("Attendez la fin de la commande, puis réessayez.")));
}

TEST_CASE("The report dialog says a full disk, and leaves no file", "[gui][storage]")
{
    SmallFileSystem disk(1024 * 1024);
    if (!disk.mounted())
        return;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    REQUIRE(window.openFile(path));
    window.show();
    child<QAction>(&window, QStringLiteral("copilReportAction"))->trigger();
    auto* dialog = child<ReportDialog>(&window, QStringLiteral("reportDialog"));
    disk.fill();
    const QString report = disk.path(QStringLiteral("copil.pdf"));
    const QString message = dialog->saveTo(report);
    INFO(message.toStdString());
    CHECK(message.startsWith(QStringLiteral("Le rapport ") + report +
                             QStringLiteral(" n'a pas pu être écrit : le disque est plein. Aucun fichier n'a été "
                                            "laissé sous ce nom.")));
    disk.unfill();
    CHECK(QDir(disk.path(QStringLiteral("."))).entryList(QDir::Files | QDir::Hidden).isEmpty());
    dialog->close();
}

TEST_CASE("The sheet import's preview shortens a long value", "[gui][storage]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);
    const std::string objective = "Un objectif très long. " + std::string(400000, 'o');
    byUuid(sheet["group"]["actions"], f.garageUuid)["objectives"] = objective;
    Document document(std::move(f.db));
    SheetImport import(document.database(), dumpJson(sheet), QStringLiteral("fiche.json"));
    SheetImportDialog dialog(document, import);
    auto* tree = child<QTreeWidget>(&dialog, QStringLiteral("changesTree"));
    QStringList cells;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        cells << (*it)->text(2);
    const auto shortened = std::find_if(cells.cbegin(), cells.cend(), [](const QString& cell) {
        return cell.startsWith(QStringLiteral("Un objectif très long."));
    });
    REQUIRE(shortened != cells.cend());
    CHECK(shortened->endsWith(QStringLiteral("… (400023 caractères)")));
    CHECK(shortened->size() < 250);
}

} // namespace pacte_test_gui_storage_messages_test
