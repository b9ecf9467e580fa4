#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_territories_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("a territory is renamed in its editor, then undone and redone", "[gui][territories]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    QWidget* section = showSection(window, QStringLiteral("territoriesSection"));
    selectRow(section, QStringLiteral("Biterrois"));
    typeInto(child<QLineEdit>(section, QStringLiteral("nameEdit")), QStringLiteral("Biterrois et Hauts Cantons"));

    TerritoryRepository repository(window.document()->database());
    const auto names = [&] {
        QStringList list;
        for (const auto& t : repository.all())
            list << t.name;
        return list;
    };
    CHECK(names().contains(QStringLiteral("Biterrois et Hauts Cantons")));
    CHECK_FALSE(names().contains(QStringLiteral("Biterrois")));

    child<QAction>(&window, QStringLiteral("undoAction"))->trigger();
    CHECK(names().contains(QStringLiteral("Biterrois")));
    child<QAction>(&window, QStringLiteral("redoAction"))->trigger();
    CHECK(names().contains(QStringLiteral("Biterrois et Hauts Cantons")));
}

TEST_CASE("an empty territory name is refused with a message and nothing is written", "[gui][territories]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    QWidget* section = showSection(window, QStringLiteral("territoriesSection"));
    selectRow(section, QStringLiteral("Petite Camargue"));
    typeInto(child<QLineEdit>(section, QStringLiteral("nameEdit")), QString());
    auto* messages = child<QLabel>(section, QStringLiteral("validationMessages"));
    CHECK(messages->isVisible());
    CHECK_FALSE(messages->text().isEmpty());
    const auto territory = recordsWhere<Territory>(window.document()->database(), QStringLiteral("name = ?"),
                                                   {QStringLiteral("Petite Camargue")});
    CHECK(territory.size() == 1);
    CHECK_FALSE(window.document()->undoStack()->canUndo());
}

TEST_CASE("after a field is saved the keyboard stays in the next field", "[gui][territories]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(window.openFile(path));
    QWidget* section = showSection(window, QStringLiteral("territoriesSection"));
    selectRow(section, QStringLiteral("Biterrois"));
    auto* name = child<QLineEdit>(section, QStringLiteral("nameEdit"));
    auto* diagnostic = child<QPlainTextEdit>(section, QStringLiteral("diagnosticEdit"));
    name->setFocus();
    name->setText(QStringLiteral("Biterrois-Béziers"));
    diagnostic->setFocus(); // leaving the name saves it
    QCoreApplication::processEvents();
    CHECK(countWhere<Territory>(window.document()->database(), QStringLiteral("name = ?"),
                                {QStringLiteral("Biterrois-Béziers")}) == 1);
    CHECK(diagnostic->hasFocus());
    CHECK(name->text() == QStringLiteral("Biterrois-Béziers"));
}

} // namespace pacte_test_gui_territories_test
