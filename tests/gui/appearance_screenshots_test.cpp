// Hidden test case (tag [.appearance-screenshots]) that saves a grab of every section at 1366×768 in
// French, in English, in a dark palette and at 200 % text (issue #17), for a person to look at.
// Run: PACTE_SCREENSHOT_DIR=/tmp/shots gui_tests "[.appearance-screenshots]"
#include "app/common/section.h"
#include "app/mainwindow.h"
#include "common/appearance.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/translations.h"

#include <QApplication>
#include <QDir>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_appearance_screenshots_test {

using namespace pacte;
using namespace pacte::test;

namespace {

void grabEverySection(const QString& out, const QString& variant)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    chooseEdition(window, QStringLiteral("PTI 2017-2021"));
    for (Section* section : window.sections()) {
        window.showSection(section->id());
        QTest::qWait(80); // a list opens its first item once shown
        window.grab().save(QStringLiteral("%1/%2-%3.png").arg(out, variant, section->objectName()));
    }
}

} // namespace

TEST_CASE("appearance screenshots", "[.appearance-screenshots]")
{
    const QString out = qEnvironmentVariable("PACTE_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    grabEverySection(out, QStringLiteral("fr"));
    {
        installTranslations(QStringLiteral("en"));
        grabEverySection(out, QStringLiteral("en"));
        installTranslations(QStringLiteral("fr"));
    }
    {
        const DarkPalette dark;
        grabEverySection(out, QStringLiteral("dark"));
    }
    {
        const LargeText large(2.0);
        grabEverySection(out, QStringLiteral("large"));
    }
}

} // namespace pacte_test_gui_appearance_screenshots_test
