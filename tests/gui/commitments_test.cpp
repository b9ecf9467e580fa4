// A signatory's commitments in its form (issue 20, point 3): one added with its links is stored with
// the partner in one undo step, undone and redone; one removed is one step too.
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/renewalfixture.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/recordquery.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_commitments_test {

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
        // The demo's 2022-2025 has no action yet: the renewal scene gives it some.
        auto db = createDatabase(path, true);
        addRenewalScene(*db);
        db.reset();
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
    int rows(const QString& table)
    {
        SqlQuery query(db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        query.exec();
        REQUIRE(query.next());
        return query.integer(0);
    }
    void trigger(const QString& action) { child<QAction>(&window, action)->trigger(); }
};

void checkFirst(QListWidget* list)
{
    REQUIRE(list->count() > 0);
    list->item(0)->setCheckState(Qt::Checked);
}

} // namespace

TEST_CASE("A commitment added with its links is one undo step of the partner", "[gui][commitments]")
{
    Scene scene;
    const Partner before = scene.partner();
    REQUIRE(scene.section->openItem(before.uuid));
    auto* panel = child<QGroupBox>(scene.section, QStringLiteral("commitmentsPanel"));
    CHECK(panel->title() == QStringLiteral("Engagements dans PTI 2022-2025"));
    CHECK(child<QLabel>(panel, QStringLiteral("commitmentsHint"))->text() ==
          QStringLiteral("Aucun engagement inscrit dans cette édition."));
    const int steps = scene.window.document()->undoStack()->count();

    auto* add = child<QPushButton>(panel, QStringLiteral("addCommitmentButton"));
    REQUIRE(add->isEnabled());
    add->click();
    auto* dialog = child<QDialog>(panel, QStringLiteral("commitmentDialog"));
    const QString text = QStringLiteral("Nommer un ou plusieurs référents PTI au sein de sa structure");
    child<QPlainTextEdit>(dialog, QStringLiteral("commitmentTextEdit"))->setPlainText(text);
    auto* axes = child<QListWidget>(dialog, QStringLiteral("commitmentAxesList"));
    auto* themes = child<QListWidget>(dialog, QStringLiteral("commitmentThemesList"));
    auto* actions = child<QListWidget>(dialog, QStringLiteral("commitmentActionsList"));
    checkFirst(axes);
    checkFirst(themes);
    checkFirst(actions);
    const Id axis = axes->item(0)->data(Qt::UserRole).value<Id>();
    const Id action = actions->item(0)->data(Qt::UserRole).value<Id>();
    child<QPushButton>(dialog, QStringLiteral("commitmentOkButton"))->click();

    const Partner after = scene.partner();
    REQUIRE(after.commitments.size() == 1);
    const Commitment& c = after.commitments.first();
    CHECK(c.text == text);
    CHECK(c.axisIds == QList<Id>{axis});
    CHECK(c.themeIds.size() == 1);
    CHECK(c.actionIds == QList<Id>{action});
    CHECK(scene.rows(QStringLiteral("commitment")) == 1);
    CHECK(scene.rows(QStringLiteral("commitment_action")) == 1);
    CHECK(scene.window.document()->undoStack()->count() == steps + 1);
    auto* list = child<QListWidget>(panel, QStringLiteral("commitmentsList"));
    REQUIRE(waitUntil([&] { return list->count() == 1; }));
    CHECK(list->item(0)->text().startsWith(text));
    CHECK(list->item(0)->text().contains(QStringLiteral("Axes\u00a0: ")));

    scene.trigger(QStringLiteral("undoAction"));
    CHECK(scene.partner() == before);
    CHECK(scene.rows(QStringLiteral("commitment")) == 0);
    CHECK(scene.rows(QStringLiteral("commitment_axis")) == 0);
    REQUIRE(waitUntil([&] { return list->count() == 0; }));

    scene.trigger(QStringLiteral("redoAction"));
    CHECK(scene.partner().commitments == after.commitments);
    REQUIRE(waitUntil([&] { return list->count() == 1; }));

    // Removed: one more step, and the links go with it.
    list->setCurrentRow(0);
    child<QPushButton>(panel, QStringLiteral("removeCommitmentButton"))->click();
    CHECK(scene.partner().commitments.isEmpty());
    CHECK(scene.rows(QStringLiteral("commitment_theme")) == 0);
    CHECK(scene.window.document()->undoStack()->count() == steps + 2);
}

TEST_CASE("A partner that has not signed the edition cannot commit to it", "[gui][commitments]")
{
    Scene scene;
    Partner partner = scene.partner();
    SqlQuery query(scene.db(), QStringLiteral("SELECT id FROM edition WHERE title = 'PTI 2022-2025'"));
    query.exec();
    REQUIRE(query.next());
    const Id edition = query.id(0);
    partner.signatures.removeIf([&](const Signature& s) { return s.editionId == edition; });
    PartnerRepository(scene.db()).update(partner);
    scene.window.document()->undoStack()->clear();
    REQUIRE(scene.section->openItem(partner.uuid));
    auto* panel = child<QGroupBox>(scene.section, QStringLiteral("commitmentsPanel"));
    REQUIRE(waitUntil([&] { return !child<QPushButton>(panel, QStringLiteral("addCommitmentButton"))->isEnabled(); }));
    CHECK(child<QLabel>(panel, QStringLiteral("commitmentsHint"))
              ->text()
              .startsWith(QStringLiteral("Un engagement est celui d'un signataire")));
}

} // namespace pacte_test_gui_commitments_test
