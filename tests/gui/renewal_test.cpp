// File ▸ New edition from…: the preview chooses what is carried over, the renewal is one undo step,
// and the new edition's dashboard and action sheets say what came from the earlier one.
#include "app/renewal/renewaldialog.h"
#include "common/guitestutil.h"
#include "common/renewalfixture.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/editionloader.h"
#include "storage/renewal.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_renewal_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QTreeWidgetItem* itemNamed(QTreeWidget* tree, const QString& text)
{
    const auto found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    INFO(text.toStdString());
    REQUIRE(found.size() == 1);
    return found.first();
}

struct Scene
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("pti.pacte"));
    MainWindow window;

    Scene()
    {
        auto db = createDatabase(path, true);
        addRenewalScene(*db);
        db.reset();
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(path));
        chooseEdition(window, QStringLiteral("PTI 2022-2025"));
    }
    Database& db() { return window.document()->database(); }
};

// Types into a line edit without Return, which would press the dialog's default button.
void typeTitle(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    REQUIRE(edit->text() == text);
}

} // namespace

TEST_CASE("Renewing an edition carries over what the coordinator ticked, undone in one step", "[gui][renewal]")
{
    Scene scene;
    const auto partnersBefore = PartnerRepository(scene.db()).all();
    const int editionsBefore = EditionRepository(scene.db()).count();
    const int actionsBefore = ActionRepository(scene.db()).count();
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<RenewalDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        seen = true;
        CHECK(child<QComboBox>(dialog, QStringLiteral("renewalSourceCombo"))->currentText() ==
              QStringLiteral("PTI 2022-2025"));
        auto* title = child<QLineEdit>(dialog, QStringLiteral("renewalTitleEdit"));
        CHECK(title->text() == QStringLiteral("PTI 2026-2029")); // as long as the edition renewed
        CHECK(child<QDateEdit>(dialog, QStringLiteral("renewalStartEdit"))->date() == QDate(2026, 1, 1));
        typeTitle(title, QStringLiteral("PTI 2026-2030"));
        child<QDateEdit>(dialog, QStringLiteral("renewalEndEdit"))->setDate(QDate(2030, 12, 31));
        auto* tree = child<QTreeWidget>(dialog, QStringLiteral("renewalTree"));
        // Only what goes on is offered: not the completed or running actions, nor the closed group.
        CHECK(tree->findItems(QStringLiteral("Plateforme mobilité"), Qt::MatchRecursive).isEmpty());
        CHECK(tree->findItems(QStringLiteral("Levée des freins"), Qt::MatchRecursive).isEmpty());
        itemNamed(tree, QStringLiteral("4. Renforcer le système de pilotage"))->setCheckState(0, Qt::Unchecked);
        itemNamed(tree, QStringLiteral("Illectronisme"))->setCheckState(0, Qt::Unchecked);
        // An action goes only with its group.
        CHECK(itemNamed(tree, QStringLiteral("Ateliers numériques"))->isDisabled());
        CHECK_FALSE(itemNamed(tree, QStringLiteral("Garage solidaire"))->isDisabled());
        auto* freeze = child<QCheckBox>(dialog, QStringLiteral("renewalFreezeCheck"));
        CHECK(freeze->isChecked());
        freeze->setChecked(false);
        const QString summary = child<QLabel>(dialog, QStringLiteral("renewalSummaryLabel"))->text();
        CHECK(summary.contains(QStringLiteral("3 axes")));
        CHECK(summary.contains(QStringLiteral("11 partenaires à signer")));
        CHECK(summary.contains(QStringLiteral("1 groupe de travail")));
        CHECK(summary.contains(QStringLiteral("1 action reconduite")));
        child<QPushButton>(dialog, QStringLiteral("renewalOkButton"))->click();
    });
    child<QAction>(&scene.window, QStringLiteral("renewEditionAction"))->trigger();
    REQUIRE(seen);

    Database& db = scene.db();
    const auto edition = findEditionByTitle(db, QStringLiteral("PTI 2026-2030"));
    REQUIRE(edition);
    CHECK(scene.window.currentEdition() == edition->id);
    CHECK(AxisRepository(db).countOfEdition(edition->id) == 3);
    const auto groups = WorkingGroupRepository(db).ofEdition(edition->id);
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().name == QStringLiteral("Mobilité"));
    const auto actions = ActionRepository(db).ofEdition(edition->id);
    REQUIRE(actions.size() == 1);
    CHECK(actions.first().title == QStringLiteral("Garage solidaire"));
    CHECK(actions.first().continuesId != NoId);
    CHECK(findRenewal(db, edition->id)->partners == 11);
    CHECK(findRenewal(db, edition->id)->frozenFinalYear == 0); // unticked

    // The dashboard says what was carried over.
    showSection(scene.window, QStringLiteral("dashboardSection"));
    auto* notice = child<QLabel>(&scene.window, QStringLiteral("dashboardRenewal"));
    REQUIRE(waitUntil([&] { return notice->isVisible(); }));
    CHECK(notice->text().contains(QStringLiteral("Repris de PTI 2022-2025")));
    CHECK(notice->text().contains(QStringLiteral("3 axes, 11 partenaires à signer, 1 groupe de travail et 1 action "
                                                 "reconduite")));

    // The action's sheet says where it comes from.
    QWidget* section = showSection(scene.window, QStringLiteral("actionsSection"));
    selectRow(section, QStringLiteral("Garage solidaire"));
    auto* continues = child<QLabel>(section, QStringLiteral("continuesLabel"));
    CHECK(continues->isVisible());
    CHECK(continues->text() == QStringLiteral("Suite de « Garage solidaire » de PTI 2022-2025 (en cours alors)."));

    // One step undoes it all.
    child<QAction>(&scene.window, QStringLiteral("undoAction"))->trigger();
    CHECK_FALSE(findEditionByTitle(db, QStringLiteral("PTI 2026-2030")));
    CHECK(EditionRepository(db).count() == editionsBefore);
    CHECK(PartnerRepository(db).all() == partnersBefore);
    CHECK(ActionRepository(db).count() == actionsBefore);
    child<QAction>(&scene.window, QStringLiteral("redoAction"))->trigger();
    CHECK(findEditionByTitle(db, QStringLiteral("PTI 2026-2030")));
    CHECK(ActionRepository(db).count() == actionsBefore + 1);
}

