#include "helpmenu.h"

#include "aboutdialog.h"
#include "helpguide.h"
#include "helptopics.h"
#include "helpwindow.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

namespace pacte::help {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::help::HelpMenu)
};

void addAboutActions(QMenu* menu, QWidget* window)
{
    menu->addSeparator();
    auto* about = menu->addAction(Tr::tr("&About Pacte"), window, [window] {
        AboutDialog dialog(window);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    menu->addAction(Tr::tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

} // namespace

void addHelpMenu(QMenuBar* menuBar, QWidget* window, const std::function<std::optional<SectionId>()>& currentSection)
{
    auto* menu = menuBar->addMenu(Tr::tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    auto* guide = menu->addAction(Tr::tr("&User guide"), window, [window] {
        showHelp(window, Topic{guidePage(), {}});
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    auto* sectionHelp =
        menu->addAction(Tr::tr("Help on this &section"), QKeySequence::HelpContents, window,
                        [window, currentSection] { showHelp(window, topicForSection(currentSection())); });
    sectionHelp->setObjectName(QStringLiteral("sectionHelpAction"));
    auto* shortcuts = menu->addAction(Tr::tr("&Keyboard shortcuts"), window, [menuBar, window] {
        ShortcutsDialog dialog(menuBar, window);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    addAboutActions(menu, window);
}

void addSheetHelpMenu(QMenuBar* menuBar, QWidget* window)
{
    auto* menu = menuBar->addMenu(Tr::tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    auto* sheetHelp = menu->addAction(Tr::tr("&Filling in the sheet"), QKeySequence::HelpContents, window,
                                      [window] { showHelp(window, sheetTopic()); });
    sheetHelp->setObjectName(QStringLiteral("sheetHelpAction"));
    auto* guide = menu->addAction(Tr::tr("&User guide"), window, [window] {
        showHelp(window, Topic{guidePage(), {}});
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    addAboutActions(menu, window);
}

} // namespace pacte::help
