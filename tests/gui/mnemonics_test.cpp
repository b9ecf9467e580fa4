// The menus from the keyboard (issue #17): within each menu, and across the menu bar, no two
// entries share their Alt letter, in French and in English, so that a letter opens one entry.
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/translations.h"

#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_mnemonics_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// "Menu: letter shared by « a » and « b »" for every clash among `actions`, then those of submenus.
void collectClashes(const QString& where, const QList<QAction*>& actions, QStringList& clashes)
{
    QHash<QKeySequence, QString> seen;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QKeySequence letter = QKeySequence::mnemonic(action->text());
        if (!letter.isEmpty()) {
            if (seen.contains(letter))
                clashes << QStringLiteral("%1: « %2 » and « %3 » share %4")
                               .arg(where, seen.value(letter), action->text(), letter.toString());
            else
                seen.insert(letter, action->text());
        }
        if (action->menu())
            collectClashes(where + QStringLiteral(" ▸ ") + action->text(), action->menu()->actions(), clashes);
    }
}

QStringList clashesOf(MainWindow& window)
{
    QStringList clashes;
    collectClashes(QStringLiteral("menu bar"), window.menuBar()->actions(), clashes);
    return clashes;
}

} // namespace

TEST_CASE("No two entries of a menu share their Alt letter, in French and in English", "[gui][keyboard]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    {
        MainWindow window;
        REQUIRE(window.openFile(path));
        const QStringList clashes = clashesOf(window);
        INFO(clashes.join(QLatin1Char('\n')).toStdString());
        CHECK(clashes.isEmpty());
    }
    installTranslations(QStringLiteral("en"));
    {
        MainWindow window;
        REQUIRE(window.openFile(path));
        const QStringList clashes = clashesOf(window);
        INFO(clashes.join(QLatin1Char('\n')).toStdString());
        CHECK(clashes.isEmpty());
    }
    installTranslations(QStringLiteral("fr"));
}

} // namespace pacte_test_gui_mnemonics_test
