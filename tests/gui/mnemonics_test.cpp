// The menus from the keyboard (issue #17): within each menu, and across the menu bar, no two
// entries share their Alt letter, in French and in English, so that a letter opens one entry.
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/translations.h"

#include <QMenu>
#include <QMenuBar>

using namespace pacte;
using namespace pacte::test;

namespace {

// The letter after the single '&' of `text` (lower case), or a null character.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "Menu: letter shared by « a » and « b »" for every clash among `actions`, then those of submenus.
void collectClashes(const QString& where, const QList<QAction*>& actions, QStringList& clashes)
{
    QHash<QChar, QString> seen;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar letter = mnemonicOf(action->text());
        if (!letter.isNull()) {
            if (seen.contains(letter))
                clashes << QStringLiteral("%1: « %2 » and « %3 » share %4")
                               .arg(where, seen.value(letter), action->text(), QString(letter));
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
