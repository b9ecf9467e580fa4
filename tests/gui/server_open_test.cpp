// File ▸ Open a database on a server (issue 14): the dialog builds the address, the window shows the
// server database as it shows a file, remembers it without password, and a refused one says why.
#include "app/appsettings.h"
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "app/serverdialog.h"
#include "app/serverpassword.h"
#include "common/guitestutil.h"
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/databasecopy.h"
#include "storage/serveraddress.h"

#include <functional>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_server_open_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// Answers each modal window as it opens (a progress dialog is left to run) until destroyed.
class ModalAnswers final
{
public:
    explicit ModalAnswers(std::function<void(QWidget*)> answer)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal && modal->isVisible() && !qobject_cast<QProgressDialog*>(modal))
                m_answer(modal);
        });
        m_timer.start();
    }

private:
    std::function<void(QWidget*)> m_answer;
    QTimer m_timer;
};

// Fills the server dialog with the test cluster's socket folder, `database` and postgres, and accepts.
void fillServerDialog(QWidget* dialog, const QString& database)
{
    auto* host = dialog->findChild<QLineEdit*>(QStringLiteral("serverHostEdit"));
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("serverDatabaseEdit"));
    auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("serverUserEdit"));
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    CHECK(host);
    CHECK(name);
    CHECK(user);
    CHECK(buttons);
    if (!host || !name || !user || !buttons) {
        static_cast<QDialog*>(dialog)->reject();
        return;
    }
    host->setText(PgCluster::instance().socketDirectory());
    name->setText(database);
    user->setText(QStringLiteral("postgres"));
    buttons->button(QDialogButtonBox::Ok)->click();
}

// A server database holding the demo data (copied from a demo file); returns its address.
QString demoOnServer(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("demo-source.pacte"));
    createDatabase(path, true).reset();
    const QString address = PgCluster::instance().createDatabase(QStringLiteral("guiopen"));
    const auto source = Database::open(path, QStringLiteral("testeur"), Database::Access::ReadOnly);
    Database::create(address, QStringLiteral("postgres"), [&](Database& target) {
        copyDatabase(*source, target);
    }).reset();
    return address;
}

int territoryRows(MainWindow& window)
{
    auto* section = qobject_cast<ListSection*>(showSection(window, QStringLiteral("territoriesSection")));
    REQUIRE(section);
    return section->tableView()->model()->rowCount();
}

} // namespace

TEST_CASE("the server dialog builds the address from its fields, never with a password", "[gui][server]")
{
    ServerDialog dialog(ServerDialog::Purpose::Open);
    auto* preview = child<QLineEdit>(&dialog, QStringLiteral("serverAddressPreview"));
    auto* ok = child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    CHECK(child<QSpinBox>(&dialog, QStringLiteral("serverPortSpin"))->value() == 5432);
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("serverUserEdit"))->text() == Database::systemUserName());
    CHECK(preview->isReadOnly());
    CHECK_FALSE(ok->isEnabled()); // no database yet

    child<QLineEdit>(&dialog, QStringLiteral("serverHostEdit"))->setText(QStringLiteral("pg.herault.fr"));
    child<QSpinBox>(&dialog, QStringLiteral("serverPortSpin"))->setValue(5433);
    child<QLineEdit>(&dialog, QStringLiteral("serverDatabaseEdit"))->setText(QStringLiteral("pacte"));
    child<QLineEdit>(&dialog, QStringLiteral("serverUserEdit"))->setText(QStringLiteral("claire"));
    CHECK(ok->isEnabled());
    CHECK(dialog.location() == QStringLiteral("postgresql://claire@pg.herault.fr:5433/pacte"));
    CHECK(preview->text() == dialog.location());

    // A host starting with '/' is the folder of the server's socket.
    child<QLineEdit>(&dialog, QStringLiteral("serverHostEdit"))->setText(QStringLiteral("/var/run/postgresql"));
    const auto socket = ServerAddress::parse(dialog.location());
    REQUIRE(socket);
    CHECK(socket->host == QStringLiteral("/var/run/postgresql"));
    CHECK(socket->port == 5433);
    CHECK(socket->database == QStringLiteral("pacte"));

    // A service alone leaves the server and the port to libpq's service file.
    child<QLineEdit>(&dialog, QStringLiteral("serverHostEdit"))->clear();
    child<QLineEdit>(&dialog, QStringLiteral("serverDatabaseEdit"))->clear();
    child<QLineEdit>(&dialog, QStringLiteral("serverServiceEdit"))->setText(QStringLiteral("pacte34"));
    CHECK(ok->isEnabled());
    const auto service = ServerAddress::parse(dialog.location());
    REQUIRE(service);
    CHECK(service->options == QStringList{QStringLiteral("service=pacte34")});
    CHECK(service->port == -1);
    CHECK(service->host.isEmpty());

    // An address read back fills the fields; its password is not kept.
    ServerDialog again(ServerDialog::Purpose::Open);
    again.setAddress(*ServerAddress::parse(QStringLiteral("postgresql://claire:secret@pg.herault.fr:6000/pacte")));
    CHECK(again.location() == QStringLiteral("postgresql://claire@pg.herault.fr:6000/pacte"));
    CHECK_FALSE(
        child<QLineEdit>(&again, QStringLiteral("serverAddressPreview"))->text().contains(QStringLiteral("secret")));
}

