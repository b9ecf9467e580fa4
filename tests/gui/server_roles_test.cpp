// Who the user is on a server (team mode, issue 14): the status bar names her role, a reader's window is
// read-only and writes nothing, a territorial referent is told what she may change and sees the partners
// read-only, the coordinator changes everything. Roles set up as pacte-cli server-init and server-grant do.
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/databasecopy.h"
#include "storage/serverrights.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_server_roles {

using namespace pacte;
using namespace pacte::test;

namespace {

// The demo data on a server database with Pacte's rights, and one user of each role.
struct RolesScene
{
    QString database;
    QString coordinator = PgCluster::uniqueName(QStringLiteral("claire"));
    QString referent = PgCluster::uniqueName(QStringLiteral("lea"));
    QString reader = PgCluster::uniqueName(QStringLiteral("paul"));

    explicit RolesScene(const TempDir& dir)
    {
        const QString path = dir.path(QStringLiteral("demo-source.pacte"));
        createDatabase(path, true).reset();
        const QString address = PgCluster::instance().createDatabase(QStringLiteral("guiroles"));
        database = PgCluster::databaseName(address);
        const auto source = Database::open(path, QStringLiteral("testeur"), Database::Access::ReadOnly);
        auto admin = Database::create(address, QStringLiteral("postgres"),
                                      [&](Database& target) { copyDatabase(*source, target); });
        serverrights::install(*admin);
        serverrights::grant(*admin, coordinator, serverrights::Role::Coordinator, {});
        serverrights::grant(*admin, referent, serverrights::Role::Referent,
                            {QStringLiteral("Étang de Thau"), QStringLiteral("Biterrois")});
        serverrights::grant(*admin, reader, serverrights::Role::Reader, {});
    }

    QString url(const QString& user) const { return PgCluster::instance().url(database, user); }
    int changeLogRows() const
    {
        return PgCluster::instance().psql(database, QStringLiteral("SELECT count(*) FROM change_log")).out.toInt();
    }
};

// Shows the section and selects its first row; returns the section.
QWidget* showFirstRow(MainWindow& window, const QString& section)
{
    auto* list = qobject_cast<ListSection*>(showSection(window, section));
    REQUIRE(list);
    QTableView* table = list->tableView();
    REQUIRE(table->model()->rowCount() > 0);
    table->setCurrentIndex(table->model()->index(0, 0));
    return list;
}

// Grabs the window into PACTE_GRAB_DIR (the temporary folder by default), once the status bar's labels
// are checked whole.
void grab(MainWindow& window, const QString& name)
{
    for (const QString& label : {QStringLiteral("serverRoleLabel"), QStringLiteral("statusFile")}) {
        INFO(label.toStdString());
        auto* shown = child<QLabel>(&window, label);
        CHECK(shown->width() >= shown->sizeHint().width());
    }
    const QString out = qEnvironmentVariable("PACTE_GRAB_DIR", QDir::tempPath());
    window.grab().save(QDir(out).filePath(name));
}

} // namespace

TEST_CASE("a reader's window on a server is read-only, says why, and writes nothing", "[gui][server]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const RolesScene scene(dir);
    const int logged = scene.changeLogRows();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(scene.url(scene.reader)));
    const Database& db = window.document()->database();
    CHECK(db.isReadOnly());
    REQUIRE(db.serverRights());
    CHECK(db.serverRights()->role == serverrights::Role::Reader);

    auto* label = child<QLabel>(&window, QStringLiteral("serverRoleLabel"));
    INFO(label->text().toStdString());
    CHECK(label->isVisible());
    CHECK(label->text().contains(scene.reader));
    CHECK(label->text().contains(scene.database));
    CHECK(containsTranslation(label->text(), "pacte::MainWindow", "Server %1 — %2 (read-only)"));
    CHECK(child<QWidget>(&window, QStringLiteral("readOnlyBannerFrame"))->isVisible());
    CHECK(child<QLabel>(&window, QStringLiteral("readOnlyBanner"))->text() ==
          translated("pacte::MainWindow", "You are viewing this database for reading: your role on the server does "
                                          "not allow you to change it."));
    CHECK_FALSE(child<QWidget>(&window, QStringLiteral("reopenWritableButton"))->isVisible());
    CHECK_FALSE(child<QWidget>(&window, QStringLiteral("serverRightsNotice"))->isVisible());
    CHECK(
        window.windowTitle().contains(translated("pacte::MainWindow", "%1 (read-only) — Pacte").arg(db.displayName())));
    CHECK_FALSE(child<QAction>(&window, QStringLiteral("addItemAction"))->isEnabled());
    CHECK_FALSE(child<QAction>(&window, QStringLiteral("importSheetAction"))->isEnabled());

    // Every editor read-only: no edit is even attempted.
    chooseEdition(window, QStringLiteral("PTI 2017-2021")); // the demo's groups
    for (const QString& section :
         {QStringLiteral("partnersSection"), QStringLiteral("territoriesSection"), QStringLiteral("groupsSection")}) {
        INFO(section.toStdString());
        QWidget* shown = showFirstRow(window, section);
        auto* name = child<QLineEdit>(shown, QStringLiteral("nameEdit"));
        CHECK_FALSE(name->isEnabled());
        typeInto(name, QStringLiteral("Changé par un lecteur"));
    }
    CHECK(window.document()->undoStack()->count() == 0);
    CHECK(scene.changeLogRows() == logged);
    CHECK(PgCluster::instance()
              .psql(scene.database, QStringLiteral("SELECT count(*) FROM partner WHERE name LIKE 'Changé%'"))
              .out == QStringLiteral("0"));
    grab(window, QStringLiteral("pacte-server-reader.png"));
}

