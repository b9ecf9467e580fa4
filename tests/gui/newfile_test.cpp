// A new file begins with its département, territories, edition and axes (File ▸ New's assistant);
// Qt's own dialogs speak French (issue #22).
#include "app/mainwindow.h"
#include "app/newfileassistant.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/repository.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_newfile_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("A new file starts with its département, territories, edition and axes", "[gui][newfile]")
{
    TempDir dir;
    MainWindow window;
    window.show();
    NewFileAssistant assistant(&window);
    assistant.show();
    child<QLineEdit>(&assistant, QStringLiteral("departementEdit"))->setText(QStringLiteral("Gard"));
    child<QPlainTextEdit>(&assistant, QStringLiteral("territoriesEdit"))
        ->setPlainText(QStringLiteral("Nîmes Métropole\nCévennes\n\nCévennes\nCamargue gardoise"));
    assistant.next();
    CHECK(assistant.currentId() == 1);
    child<QLineEdit>(&assistant, QStringLiteral("titleEdit"))->setText(QStringLiteral("PTI 2025-2028"));
    child<QDateEdit>(&assistant, QStringLiteral("startEdit"))->setDate(QDate(2025, 1, 1));
    child<QDateEdit>(&assistant, QStringLiteral("endEdit"))->setDate(QDate(2028, 12, 31));
    assistant.next();
    child<QPlainTextEdit>(&assistant, QStringLiteral("axesEdit"))
        ->setPlainText(QStringLiteral("Lever les freins\nAccompagner vers l'emploi"));
    const NewFilePlan plan = assistant.plan();
    CHECK(plan.territories == QStringList{QStringLiteral("Nîmes Métropole"), QStringLiteral("Cévennes"),
                                          QStringLiteral("Camargue gardoise")});
    CHECK(plan.edition.departement == QStringLiteral("Gard"));

    REQUIRE(window.createNewFile(dir.path(QStringLiteral("gard.pacte")), plan));
    Database& db = window.document()->database();
    CHECK(TerritoryRepository(db).count() == 3);
    const auto editions = EditionRepository(db).all();
    REQUIRE(editions.size() == 1);
    CHECK(editions.first().title == QStringLiteral("PTI 2025-2028"));
    CHECK(window.currentEdition() == editions.first().id);
    const auto axes = AxisRepository(db).ofEdition(editions.first().id);
    REQUIRE(axes.size() == 2);
    CHECK(axes.at(1).number == 2);
    // Not a dead end: a working group can be added at once.
    auto* groups = showSection(window, QStringLiteral("groupsSection"));
    QTest::mouseClick(child<QPushButton>(groups, QStringLiteral("addGroupButton")), Qt::LeftButton);
    CHECK(WorkingGroupRepository(db).count() == 1);
}

TEST_CASE("Qt's own dialogs speak French", "[gui][translations]")
{
    // The file dialog's "Type" column of a folder, which qtbase_fr 6.4 leaves English.
    CHECK(QCoreApplication::translate("QAbstractFileIconProvider", "Folder", "All other platforms") ==
          QStringLiteral("Dossier"));
    CHECK(QFileIconProvider().type(QFileInfo(QDir::tempPath())) == QStringLiteral("Dossier"));
    // And Qt's own translation is loaded for the rest.
    CHECK(QCoreApplication::translate("QFileDialog", "Look in:") != QStringLiteral("Look in:"));
    CHECK(QCoreApplication::translate("QWizard", "&Finish") != QStringLiteral("&Finish"));
}

// Not run by default: `PACTE_GRAB_DIR=/tmp/grabs gui_tests "[.grab]"` saves the assistant's pages.
TEST_CASE("grab the new-file assistant", "[.grab]")
{
    const QString out = qEnvironmentVariable("PACTE_GRAB_DIR", QDir::tempPath());
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    NewFileAssistant assistant(&window);
    assistant.show();
    for (int page = 0; page < 3; ++page) {
        QApplication::processEvents();
        assistant.grab().save(QStringLiteral("%1/newfile-%2.png").arg(out).arg(page + 1));
        if (page == 0) {
            child<QLineEdit>(&assistant, QStringLiteral("departementEdit"))->setText(QStringLiteral("Gard"));
            child<QPlainTextEdit>(&assistant, QStringLiteral("territoriesEdit"))
                ->setPlainText(QStringLiteral("Nîmes Métropole\nCévennes"));
        } else if (page == 1) {
            child<QLineEdit>(&assistant, QStringLiteral("titleEdit"))->setText(QStringLiteral("PTI 2025-2028"));
        }
        if (page < 2)
            assistant.next();
    }
}

} // namespace pacte_test_gui_newfile_test
