// File ▸ Copy to a server and File ▸ Copy to a file (issue 14): the copy through the menus, its check
// after the copy, the copy opened on request, and a target that already holds records refused.
#include "app/mainwindow.h"
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
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_server_copy_test {

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

void fillServerDialog(QWidget* dialog, const QString& database)
{
    auto* host = dialog->findChild<QLineEdit*>(QStringLiteral("serverHostEdit"));
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("serverDatabaseEdit"));
    auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("serverUserEdit"));
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    CHECK(dialog->objectName() == QStringLiteral("serverDialog"));
    CHECK((host && name && user && buttons));
    if (!host || !name || !user || !buttons) {
        static_cast<QDialog*>(dialog)->reject();
        return;
    }
    host->setText(PgCluster::instance().socketDirectory());
    name->setText(database);
    user->setText(QStringLiteral("postgres"));
    buttons->button(QDialogButtonBox::Ok)->click();
}

// What the result box said, and which button was clicked.
struct Result
{
    QString title;
    QString text;
    QString details;
};

// Reads the result box (or a warning) and closes it, opening the copy when `open`.
void answerResult(QMessageBox* box, Result& result, bool open)
{
    result.title = box->windowTitle();
    result.text = box->text();
    result.details = box->informativeText();
    if (auto* openCopy = box->findChild<QPushButton*>(QStringLiteral("openCopyButton")); openCopy && open)
        openCopy->click();
    else if (QAbstractButton* close = box->button(QMessageBox::Close))
        close->click();
    else
        box->accept();
}

QStringList compare(const QString& a, const QString& b)
{
    const auto left = Database::open(a, QStringLiteral("postgres"), Database::Access::ReadOnly);
    const auto right = Database::open(b, QStringLiteral("postgres"), Database::Access::ReadOnly);
    return compareDatabases(*left, *right);
}

} // namespace

TEST_CASE("File ▸ Copy to a server copies the open file into an empty server database, checked identical",
          "[gui][server][copy]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    const QString address = PgCluster::instance().createDatabase(QStringLiteral("guicopy"));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    auto* copyToServer = child<QAction>(&window, QStringLiteral("copyToServerAction"));
    CHECK(copyToServer->isEnabled());
    CHECK(copyToServer->isVisible());
    CHECK_FALSE(child<QAction>(&window, QStringLiteral("copyToFileAction"))->isVisible());

    Result result;
    {
        const ModalAnswers answers([&](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal))
                answerResult(box, result, false);
            else
                fillServerDialog(modal, PgCluster::databaseName(address));
        });
        copyToServer->trigger();
    }
    INFO(result.text.toStdString() << "\n" << result.details.toStdString());
    CHECK(result.text == translated("pacte::MainWindow", "Copy verified: identical."));
    // The window keeps the file; the server database equals it.
    CHECK_FALSE(window.document()->database().isServer());
    CHECK(compare(path, address).isEmpty());
    const auto server = Database::open(address, QStringLiteral("postgres"));
    CHECK(server->databaseUuid() == window.document()->database().databaseUuid());
}

// Presses Stop on each progress dialog as soon as it shows.
class StopProgress final : public QObject
{
public:
    StopProgress() { qApp->installEventFilter(this); }
    ~StopProgress() override { qApp->removeEventFilter(this); }
    StopProgress(const StopProgress&) = delete;
    StopProgress& operator=(const StopProgress&) = delete;
    int stopped = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            if (auto* progress = qobject_cast<QProgressDialog*>(watched)) {
                ++stopped;
                QMetaObject::invokeMethod(progress, &QProgressDialog::cancel, Qt::QueuedConnection);
            }
        }
        return false;
    }
};