TEST_CASE("File ▸ Open a database on a server shows the server database as a file, remembered without password",
          "[gui][server]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const QString address = demoOnServer(dir);
    const QString name = PgCluster::databaseName(address);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    auto* openServer = child<QAction>(&window, QStringLiteral("openServerAction"));
    CHECK(openServer->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    int dialogs = 0;
    {
        const ModalAnswers answers([&](QWidget* modal) {
            ++dialogs;
            CHECK(modal->objectName() == QStringLiteral("serverDialog"));
            fillServerDialog(modal, name);
        });
        openServer->trigger();
    }
    CHECK(dialogs == 1);
    REQUIRE(window.document() != nullptr);
    const Database& db = window.document()->database();
    CHECK(db.isServer());
    CHECK(db.engine() == Database::Engine::PostgreSQL);
    CHECK_FALSE(db.isReadOnly());
    CHECK(window.windowTitle().contains(db.displayName()));
    CHECK(window.windowTitle().contains(name));
    CHECK(territoryRows(window) == 6);
    CHECK_FALSE(child<QWidget>(&window, QStringLiteral("readOnlyBannerFrame"))->isVisible());
    CHECK_FALSE(child<QWidget>(&window, QStringLiteral("demoNotice"))->isVisible());

    // Remembered as its address (no password), shown by its name.
    const QStringList recent = settings::recentFiles();
    REQUIRE_FALSE(recent.isEmpty());
    CHECK(isServerLocation(recent.first()));
    CHECK(ServerAddress::parse(recent.first())->database == name);
    CHECK(settings::lastFile() == recent.first());
    auto* recentMenu = child<QMenu>(&window, QStringLiteral("recentMenu"));
    REQUIRE_FALSE(recentMenu->actions().isEmpty());
    CHECK(recentMenu->actions().first()->text().contains(db.displayName()));

    // What only a file has: the backups are the administrator's; the copy goes to a file.
    auto* backups = child<QAction>(&window, QStringLiteral("backupsAction"));
    CHECK_FALSE(backups->isEnabled());
    CHECK(containsTranslation(backups->toolTip(), "pacte::MainWindow",
                              "On a server, the database's administrator keeps the backups (pg_dump): see the "
                              "administration guide"));
    CHECK(child<QAction>(&window, QStringLiteral("copyToFileAction"))->isEnabled());
    CHECK(child<QAction>(&window, QStringLiteral("copyToFileAction"))->isVisible());
    CHECK_FALSE(child<QAction>(&window, QStringLiteral("copyToServerAction"))->isVisible());

    // An edit is written on the server.
    QWidget* section = showSection(window, QStringLiteral("territoriesSection"));
    selectRow(section, QStringLiteral("Biterrois"));
    typeInto(child<QLineEdit>(section, QStringLiteral("nameEdit")), QStringLiteral("Biterrois (Béziers)"));
    const PgCluster::Result written = PgCluster::instance().psql(
        name, QStringLiteral("SELECT count(*) FROM territory WHERE name = 'Biterrois (Béziers)'"));
    CHECK(written.out == QStringLiteral("1"));

    // The recent entry opens it again in another window.
    MainWindow other;
    other.show();
    auto* again = child<QMenu>(&other, QStringLiteral("recentMenu"))->actions().value(0);
    REQUIRE(again);
    again->trigger();
    REQUIRE(other.document() != nullptr);
    CHECK(other.document()->database().isServer());
    CHECK(territoryRows(other) == 6);
}

TEST_CASE("a password written in a server address opens it but is never remembered nor shown", "[gui][server]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const QString address = demoOnServer(dir);
    const auto server = ServerAddress::parse(address);
    REQUIRE(server);
    const QString withPassword = QStringLiteral("postgresql://postgres:s3cr3t-pw@/%1?host=%2")
                                     .arg(server->database, PgCluster::instance().socketDirectory());
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(withPassword));
    REQUIRE(window.document()->database().isServer());
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("s3cr3t")));
    CHECK_FALSE(window.document()->filePath().contains(QStringLiteral("s3cr3t")));
    REQUIRE_FALSE(settings::recentFiles().isEmpty());
    CHECK_FALSE(settings::recentFiles().join(QLatin1Char(' ')).contains(QStringLiteral("s3cr3t")));
    CHECK_FALSE(settings::lastFile().contains(QStringLiteral("s3cr3t")));
    CHECK(ServerAddress::parse(settings::lastFile())->database == server->database);
    CHECK(territoryRows(window) == 6);
}

