// The command line of `pacte`, the desktop application: the source of its --help and its manual page.
// Texts are translated with the context "pacte::gui".
#include "commandline.h"

#include <QtGlobal>

namespace pacte::commandline {

namespace {

constexpr Argument arguments[] = {
    {"FILE", QT_TRANSLATE_NOOP("pacte::gui", "the database to open, or a working-group sheet (*.pacte-fiche.json)")}};

constexpr Option options[] = {
    {"section", "NAME", QT_TRANSLATE_NOOP("pacte::gui", "the section to show first"), ValueKind::None,
     "dashboard compliance partners persons territories axes groups actions indicators meetings evaluation coverage"},
    {"edition", "NAME", QT_TRANSLATE_NOOP("pacte::gui", "the edition to show first, by its title")},
    {"ensure-demo", nullptr,
     QT_TRANSLATE_NOOP("pacte::gui",
                       "create the demo database if it does not exist, print its path and quit (no display needed)")},
};

constexpr Option standardOptions[] = {
    {"h,help", nullptr, QT_TRANSLATE_NOOP("pacte::gui", "show the options")},
    {"v,version", nullptr, QT_TRANSLATE_NOOP("pacte::gui", "show the version")},
};

constexpr const char* synopses[] = {"[--section NAME] [--edition NAME] [FILE]", "--ensure-demo", "--help | --version"};

constexpr const char* description[] = {
    QT_TRANSLATE_NOOP(
        "pacte::gui",
        "Pacte is the desktop application with which the coordinator of a département's Pacte Territorial pour "
        "l'Insertion keeps the partners and their referents, the territories, the axes and themes, the working "
        "groups and their action sheets, the indicators, the governance meetings and the yearly evaluation, all "
        "in one SQLite file (.pacte). Every change is saved as it is made, can be undone, and is recorded in the "
        "file's change log."),
    QT_TRANSLATE_NOOP(
        "pacte::gui",
        "FILE is a Pacte database, opened for writing unless another instance of Pacte holds it (it is then "
        "opened read-only and says who holds it), or a working-group sheet, opened alone in sheet mode. Without "
        "FILE, Pacte reopens the last file used, or the demo database, created in the data folder on first use. "
        "FILE may also be a database on a PostgreSQL server, named by its address "
        "(postgresql://USER@HOST:PORT/DATABASE): its password is asked for, never stored."),
    QT_TRANSLATE_NOOP(
        "pacte::gui",
        "The user guide is inside the application: Help ▸ User guide, or F1 for the section shown. Qt's usual "
        "options (-platform, -style, -geometry…) are accepted too."),
};

constexpr ExitStatus exitStatuses[] = {
    {0, QT_TRANSLATE_NOOP("pacte::gui", "the window was closed")},
    {2,
     QT_TRANSLATE_NOOP("pacte::gui", "the sheet given could not be opened, or the demo database could not be created")},
};

constexpr Entry environment[] = {
    {"PACTE_LANG",
     QT_TRANSLATE_NOOP("pacte::gui", "fr (the default) or en: the language of the interface, unless chosen in the "
                                     "preferences")},
};

constexpr Entry files[] = {
    {"~/.local/share/pacte/pacte/demo-herault.pacte",
     QT_TRANSLATE_NOOP("pacte::gui", "the demo database, in the data folder")},
    {"~/.config/pacte/pacte.conf",
     QT_TRANSLATE_NOOP("pacte::gui",
                       "the preferences: the name written in the change log, the language, the recent files")},
    {"FILE.sauvegardes/",
     QT_TRANSLATE_NOOP("pacte::gui",
                       "backup copies of FILE, made before an update of its format, before a sheet import and before a "
                       "restore")},
    {"FILE.lock",
     QT_TRANSLATE_NOOP("pacte::gui", "the lock of an open file, with FILE.lock.owner saying who holds it since when")},
};

constexpr Entry examples[] = {
    {"pacte herault.pacte --section actions", QT_TRANSLATE_NOOP("pacte::gui", "opens a database on its action sheets")},
    {"pacte Illectronisme.pacte-fiche.json",
     QT_TRANSLATE_NOOP("pacte::gui", "opens a working-group sheet, as a referent does")},
};

constexpr Program program{
    "pacte",      "pacte::gui",    QT_TRANSLATE_NOOP("pacte::gui", "coordinate a Pacte Territorial pour l'Insertion"),
    synopses,     description,     arguments,
    options,      standardOptions, {},
    exitStatuses, environment,     files,
    examples,     "pacte-cli(1)",
};

} // namespace

const Program& guiProgram()
{
    return program;
}

} // namespace pacte::commandline
