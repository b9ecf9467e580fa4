// Fichier ▸ Chiffres déclarés par le pacte…: the coordinator records what the pact declares, the
// dashboard says it beside the records, and the change is one undo step (issue #15).
#include "app/common/historydialog.h"
#include "app/editions/declaredcountsdialog.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/changelog.h"
#include "storage/editionloader.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_declared_counts_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct Scene
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("demo.pacte"));
    MainWindow window;

    Scene()
    {
        createDatabase(path, true).reset();
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(path));
        chooseEdition(window, QStringLiteral("PTI 2017-2021"));
    }
    Database& db() { return window.document()->database(); }
    Edition edition() { return *findEditionByTitle(db(), QStringLiteral("PTI 2017-2021")); }
};

void pressOk(QDialog* dialog)
{
    child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST_CASE("The dashboard gives the recorded partners out of the signatories the pact declares", "[gui][declared]")
{
    Scene scene;
    showSection(scene.window, QStringLiteral("dashboardSection"));
    auto* declared = child<QLabel>(&scene.window, QStringLiteral("dashboardDeclared"));
    REQUIRE(waitUntil([&] { return declared->isVisible(); }));
    CHECK(declared->text().contains(QStringLiteral("6 partenaires enregistrés sur 31 signataires déclarés")));
    CHECK(declared->text().contains(QStringLiteral("Chiffre déclaré par le pacte")));

    chooseEdition(scene.window, QStringLiteral("PTI 2022-2025"));
    REQUIRE(waitUntil([&] { return !declared->isVisible(); }));
}

TEST_CASE("The declared figure is edited from the File menu, undone in one step", "[gui][declared]")
{
    Scene scene;
    const Edition before = scene.edition();
    REQUIRE(before.declaredSignatories);
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<DeclaredCountsDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        seen = true;
        CHECK(child<QCheckBox>(dialog, QStringLiteral("declaredSignatoriesCheck"))->isChecked());
        auto* value = child<QSpinBox>(dialog, QStringLiteral("declaredSignatoriesEdit"));
        CHECK(value->value() == 31);
        value->setValue(32);
        auto* source = child<QLineEdit>(dialog, QStringLiteral("declaredSignatoriesSourceEdit"));
        source->clear();
        QTest::keyClicks(source, QStringLiteral("§1.2, page 4"));
        pressOk(dialog);
    });
    child<QAction>(&scene.window, QStringLiteral("declaredCountsAction"))->trigger();
    REQUIRE(seen);
    const Edition after = scene.edition();
    REQUIRE(after.declaredSignatories);
    CHECK(after.declaredSignatories->value == 32);
    CHECK(after.declaredSignatories->source == QStringLiteral("§1.2, page 4"));
    CHECK(after.declaredSignatories->quote == before.declaredSignatories->quote);
    // Logged as an edit of the edition by the coordinator.
    const auto history = ChangeLog(scene.db()).forEntity(before.uuid);
    CHECK(std::any_of(history.cbegin(), history.cend(), [](const ChangeEntry& entry) {
        return entry.field == QStringLiteral("declaredSignatories") && entry.oldValue == QStringLiteral("31") &&
               entry.newValue == QStringLiteral("32") && entry.source == QStringLiteral("editor");
    }));
    // The history names the fields in French.
    CHECK(fieldLabel(QStringLiteral("declaredSignatories")) == QStringLiteral("Signataires déclarés"));
    CHECK(fieldLabel(QStringLiteral("declaredSignatoriesSource")) ==
          QStringLiteral("Signataires déclarés : où dans le pacte"));

    showSection(scene.window, QStringLiteral("dashboardSection"));
    auto* declared = child<QLabel>(&scene.window, QStringLiteral("dashboardDeclared"));
    REQUIRE(waitUntil([&] { return declared->text().contains(QStringLiteral("sur 32 signataires déclarés")); }));

    child<QAction>(&scene.window, QStringLiteral("undoAction"))->trigger();
    CHECK(scene.edition() == before);
    REQUIRE(waitUntil([&] { return declared->text().contains(QStringLiteral("sur 31 signataires déclarés")); }));
    child<QAction>(&scene.window, QStringLiteral("redoAction"))->trigger();
    CHECK(scene.edition().declaredSignatories->value == 32);
}

TEST_CASE("A declared figure without its quote is refused in French, nothing written", "[gui][declared]")
{
    Scene scene;
    const QByteArray bytes = fileBytes(scene.path);
    QString said;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<DeclaredCountsDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        child<QPlainTextEdit>(dialog, QStringLiteral("declaredSignatoriesQuoteEdit"))->clear();
        child<QSpinBox>(dialog, QStringLiteral("declaredSignatoriesEdit"))->setValue(0);
        pressOk(dialog);
        CHECK(dialog->isVisible());
        said = child<QLabel>(dialog, QStringLiteral("validationLabel"))->text();
        dialog->reject();
    });
    child<QAction>(&scene.window, QStringLiteral("declaredCountsAction"))->trigger();
    CHECK(said.contains(QStringLiteral("Un chiffre déclaré doit être compris entre 1 et 9999.")));
    CHECK(said.contains(QStringLiteral("Un chiffre déclaré doit citer sa source")));
    CHECK(scene.window.document()->undoStack()->count() == 0);
    CHECK(fileBytes(scene.path) == bytes);
}

} // namespace pacte_test_gui_declared_counts_test
