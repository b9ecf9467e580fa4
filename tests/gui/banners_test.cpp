// The banners. A file open read-only: nothing offers to create or change (buttons and menus), the
// banner offers "Reopen for writing", and the window opens the file for writing by itself once the
// other window has closed it. The demonstration file says what it is (issue #22).
#include "app/demodatabase.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_banners_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// Every "New…" entry point: the sections' buttons, and the menus' entries.
QStringList enabledEntryPoints(MainWindow& window)
{
    QStringList enabled;
    for (auto* button : window.findChildren<QPushButton*>()) {
        const QString name = button->objectName();
        if (((name.startsWith(QStringLiteral("add")) && name.endsWith(QStringLiteral("Button"))) ||
             name == QStringLiteral("exportSheetsButton")) &&
            button->isEnabled())
            enabled << name;
    }
    for (const char* name :
         {"addItemAction", "deleteItemAction", "newEditionAction", "renewEditionAction", "importSheetAction"}) {
        if (child<QAction>(&window, QString::fromLatin1(name))->isEnabled())
            enabled << QString::fromLatin1(name);
    }
    return enabled;
}

} // namespace

TEST_CASE("Read-only: no entry point creates anything, and the file reopens for writing", "[gui][readonly]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    auto holder = Database::open(path, QStringLiteral("Claire Martin"));
    REQUIRE_FALSE(holder->isReadOnly());

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    REQUIRE(window.document()->isReadOnly());
    chooseEdition(window, QStringLiteral("PTI 2017-2021"));
    const Id edition = window.currentEdition();
    for (const char* section : {"partnersSection", "personsSection", "territoriesSection", "axesSection",
                                "groupsSection", "actionsSection", "meetingsSection"})
        showSection(window, QString::fromLatin1(section));
    CHECK(enabledEntryPoints(window).isEmpty());

    auto* banner = child<QLabel>(&window, QStringLiteral("readOnlyBanner"));
    auto* reopen = child<QPushButton>(&window, QStringLiteral("reopenWritableButton"));
    CHECK(banner->isVisible());
    CHECK(reopen->isVisible());

    // Still held: reopening says so, and the file stays read-only.
    QString said;
    QTimer::singleShot(0, [&said] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    reopen->click();
    CHECK(said.contains(QStringLiteral("demo.pacte")));
    CHECK(window.document()->isReadOnly());

    // The other window closes the file: the banner goes, the file is open for writing, on the same
    // edition and section.
    holder.reset();
    for (int waited = 0; window.document()->isReadOnly() && waited < 6000; waited += 100)
        QTest::qWait(100);
    REQUIRE_FALSE(window.document()->isReadOnly());
    CHECK_FALSE(banner->isVisible());
    CHECK(window.currentEdition() == edition);
    CHECK(child<QWidget>(&window, QStringLiteral("meetingsSection"))->isVisible());
    CHECK(enabledEntryPoints(window).contains(QStringLiteral("addMeetingButton")));
    CHECK(enabledEntryPoints(window).contains(QStringLiteral("newEditionAction")));
    CHECK(enabledEntryPoints(window).contains(QStringLiteral("renewEditionAction")));
}

TEST_CASE("The demonstration file says what it is", "[gui][demo]")
{
    const QString demo = ensureDemoDatabase();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(demo));
    auto* notice = child<QWidget>(&window, QStringLiteral("demoNotice"));
    CHECK(notice->isVisible());
    TempDir dir;
    const QString other = dir.path(QStringLiteral("mine.pacte"));
    createDatabase(other).reset();
    REQUIRE(window.openFile(other));
    CHECK_FALSE(notice->isVisible());
    REQUIRE(window.openFile(demo));
    CHECK(notice->isVisible());
    child<QPushButton>(&window, QStringLiteral("demoDismissButton"))->click();
    CHECK_FALSE(notice->isVisible());
}

} // namespace pacte_test_gui_banners_test