TEST_CASE("a referent's window names her territories, keeps partners read-only and her groups editable",
          "[gui][server]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const RolesScene scene(dir);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(scene.url(scene.referent)));
    const Database& db = window.document()->database();
    CHECK_FALSE(db.isReadOnly());
    REQUIRE(db.serverRights());
    CHECK(db.serverRights()->role == serverrights::Role::Referent);
    CHECK(db.serverRights()->territories == QStringList{QStringLiteral("Biterrois"), QStringLiteral("Étang de Thau")});

    auto* label = child<QLabel>(&window, QStringLiteral("serverRoleLabel"));
    INFO(label->text().toStdString());
    CHECK(label->text() == translated("pacte::MainWindow", "Server %1 — %2 (referent: %3)")
                               .arg(QStringLiteral("localhost/") + scene.database, scene.referent,
                                    QStringLiteral("Biterrois, Étang de Thau")));
    CHECK_FALSE(child<QWidget>(&window, QStringLiteral("readOnlyBannerFrame"))->isVisible());
    auto* notice = child<QWidget>(&window, QStringLiteral("serverRightsNotice"));
    CHECK(notice->isVisible());
    const QString noticeText = child<QLabel>(notice, QStringLiteral("serverRightsNoticeLabel"))->text();
    CHECK(noticeText.contains(QStringLiteral("Biterrois, Étang de Thau")));
    CHECK(containsTranslation(noticeText, "pacte::MainWindow",
                              "Territorial referent (%1): you may change the working groups, actions, indicators and "
                              "meetings of your territories; everything else is read-only for you. The server checks "
                              "each change."));
    // The editions are the coordinator's, as the sheets' return and a table's import are.
    CHECK_FALSE(child<QAction>(&window, QStringLiteral("importSheetAction"))->isEnabled());
    CHECK_FALSE(child<QAction>(&window, QStringLiteral("importTableAction"))->isEnabled());
    CHECK(window.document()->mayChange(Entity::Action));
    CHECK_FALSE(window.document()->mayChange(Entity::Partner));

    const int logged = scene.changeLogRows();
    QWidget* partners = showFirstRow(window, QStringLiteral("partnersSection"));
    auto* partnerName = child<QLineEdit>(partners, QStringLiteral("nameEdit"));
    CHECK_FALSE(partnerName->isEnabled());
    typeInto(partnerName, QStringLiteral("Changé par une référente"));
    CHECK(window.document()->undoStack()->count() == 0);
    CHECK(scene.changeLogRows() == logged);
    QWidget* territories = showFirstRow(window, QStringLiteral("territoriesSection"));
    CHECK_FALSE(child<QLineEdit>(territories, QStringLiteral("nameEdit"))->isEnabled());
    chooseEdition(window, QStringLiteral("PTI 2017-2021")); // the demo's groups
    QWidget* groups = showFirstRow(window, QStringLiteral("groupsSection"));
    CHECK(child<QLineEdit>(groups, QStringLiteral("nameEdit"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(groups, QStringLiteral("exportSheetsButton"))->isEnabled());
    grab(window, QStringLiteral("pacte-server-referent.png"));

    // A new group is made in one of her territories (the server would refuse another), and stays hers.
    const int groupsBefore =
        PgCluster::instance().psql(scene.database, QStringLiteral("SELECT count(*) FROM working_group")).out.toInt();
    QTest::mouseClick(child<QPushButton>(groups, QStringLiteral("addGroupButton")), Qt::LeftButton);
    CHECK(
        PgCluster::instance().psql(scene.database, QStringLiteral("SELECT count(*) FROM working_group")).out.toInt() ==
        groupsBefore + 1);
    const QString territoryOfNew =
        PgCluster::instance()
            .psql(scene.database, QStringLiteral("SELECT t.name FROM working_group g JOIN group_territory gt ON "
                                                 "gt.group_id = g.id JOIN territory t ON t.id = gt.territory_id "
                                                 "ORDER BY g.id DESC LIMIT 1"))
            .out.trimmed();
    CHECK(db.serverRights()->territories.contains(territoryOfNew));
}

TEST_CASE("the coordinator's window says coordination and edits partners", "[gui][server]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const RolesScene scene(dir);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(scene.url(scene.coordinator)));
    auto* label = child<QLabel>(&window, QStringLiteral("serverRoleLabel"));
    CHECK(label->text() == translated("pacte::MainWindow", "Server %1 — %2 (coordination)")
                               .arg(QStringLiteral("localhost/") + scene.database, scene.coordinator));
    CHECK_FALSE(child<QWidget>(&window, QStringLiteral("serverRightsNotice"))->isVisible());
    CHECK_FALSE(child<QWidget>(&window, QStringLiteral("readOnlyBannerFrame"))->isVisible());
    CHECK(child<QAction>(&window, QStringLiteral("importSheetAction"))->isEnabled());
    CHECK(child<QAction>(&window, QStringLiteral("importTableAction"))->isEnabled());
    QWidget* partners = showFirstRow(window, QStringLiteral("partnersSection"));
    auto* partnerName = child<QLineEdit>(partners, QStringLiteral("nameEdit"));
    CHECK(partnerName->isEnabled());
    typeInto(partnerName, QStringLiteral("Partenaire renommé"));
    CHECK(PgCluster::instance()
              .psql(scene.database, QStringLiteral("SELECT count(*) FROM partner WHERE name = 'Partenaire renommé'"))
              .out == QStringLiteral("1"));

    // A file shows no server label.
    const QString file = dir.path(QStringLiteral("fichier.pacte"));
    createDatabase(file, false).reset();
    REQUIRE(window.openFile(file));
    CHECK(label->text().isEmpty());
    CHECK_FALSE(child<QWidget>(&window, QStringLiteral("serverRightsNotice"))->isVisible());
}

} // namespace pacte_test_gui_server_roles
