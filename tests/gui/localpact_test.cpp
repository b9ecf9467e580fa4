// The territory screen's « Pacte local » tab (issue 20): a coordinator writes a territory's diagnosis,
// adds two priorities in their dialog, moves the second up, writes the year's review; each is stored in
// the database as one undo step, and undo takes them back in order.
#include "app/mainwindow.h"
#include "app/territories/localprioritydialog.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/editionloader.h"
#include "storage/localpactstore.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_localpact_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// Fills the priority dialog when it opens: its title, and the first axis ticked if asked.
void answerPriorityDialog(const QString& title, bool tickFirstAxis)
{
    QTimer::singleShot(0, [title, tickFirstAxis] {
        auto* dialog = qobject_cast<LocalPriorityDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("priorityTitleEdit"))->setText(title);
        auto* axes = dialog->findChild<QListWidget*>(QStringLiteral("priorityAxesList"));
        REQUIRE(axes->count() > 0);
        if (tickFirstAxis)
            axes->item(0)->setCheckState(Qt::Checked);
        dialog->accept();
    });
}

} // namespace

TEST_CASE("a territory's local pact is written in its tab, stored and undone", "[gui][territories][localpact]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    QWidget* section = showSection(window, QStringLiteral("territoriesSection"));
    chooseEdition(window, QStringLiteral("PTI 2022-2025"));
    selectRow(section, QStringLiteral("Biterrois"));
    auto* tabs = child<QTabWidget>(section, QStringLiteral("territoryTabs"));
    tabs->setCurrentWidget(child<QWidget>(section, QStringLiteral("localPactPage")));
    Database& db = window.document()->database();
    const Id editionId = findEditionByTitle(db, QStringLiteral("PTI 2022-2025"))->id;
    const Id territoryId =
        recordsWhere<Territory>(db, QStringLiteral("name = ?"), {QStringLiteral("Biterrois")}).constFirst().id;
    const auto stored = [&] { return findLocalPact(db, editionId, territoryId); };
    QUndoStack& stack = *window.document()->undoStack();
    const int steps = stack.count();

    CHECK(child<QLabel>(section, QStringLiteral("localPactTitleLabel"))->text().contains(QStringLiteral("Biterrois")));
    typeInto(child<QPlainTextEdit>(section, QStringLiteral("localPactDiagnosisEdit")),
             QStringLiteral("Chômage de longue durée élevé, offre de transport faible."));
    REQUIRE(stored().has_value());
    CHECK(stored()->diagnosis == QStringLiteral("Chômage de longue durée élevé, offre de transport faible."));

    answerPriorityDialog(QStringLiteral("Mobilité"), true);
    QTest::mouseClick(child<QPushButton>(section, QStringLiteral("addPriorityButton")), Qt::LeftButton);
    answerPriorityDialog(QStringLiteral("Accès au numérique"), false);
    QTest::mouseClick(child<QPushButton>(section, QStringLiteral("addPriorityButton")), Qt::LeftButton);
    REQUIRE(stored()->priorities.size() == 2);
    CHECK(stored()->priorities.at(0).axisIds.size() == 1);
    auto* list = child<QListWidget>(section, QStringLiteral("localPrioritiesList"));
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("1. Mobilité")));

    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(section, QStringLiteral("movePriorityUpButton")), Qt::LeftButton);
    CHECK(stored()->priorities.at(0).title == QStringLiteral("Accès au numérique"));
    CHECK(stored()->priorities.at(1).rank == 2);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("1. Accès au numérique")));

    auto* year = child<QComboBox>(section, QStringLiteral("reviewYearCombo"));
    REQUIRE(year->count() == 4); // 2022 to 2025
    year->setCurrentIndex(year->findData(2023));
    typeInto(child<QPlainTextEdit>(section, QStringLiteral("reviewProgressEdit")),
             QStringLiteral("Une plateforme mobilité a ouvert à Béziers."));
    REQUIRE(stored()->review(2023) != nullptr);
    CHECK(stored()->review(2023)->progress == QStringLiteral("Une plateforme mobilité a ouvert à Béziers."));
    CHECK(stack.count() == steps + 5);

    // Undo, one step at a time: the review, the move, the second and the first priority, the diagnosis.
    auto* undo = child<QAction>(&window, QStringLiteral("undoAction"));
    undo->trigger();
    CHECK(stored()->review(2023) == nullptr);
    CHECK(child<QPlainTextEdit>(section, QStringLiteral("reviewProgressEdit"))->toPlainText().isEmpty());
    undo->trigger();
    CHECK(stored()->priorities.at(0).title == QStringLiteral("Mobilité"));
    undo->trigger();
    undo->trigger();
    CHECK(stored()->priorities.isEmpty());
    CHECK(list->count() == 0);
    undo->trigger();
    CHECK_FALSE(stored().has_value());
    child<QAction>(&window, QStringLiteral("redoAction"))->trigger();
    CHECK(stored()->diagnosis == QStringLiteral("Chômage de longue durée élevé, offre de transport faible."));
}

} // namespace pacte_test_gui_localpact_test
