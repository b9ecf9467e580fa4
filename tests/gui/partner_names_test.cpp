// A partner's names over time in its form (issue #15): the quick search finds a former name, a name
// added renames the partner in one undo step, and a history that cannot be read is refused in French.
#include "app/common/historydialog.h"
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_partner_names_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct Scene
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("demo.pacte"));
    MainWindow window;
    ListSection* section = nullptr;

    Scene()
    {
        createDatabase(path, true).reset();
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(path));
        chooseEdition(window, QStringLiteral("PTI 2022-2025"));
        section = qobject_cast<ListSection*>(showSection(window, QStringLiteral("partnersSection")));
        REQUIRE(section != nullptr);
    }
    Database& db() { return window.document()->database(); }
    Partner partner()
    {
        const auto partners =
            recordsWhere<Partner>(db(), QStringLiteral("category = ?"), {QStringLiteral("france_travail")});
        REQUIRE(partners.size() == 1);
        return partners.first();
    }
    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < section->proxy()->rowCount(); ++row)
            names << section->proxy()->index(row, 0).data().toString();
        return names;
    }
    QStringList history() const
    {
        auto* list = child<QTreeWidget>(section, QStringLiteral("nameHistoryList"));
        QStringList rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows << list->topLevelItem(i)->text(0) + QLatin1Char(' ') + list->topLevelItem(i)->text(1);
        return rows;
    }
    void addName(const QString& name, const QDate& date)
    {
        auto* edit = child<QLineEdit>(section, QStringLiteral("newNameEdit"));
        edit->setText(name);
        child<QDateEdit>(section, QStringLiteral("newNameDateEdit"))->setDate(date);
        child<QPushButton>(section, QStringLiteral("addNameButton"))->click();
    }
};

} // namespace

TEST_CASE("The quick search finds a partner by a former name, the form lists its names", "[gui][names]")
{
    Scene scene;
    auto* search = child<QLineEdit>(&scene.window, QStringLiteral("quickSearch"));
    search->setText(QStringLiteral("pole emploi"));
    CHECK(scene.shownNames() == QStringList{QStringLiteral("France Travail")});
    search->setText(QStringLiteral("france travail"));
    CHECK(scene.shownNames() == QStringList{QStringLiteral("France Travail")});
    search->clear();

    REQUIRE(scene.section->openItem(scene.partner().uuid));
    CHECK(scene.history() ==
          QStringList{QStringLiteral("Pôle emploi 19 décembre 2008"), QStringLiteral("France Travail 1 janvier 2024")});
}

TEST_CASE("A name added renames the partner, undone in one step", "[gui][names]")
{
    Scene scene;
    const Partner before = scene.partner();
    REQUIRE(scene.section->openItem(before.uuid));
    const int steps = scene.window.document()->undoStack()->count();
    scene.addName(QStringLiteral("France Travail Occitanie"), QDate(2026, 3, 1));
    const Partner after = scene.partner();
    CHECK(after.name == QStringLiteral("France Travail Occitanie"));
    REQUIRE(after.nameHistory.size() == 3);
    CHECK(after.nameHistory.last().effectiveFrom == QDate(2026, 3, 1));
    CHECK(child<QLineEdit>(scene.section, QStringLiteral("nameEdit"))->text() ==
          QStringLiteral("France Travail Occitanie"));
    CHECK(scene.window.document()->undoStack()->count() == steps + 1);
    CHECK(fieldLabel(QStringLiteral("nameHistory")) == QStringLiteral("Noms successifs"));

    child<QAction>(&scene.window, QStringLiteral("undoAction"))->trigger();
    CHECK(scene.partner() == before);
    REQUIRE(waitUntil([&] { return scene.history().size() == 2; }));
    child<QAction>(&scene.window, QStringLiteral("redoAction"))->trigger();
    CHECK(scene.partner().name == QStringLiteral("France Travail Occitanie"));

    // Removing the latest name gives the partner back its previous one.
    child<QAction>(&scene.window, QStringLiteral("undoAction"))->trigger();
    REQUIRE(waitUntil([&] { return scene.history().size() == 2; }));
    auto* list = child<QTreeWidget>(scene.section, QStringLiteral("nameHistoryList"));
    list->setCurrentItem(list->topLevelItem(1));
    child<QPushButton>(scene.section, QStringLiteral("removeNameButton"))->click();
    CHECK(scene.partner().name == QStringLiteral("Pôle emploi"));
    CHECK(scene.partner().nameHistory.size() == 1);
}

TEST_CASE("Two names on one day or a date out of range are refused in French, nothing written", "[gui][names]")
{
    Scene scene;
    const Partner before = scene.partner();
    REQUIRE(scene.section->openItem(before.uuid));
    const QByteArray bytes = fileBytes(scene.path);
    const int steps = scene.window.document()->undoStack()->count();
    auto* messages = child<QLabel>(scene.section, QStringLiteral("validationMessages"));

    scene.addName(QStringLiteral("France Travail Hérault"), QDate(2024, 1, 1));
    CHECK(messages->isVisible());
    CHECK(messages->text().contains(QStringLiteral("Deux noms prennent effet le même jour (1 janvier 2024)")));
    CHECK(scene.partner() == before);

    // Taken out again, then a date no pact could mean.
    auto* list = child<QTreeWidget>(scene.section, QStringLiteral("nameHistoryList"));
    list->setCurrentItem(list->topLevelItem(2));
    child<QPushButton>(scene.section, QStringLiteral("removeNameButton"))->click();
    CHECK(scene.partner() == before);
    scene.addName(QStringLiteral("France Travail 3000"), QDate(2999, 1, 1));
    CHECK(messages->text().contains(QStringLiteral("doit prendre effet entre 1900 et 2100")));
    CHECK(scene.partner() == before);
    CHECK(scene.window.document()->undoStack()->count() == steps);
    CHECK(fileBytes(scene.path) == bytes);
}

} // namespace pacte_test_gui_partner_names_test
