// Hidden test cases (tag [.grab]) that save PNG grabs of the help window and About Pacte.
// Run: PACTE_GRAB_DIR=/tmp/grabs gui_tests "[.grab]"
#include "app/help/aboutdialog.h"
#include "app/help/helpwindow.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_help_grab_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("grab the help window and About Pacte", "[.grab]")
{
    const QString out = qEnvironmentVariable("PACTE_GRAB_DIR", QDir::tempPath());
    MainWindow window;
    window.show();
    auto* help = help::showHelp(&window, help::topicForSection(SectionId::Actions));
    CHECK(help->grab().save(out + QStringLiteral("/help-actions.png")));
    child<QLineEdit>(help, QStringLiteral("helpSearch"))->setText(QStringLiteral("referent"));
    CHECK(help->grab().save(out + QStringLiteral("/help-search.png")));
    help->close();

    help::AboutDialog about(&window);
    about.show();
    CHECK(about.grab().save(out + QStringLiteral("/about.png")));
}

} // namespace pacte_test_gui_help_grab_test
