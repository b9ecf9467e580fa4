// A real password exchange in the window (team mode, issue 14): the test cluster makes the roles of
// PgCluster::createPasswordRole give their password (scram-sha-256); the password box, filled as a user
// would, opens the database, and a wrong password is refused and asked again.
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/databasecopy.h"
#include "storage/serverrights.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_server_password {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("the password box opens a server database that asks for one, and asks again after a wrong one",
          "[gui][server]")
{
    PACTE_REQUIRE_POSTGRES();
    PgCluster& cluster = PgCluster::instance();
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo-source.pacte"));
    createDatabase(path, true).reset();
    const QString address = cluster.createDatabase(QStringLiteral("guipassword"));
    const QString database = PgCluster::databaseName(address);
    // Typed with QTest::keyClicks, which knows ASCII keys only.
    const QString password = QStringLiteral("Mot de passe 2026 !");
    const QString marie = cluster.createPasswordRole(QStringLiteral("marie"), password);
    {
        const auto source = Database::open(path, QStringLiteral("testeur"), Database::Access::ReadOnly);
        auto admin = Database::create(address, QStringLiteral("postgres"),
                                      [&](Database& target) { copyDatabase(*source, target); });
        serverrights::install(*admin);
        serverrights::grant(*admin, marie, serverrights::Role::Coordinator, {});
    }
    // Without a password, the server refuses her.
    CHECK_THROWS_AS(Database::open(cluster.url(database, marie), marie), PasswordNeeded);

    QStringList labels;
    QStringList others;
    const QStringList typed{QStringLiteral("mauvais"), password};
    QTimer answers;
    answers.setInterval(20);
    QObject::connect(&answers, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        auto* box = qobject_cast<QInputDialog*>(modal);
        if (!box) {
            others << modal->objectName();
            static_cast<QDialog*>(modal)->reject();
            return;
        }
        labels << box->labelText();
        auto* edit = box->findChild<QLineEdit*>();
        CHECK(edit);
        if (!edit) {
            box->reject();
            return;
        }
        CHECK(edit->echoMode() == QLineEdit::Password);
        // Typed, as she would, then Enter.
        edit->setFocus();
        QTest::keyClicks(edit, typed.value(labels.size() - 1, QStringLiteral("encore")));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    answers.start();
    MainWindow window;
    window.show();
    const bool opened = window.openFile(cluster.url(database, marie));
    answers.stop();
    CHECK(others.isEmpty());
    REQUIRE(opened);
    REQUIRE(labels.size() == 2);
    CHECK_FALSE(labels.at(0).contains(translated("pacte::ServerPassword", "The previous password was refused.")));
    CHECK(labels.at(0).contains(marie));
    CHECK(labels.at(1).contains(translated("pacte::ServerPassword", "The previous password was refused.")));
    REQUIRE(window.document() != nullptr);
    const Database& db = window.document()->database();
    CHECK(db.isServer());
    CHECK(db.userName() == marie);
    CHECK_FALSE(db.isReadOnly());
    CHECK_FALSE(db.path().contains(password));
    CHECK(child<QLabel>(&window, QStringLiteral("serverRoleLabel"))->text().contains(marie));
}

} // namespace pacte_test_gui_server_password