TEST_CASE("a server database that does not exist is refused with a French message and nothing changes", "[gui][server]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    const QString absent = PgCluster::uniqueName(QStringLiteral("absent"));
    QString title;
    QString message;
    {
        const ModalAnswers answers([&](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                title = box->windowTitle();
                message = box->text();
                box->accept();
            } else {
                fillServerDialog(modal, absent);
            }
        });
        child<QAction>(&window, QStringLiteral("openServerAction"))->trigger();
    }
    INFO(message.toStdString());
    CHECK(title == translated("pacte::MainWindow", "Database refused"));
    CHECK(message.contains(absent));
    CHECK(containsTranslation(message, "pacte::Database", "the server has no database « %1 »"));
    // The file stays open, and the refused address is not remembered.
    REQUIRE(window.document() != nullptr);
    CHECK_FALSE(window.document()->database().isServer());
    CHECK(window.windowTitle().contains(QStringLiteral("demo.pacte")));
    for (const QString& entry : settings::recentFiles())
        CHECK_FALSE(entry.contains(absent));
}

TEST_CASE("the server's password is asked, asked again when refused, and a cancel stops quietly", "[gui][server]")
{
    const QString location = QStringLiteral("postgresql://claire@pg.herault.fr/pacte");
    QStringList labels;
    int attempts = 0;
    {
        const ModalAnswers answers([&](QWidget* modal) {
            auto* box = qobject_cast<QInputDialog*>(modal);
            CHECK(box);
            if (!box)
                return;
            CHECK(box->objectName() == QStringLiteral("serverPasswordDialog"));
            CHECK(box->textEchoMode() == QLineEdit::Password);
            labels << box->labelText();
            box->setTextValue(QStringLiteral("secret"));
            box->accept();
        });
        const bool opened = withServerPassword(nullptr, location, [&] {
            ++attempts;
            if (attempts == 1)
                throw PasswordNeeded(QStringLiteral("the server asks for a password"), false);
            if (attempts == 2)
                throw PasswordNeeded(QStringLiteral("the password was refused"), true);
        });
        CHECK(opened);
    }
    CHECK(attempts == 3);
    REQUIRE(labels.size() == 2);
    CHECK(labels.at(0) == translated("pacte::ServerPassword", "Password of %1 for %2:")
                              .arg(QStringLiteral("claire"), QStringLiteral("pacte")));
    CHECK_FALSE(labels.at(0).contains(translated("pacte::ServerPassword", "The previous password was refused.")));
    CHECK(labels.at(1).contains(translated("pacte::ServerPassword", "The previous password was refused.")));
    CHECK(labels.at(1).contains(QStringLiteral("claire")));

    // Cancelling the box: no error, nothing opened.
    int tries = 0;
    bool result = true;
    {
        const ModalAnswers answers([](QWidget* modal) { static_cast<QDialog*>(modal)->reject(); });
        result = withServerPassword(nullptr, location, [&] {
            ++tries;
            throw PasswordNeeded(QStringLiteral("the server asks for a password"), false);
        });
    }
    CHECK_FALSE(result);
    CHECK(tries == 1);
}

// Run: PACTE_GRAB_DIR=/tmp/grabs gui_tests "[.grab]"
TEST_CASE("grab the server dialog, to open and to copy", "[.grab]")
{
    const QString out = qEnvironmentVariable("PACTE_GRAB_DIR", QDir::tempPath());
    for (const auto purpose : {ServerDialog::Purpose::Open, ServerDialog::Purpose::CopyTarget}) {
        ServerDialog dialog(purpose);
        dialog.setAddress(*ServerAddress::parse(QStringLiteral("postgresql://claire@pg.herault.fr:5432/pacte")));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        const QString name =
            purpose == ServerDialog::Purpose::Open ? QStringLiteral("server-dialog") : QStringLiteral("server-copy");
        REQUIRE(dialog.grab().save(QDir(out).filePath(name + QStringLiteral(".png"))));
    }
}

} // namespace pacte_test_gui_server_open_test
