#include "app/appsettings.h"
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/changelog.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_mainwindow_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QString demoFile(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    return path;
}

} // namespace

TEST_CASE("a file held by another instance opens read-only with a banner naming the holder", "[gui][mainwindow]")
{
    TempDir dir;
    const QString path = demoFile(dir);
    auto holder = Database::open(path, QStringLiteral("Claire Martin"));
    REQUIRE_FALSE(holder->isReadOnly());

    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    auto* banner = child<QLabel>(&window, QStringLiteral("readOnlyBanner"));
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Claire Martin")));
    CHECK(window.document()->isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("demo.pacte")));

    // An edit is refused with a message, and nothing is written.
    const QByteArray before = fileBytes(path);
    QWidget* section = showSection(window, QStringLiteral("territoriesSection"));
    selectRow(section, QStringLiteral("Biterrois"));
    CHECK_FALSE(child<QLineEdit>(section, QStringLiteral("nameEdit"))->isEnabled());
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a refused file shows its message and stays byte for byte as it was", "[gui][mainwindow]")
{
    TempDir dir;
    for (const char* name : {"foreign.pacte", "truncated.pacte", "newer.pacte", "text.pacte", "empty.pacte"}) {
        const QString path = dir.path(QString::fromLatin1(name));
        REQUIRE(QFile::copy(testDataPath(QStringLiteral("files/") + QString::fromLatin1(name)), path));
        const QByteArray before = fileBytes(path);
        MainWindow window;
        window.show();
        QString message;
        QTimer::singleShot(0, [&message] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                message = box->text();
                box->accept();
            }
        });
        CHECK_FALSE(window.openFile(path));
        INFO(name);
        CHECK_FALSE(message.isEmpty());
        CHECK(message.contains(QString::fromLatin1(name)));
        CHECK(window.document() == nullptr);
        CHECK(fileBytes(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    }
}

TEST_CASE("the change log records the display name set in the preferences", "[gui][mainwindow]")
{
    TempDir dir;
    const QString path = demoFile(dir);
    settings::setDisplayName(QStringLiteral("Claire Martin"));
    {
        MainWindow window;
        window.show();
        REQUIRE(window.openFile(path));
        QWidget* section = showSection(window, QStringLiteral("territoriesSection"));
        selectRow(section, QStringLiteral("Biterrois"));
        typeInto(child<QLineEdit>(section, QStringLiteral("nameEdit")), QStringLiteral("Biterrois (Béziers)"));
        const auto territory = recordsWhere<Territory>(window.document()->database(), QStringLiteral("name = ?"),
                                                       {QStringLiteral("Biterrois (Béziers)")});
        REQUIRE(territory.size() == 1);
        const auto entries = ChangeLog(window.document()->database()).forEntity(territory.first().uuid);
        REQUIRE_FALSE(entries.isEmpty());
        CHECK(entries.first().userName == QStringLiteral("Claire Martin"));
        CHECK(entries.first().field == QStringLiteral("name"));
        CHECK(entries.first().oldValue == QStringLiteral("Biterrois"));
        CHECK(entries.first().newValue == QStringLiteral("Biterrois (Béziers)"));
    }
    settings::setDisplayName({});
    // Reopening the file finds the change there.
    MainWindow again;
    REQUIRE(again.openFile(settings::lastFile()));
    CHECK(countWhere<Territory>(again.document()->database(), QStringLiteral("name = ?"),
                                {QStringLiteral("Biterrois (Béziers)")}) == 1);
}

TEST_CASE("the quick search ignores accents and case", "[gui][mainwindow]")
{
    TempDir dir;
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(demoFile(dir)));
    auto* section = qobject_cast<ListSection*>(showSection(window, QStringLiteral("territoriesSection")));
    REQUIRE(section);
    QAbstractItemModelTester tester(section->tableView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* search = child<QLineEdit>(&window, QStringLiteral("quickSearch"));
    QTest::keyClicks(search, QStringLiteral("montpellierain"));
    CHECK(section->tableView()->model()->rowCount() == 1);
    CHECK(section->tableView()->model()->index(0, 0).data().toString() == QStringLiteral("Montpelliérain"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("COEUR"));
    CHECK(section->tableView()->model()->rowCount() == 1);
    search->clear();
    CHECK(section->tableView()->model()->rowCount() == 6);
}

TEST_CASE("a new edition is created from its action beside the selector and can be undone", "[gui][mainwindow]")
{
    TempDir dir;
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(demoFile(dir)));
    auto* combo = child<QComboBox>(&window, QStringLiteral("editionCombo"));
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        title->setText(QStringLiteral("PTI 2026-2029"));
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    });
    child<QAction>(&window, QStringLiteral("newEditionAction"))->trigger();
    EditionRepository editions(window.document()->database());
    REQUIRE(editions.count() == 3);
    CHECK(combo->currentText() == QStringLiteral("PTI 2026-2029"));
    child<QAction>(&window, QStringLiteral("undoAction"))->trigger();
    CHECK(editions.count() == 2);
    child<QAction>(&window, QStringLiteral("redoAction"))->trigger();
    CHECK(editions.count() == 3);
}

} // namespace pacte_test_gui_mainwindow_test