TEST_CASE("The renewal preview refuses a title in use and an overlap, and stays open", "[gui][renewal]")
{
    Scene scene;
    const QByteArray before = fileBytes(scene.path);
    QStringList said;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<RenewalDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        auto* ok = child<QPushButton>(dialog, QStringLiteral("renewalOkButton"));
        auto* message = child<QLabel>(dialog, QStringLiteral("renewalValidationLabel"));
        typeTitle(child<QLineEdit>(dialog, QStringLiteral("renewalTitleEdit")), QStringLiteral("PTI 2017-2021"));
        ok->click();
        CHECK(dialog->isVisible());
        said << message->text();
        typeTitle(child<QLineEdit>(dialog, QStringLiteral("renewalTitleEdit")), QStringLiteral("PTI 2025-2029"));
        child<QDateEdit>(dialog, QStringLiteral("renewalStartEdit"))->setDate(QDate(2025, 7, 1));
        ok->click();
        CHECK(dialog->isVisible());
        said << message->text();
        dialog->reject();
    });
    child<QAction>(&scene.window, QStringLiteral("renewEditionAction"))->trigger();
    REQUIRE(said.size() == 2);
    CHECK(said.at(0) == QStringLiteral("Une édition s'appelle déjà « PTI 2017-2021 » : choisissez un autre titre."));
    CHECK(said.at(1).startsWith(QStringLiteral("La nouvelle édition doit commencer après la fin de PTI 2022-2025")));
    CHECK(EditionRepository(scene.db()).count() == 2);
    CHECK(scene.window.document()->undoStack()->count() == 0);
    CHECK(fileBytes(scene.path) == before);
}

} // namespace pacte_test_gui_renewal_test