TEST_CASE("Stop during a copy to a server leaves the server database empty, without an error", "[gui][server][copy]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    const QString address = PgCluster::instance().createDatabase(QStringLiteral("guistop"));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    QStringList boxes;
    StopProgress stop;
    {
        const ModalAnswers answers([&](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                boxes << box->text();
                box->accept();
            } else {
                fillServerDialog(modal, PgCluster::databaseName(address));
            }
        });
        child<QAction>(&window, QStringLiteral("copyToServerAction"))->trigger();
    }
    CHECK(stop.stopped > 0);
    INFO(boxes.join(QLatin1Char('\n')).toStdString());
    CHECK(boxes.isEmpty());
    CHECK(window.statusBar()->currentMessage() ==
          translated("pacte::MainWindow", "Copy stopped: nothing was changed."));
    // Nothing was left on the server: not even the schema.
    const PgCluster::Result tables = PgCluster::instance().psql(
        PgCluster::databaseName(address), QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    CHECK(tables.out == QStringLiteral("0"));
}

TEST_CASE("File ▸ Copy to a server refuses a database that already holds records and changes nothing",
          "[gui][server][copy]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    const QString other = dir.path(QStringLiteral("other.pacte"));
    createDatabase(other, true).reset();
    // The target holds another database's records.
    const QString address = PgCluster::instance().createDatabase(QStringLiteral("guifull"));
    {
        const auto source = Database::open(other, QStringLiteral("testeur"), Database::Access::ReadOnly);
        Database::create(address, QStringLiteral("postgres"), [&](Database& t) { copyDatabase(*source, t); }).reset();
    }
    REQUIRE(compare(other, address).isEmpty());

    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    Result result;
    {
        const ModalAnswers answers([&](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal))
                answerResult(box, result, false);
            else
                fillServerDialog(modal, PgCluster::databaseName(address));
        });
        child<QAction>(&window, QStringLiteral("copyToServerAction"))->trigger();
    }
    INFO(result.text.toStdString());
    CHECK(result.title == translated("pacte::MainWindow", "Copy not made"));
    CHECK(containsTranslation(result.text, "pacte::DatabaseCopy", "%1 already holds records"));
    CHECK(containsTranslation(result.text, "pacte::DatabaseCopy", "Nothing was changed."));
    CHECK(compare(other, address).isEmpty());
}

TEST_CASE("File ▸ Copy to a file copies the server database into a new file, checked, and opens it",
          "[gui][server][copy]")
{
    PACTE_REQUIRE_POSTGRES();
    TempDir dir;
    const QString source = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(source, true).reset();
    const QString address = PgCluster::instance().createDatabase(QStringLiteral("guiback"));
    {
        const auto file = Database::open(source, QStringLiteral("testeur"), Database::Access::ReadOnly);
        Database::create(address, QStringLiteral("postgres"), [&](Database& t) { copyDatabase(*file, t); }).reset();
    }
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(address));
    REQUIRE(window.document()->database().isServer());
    auto* copyToFile = child<QAction>(&window, QStringLiteral("copyToFileAction"));
    REQUIRE(copyToFile->isEnabled());

    const QString target = dir.path(QStringLiteral("retour.pacte"));
    Result result;
    {
        const ModalAnswers answers([&](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                answerResult(box, result, true);
            } else if (auto* files = qobject_cast<QFileDialog*>(modal)) {
                // The name typed in its field: selectFile() leaves the field alone once it has the focus.
                auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                CHECK(name);
                if (name)
                    name->setText(target);
                static_cast<QDialog*>(files)->accept();
            } else {
                FAIL_CHECK("unexpected window " << modal->metaObject()->className());
                modal->close();
            }
        });
        copyToFile->trigger();
    }
    INFO(result.text.toStdString() << "\n" << result.details.toStdString());
    CHECK(result.text == translated("pacte::MainWindow", "Copy verified: identical."));
    REQUIRE(QFile::exists(target));
    // "Open the copy": the window now shows the new file.
    REQUIRE(window.document() != nullptr);
    CHECK_FALSE(window.document()->database().isServer());
    CHECK(window.windowTitle().contains(QStringLiteral("retour.pacte")));
    CHECK(compare(target, address).isEmpty());
    CHECK(compare(target, source).isEmpty());
}

} // namespace pacte_test_gui_server_copy_test
