#include "demowindow.h"

#include "editing/document.h"
#include "guitestutil.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QTest>

namespace pacte::test {

DemoWindow::DemoWindow(const Options& options)
{
    if (options.defaultLayout) {
        QSettings().remove(QStringLiteral("sections"));
        QSettings().remove(QStringLiteral("window"));
    }
    createDatabase(path, true).reset();
    window.resize(1366, 768);
    window.show();
    if (options.wait == Wait::Exposed)
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    if (options.wait == Wait::Active) {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    REQUIRE(window.openFile(path));
    if (!options.edition.isEmpty())
        chooseEdition(window, options.edition);
}

Database& DemoWindow::db()
{
    return window.document()->database();
}

} // namespace pacte::test
