// pacte-cli's commands, arguments and options: the source of its help, its parsers, its manual page
// and its bash completion. Texts are translated with the context "pacte::cli".
#include "commandline.h"

#include <QtGlobal>

namespace pacte::commandline {

namespace {

constexpr Argument databaseArgument{"FILE", QT_TRANSLATE_NOOP("pacte::cli", "the database")};
constexpr Argument newDatabaseArgument{"FILE", QT_TRANSLATE_NOOP("pacte::cli", "the database to create")};
constexpr Option editionOption{"edition", "NAME", QT_TRANSLATE_NOOP("pacte::cli", "the edition, by its title"),
                               ValueKind::Edition};
constexpr Option jsonOption{"json", nullptr, QT_TRANSLATE_NOOP("pacte::cli", "print JSON")};
constexpr Option yearFiguresOption{
    "year", "YYYY",
    QT_TRANSLATE_NOOP("pacte::cli", "that year's frozen evaluation, or the data as of 31 December of that year")};

constexpr Argument databaseOnly[] = {databaseArgument};
constexpr Argument newDatabaseOnly[] = {newDatabaseArgument};

constexpr Option initOptions[] = {
    {"demo", nullptr, QT_TRANSLATE_NOOP("pacte::cli", "fill it with the Hérault demo data")}};

constexpr Option statsOptions[] = {editionOption, yearFiguresOption, jsonOption};

constexpr Option checkOptions[] = {
    editionOption,
    {"date", "YYYY-MM-DD", QT_TRANSLATE_NOOP("pacte::cli", "check as of this day (default: today)")},
    {"year", "YYYY", QT_TRANSLATE_NOOP("pacte::cli", "check that year, as of its 31 December")},
    {"deep", nullptr,
     QT_TRANSLATE_NOOP("pacte::cli",
                       "first check the whole file with SQLite's full integrity check (slower: it reads every table "
                       "and index)")},
    {"rules", nullptr,
     QT_TRANSLATE_NOOP("pacte::cli",
                       "list the edition's rules instead (id, on or off, severity, deadline, the pact's sentence)")},
    jsonOption,
};

constexpr Option evaluateOptions[] = {
    editionOption,
    {"year", "YYYY", QT_TRANSLATE_NOOP("pacte::cli", "the year evaluated")},
    {"freeze", nullptr, QT_TRANSLATE_NOOP("pacte::cli", "freeze the year's figures (once)")},
    {"final", nullptr, QT_TRANSLATE_NOOP("pacte::cli", "the final evaluation rather than the yearly one")},
    {"as-of", "YYYY-MM-DD",
     QT_TRANSLATE_NOOP("pacte::cli", "the day of the year the figures describe (\"none\": 31 December)")},
    jsonOption,
};

constexpr Option coverageOptions[] = {editionOption, jsonOption};

constexpr Option reportOptions[] = {
    {"o,output", "OUT", QT_TRANSLATE_NOOP("pacte::cli", "the report to write: .pdf, .odt or .html"), ValueKind::File},
    editionOption,
    {"territory", "NAME", QT_TRANSLATE_NOOP("pacte::cli", "only this territory"), ValueKind::Territory},
    {"axis", "AXIS", QT_TRANSLATE_NOOP("pacte::cli", "only this axis, by number or title"), ValueKind::Axis},
    yearFiguresOption,
    {"copil", nullptr, QT_TRANSLATE_NOOP("pacte::cli", "the COPIL version rather than a working document")},
};

constexpr Option exportOptions[] = {
    {"o,output", "OUT",
     QT_TRANSLATE_NOOP("pacte::cli", "the file to write: .json (full dump), .xlsx (workbook) or .csv (one table)"),
     ValueKind::File},
    {"table", "TABLE",
     QT_TRANSLATE_NOOP("pacte::cli", "the table a CSV file holds (a workbook holds every table without it)"),
     ValueKind::None, "actions partners persons groups indicators measurements meetings"},
    {"edition", "NAME", QT_TRANSLATE_NOOP("pacte::cli", "the edition of the table (default: the current one)"),
     ValueKind::Edition},
    {"comma", nullptr,
     QT_TRANSLATE_NOOP("pacte::cli",
                       "separate CSV values with commas, with decimal points and YYYY-MM-DD dates (default: "
                       "semicolons, decimal commas and DD/MM/YYYY dates, as French spreadsheets expect)")},
    {"bom", nullptr, QT_TRANSLATE_NOOP("pacte::cli", "start the CSV file with a UTF-8 byte-order mark, for Excel")},
};

constexpr Argument copyArguments[] = {
    {"SOURCE", QT_TRANSLATE_NOOP("pacte::cli", "the database to copy: a file or a server address")},
    {"TARGET", QT_TRANSLATE_NOOP("pacte::cli", "where to copy it: a new file, or an empty server database")}};

constexpr Argument serverOnly[] = {
    {"ADDRESS", QT_TRANSLATE_NOOP("pacte::cli", "the server database, postgresql://USER@HOST:PORT/DATABASE")}};
constexpr Option serverInitOptions[] = {
    {"coordinator", "USER", QT_TRANSLATE_NOOP("pacte::cli", "the first coordinator's database user")}};
constexpr Argument serverGrantArguments[] = {
    {"ADDRESS", QT_TRANSLATE_NOOP("pacte::cli", "the server database, postgresql://USER@HOST:PORT/DATABASE")},
    {"USER", QT_TRANSLATE_NOOP("pacte::cli", "the database user to give the role to")}};
constexpr Option serverGrantOptions[] = {
    {"role", "ROLE", QT_TRANSLATE_NOOP("pacte::cli", "coordinator, referent or reader"), ValueKind::None,
     "coordinator referent reader"},
    {"territory", "NAME", QT_TRANSLATE_NOOP("pacte::cli", "a referent's territory (repeat for several)"),
     ValueKind::Territory},
};

constexpr Argument importArguments[] = {newDatabaseArgument,
                                        {"IN", QT_TRANSLATE_NOOP("pacte::cli", "the full dump to read")}};

constexpr Option exportSheetOptions[] = {
    {"group", "NAME", QT_TRANSLATE_NOOP("pacte::cli", "the working group (name or identifier)"), ValueKind::Group},
    {"o,output", "SHEET",
     QT_TRANSLATE_NOOP("pacte::cli", "the sheet to write (.json for Pacte's sheet mode, .xlsx for a referent with "
                                     "Excel or LibreOffice), or a folder (ending in /) to write it under its default "
                                     "name, as Pacte names it"),
     ValueKind::File},
};

constexpr Argument importSheetArguments[] = {
    databaseArgument, {"SHEET", QT_TRANSLATE_NOOP("pacte::cli", "the sheet to import: .json, or the .xlsx workbook")}};
constexpr Option importSheetOptions[] = {
    {"dry-run", nullptr, QT_TRANSLATE_NOOP("pacte::cli", "show what the import would change, and change nothing")},
    {"again,force", nullptr, QT_TRANSLATE_NOOP("pacte::cli", "import a sheet whose export was already imported")},
};

constexpr Argument importTableArguments[] = {
    databaseArgument,
    {"IN", QT_TRANSLATE_NOOP("pacte::cli", "the spreadsheet to read: .csv or .xlsx"), ValueKind::File}};
constexpr Option importTableOptions[] = {
    {"table", "TABLE", QT_TRANSLATE_NOOP("pacte::cli", "what the spreadsheet holds"), ValueKind::None,
     "partners persons groups actions"},
    {"edition", "NAME", QT_TRANSLATE_NOOP("pacte::cli", "the edition to import into (default: the current one)"),
     ValueKind::Edition},
    {"sheet", "NAME", QT_TRANSLATE_NOOP("pacte::cli", "the workbook's sheet (default: the first)")},
    {"mapping", "MAP.json",
     QT_TRANSLATE_NOOP("pacte::cli", "which field each column fills: {\"column header\": \"field\", ...}"),
     ValueKind::File},
    {"dry-run", nullptr, QT_TRANSLATE_NOOP("pacte::cli", "show what the import would do, and change nothing")},
    {"skip-rejected", nullptr, QT_TRANSLATE_NOOP("pacte::cli", "import the other rows when some are rejected")},
    {"rejected", "OUT",
     QT_TRANSLATE_NOOP("pacte::cli", "write the rejected rows to this .csv or .xlsx file, with "
                                     "their line and reason, to fix and import again"),
     ValueKind::File},
};

constexpr Option renewOptions[] = {
    {"from", "NAME", QT_TRANSLATE_NOOP("pacte::cli", "the edition renewed"), ValueKind::Edition},
    {"title", "NAME", QT_TRANSLATE_NOOP("pacte::cli", "the new edition's title, not used by another edition")},
    {"start", "YYYY-MM-DD", QT_TRANSLATE_NOOP("pacte::cli", "its first day, after the end of the edition renewed")},
    {"end", "YYYY-MM-DD", QT_TRANSLATE_NOOP("pacte::cli", "its last day")},
    {"dry-run", nullptr, QT_TRANSLATE_NOOP("pacte::cli", "show what the renewal would create, and change nothing")},
};

constexpr Option generateOptions[] = {
    {"scale", "N", QT_TRANSLATE_NOOP("pacte::cli", "size: 10·N working groups and 100·N actions")}};

constexpr Argument listArguments[] = {
    databaseArgument,
    {"WHAT", QT_TRANSLATE_NOOP("pacte::cli", "what to list"), ValueKind::None, "editions groups territories axes"},
};
constexpr Option listOptions[] = {
    {"edition", "NAME",
     QT_TRANSLATE_NOOP("pacte::cli", "the edition of the groups or axes listed (default: all editions)"),
     ValueKind::Edition}};

constexpr Command commands[] = {
    {"init", "init FILE [--demo]", QT_TRANSLATE_NOOP("pacte::cli", "create a database (with the demo data)"),
     QT_TRANSLATE_NOOP("pacte::cli",
                       "FILE must not exist yet. It is created empty, or with the demo data of the Hérault's pact."),
     newDatabaseOnly, initOptions},
    {"stats", "stats FILE [--edition NAME] [--year YYYY] [--json]",
     QT_TRANSLATE_NOOP("pacte::cli", "counts of an edition, or of one year"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "Without --year, the data as it is now. --json prints one object: edition, partners, persons, "
         "territories, axes, themes, workingGroups, actions (total, experimentations, byStatus, byAxis, "
         "byTerritory), meetings (total, held, byKind) and declared (the figures the pact declares, each with "
         "its value, the records' count, its quote and its source, or null)."),
     databaseOnly, statsOptions},
    {"check", "check FILE [--edition NAME] [--date YYYY-MM-DD | --year YYYY] [--deep] [--rules] [--json]",
     QT_TRANSLATE_NOOP("pacte::cli", "governance rules and sheet completeness"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "Exits with 1 when there are findings. --json prints an object with the edition, the date and the "
         "findings, each with its rule, severity, entity, uuid, label and message. --deep first runs SQLite's "
         "full integrity check on the whole file and exits with 2 if it finds damage. The rules: group-pilots, "
         "copil-cadence, local-committee-yearly, partner-referent, territory-referent, action-sheet-complete, "
         "annual-evaluation, deliberation-tally, meeting-in-edition. Each edition applies them as its own pact "
         "words them: a rule may be off, an error, a warning or information only (a rule of another pact), "
         "with a deadline and the pact's sentence, quoted in each finding. --rules lists the edition's rules "
         "and exits with 0."),
     databaseOnly, checkOptions},
    {"evaluate", "evaluate FILE --edition NAME --year YYYY [--as-of YYYY-MM-DD] [--freeze] [--final] [--json]",
     QT_TRANSLATE_NOOP("pacte::cli", "the yearly evaluation: counts of §1.4 and changes since the year before"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "--edition and --year are required. --freeze records the year's figures once and for all (exit 2 if "
         "the year is already frozen): a frozen year reads the same ever after, whatever changes later. --as-of "
         "records the day the figures describe (the 2017-2021 review is \"au 31 juillet 2021\") before freezing."),
     databaseOnly, evaluateOptions},
    {"coverage", "coverage FILE [--edition NAME] [--json]",
     QT_TRANSLATE_NOOP("pacte::cli",
                       "the coverage of an edition: who does what where, gaps, overlaps and possible duplicates"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "The territories × themes of the edition, each cell with its working groups, their actions by status "
         "and their partners; then the themes without a group, or without an action in progress or running, in "
         "a territory; the cells where two groups or more work on the same theme; the possible duplicates, "
         "actions of different groups on the same theme in a territory they share whose titles or objectives "
         "have most of their significant words in common (accents, capitals and word order ignored; Jaccard "
         "index of at least 0.6 on texts of at least three words; the three most similar pairs of each action "
         "at most), each with its similarity; and each partner's groups, as pilot, co-pilot or member, with "
         "their territories and themes. These are observations on the records, not rules: the exit code is 0. "
         "--json prints one object: edition, territories, themes, cells, gaps, overlaps, possibleDuplicates, "
         "partners and unplacedGroups."),
     databaseOnly, coverageOptions},
    {"report",
     "report FILE -o OUT.pdf|.odt|.html [--edition NAME] [--territory NAME] [--axis NUMBER|TITLE] [--year YYYY] "
     "[--copil]",
     QT_TRANSLATE_NOOP("pacte::cli", "the COPIL report, as PDF, OpenDocument text or HTML"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "The format follows the extension of OUT. Names of territories and axes may be typed without accents "
         "or capitals. Nothing is written when something fails."),
     databaseOnly, reportOptions},
    {"renew", "renew FILE --from NAME --title NAME --start YYYY-MM-DD --end YYYY-MM-DD [--dry-run]",
     QT_TRANSLATE_NOOP("pacte::cli", "a new edition of the pact from an earlier one"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "Creates the edition (its département and predecessor are those of --from) and carries over, in one "
         "transaction that the history says is a renewal: the axes and themes, to edit; the partners that "
         "signed --from or were to sign it, as signatories whose signature is pending; the working groups "
         "still active, with their territories, pilot and co-pilot; their actions not finished (projet, en "
         "cours), each with its indicators (not their measurements) and linked to the action it continues. "
         "The final evaluation of --from (its last year) is frozen if it is not yet and the year has begun. "
         "Exit code 2, nothing changed, for an unknown edition, a title already used, an end before the start "
         "or a start before the end of --from. In Pacte, File ▸ New edition from… lets you choose what to "
         "carry over."),
     databaseOnly, renewOptions},
    {"export",
     "export FILE -o OUT.json | -o OUT.xlsx [--table TABLE] [--edition NAME] | -o OUT.csv --table TABLE [--edition "
     "NAME] "
     "[--comma] [--bom]",
     QT_TRANSLATE_NOOP("pacte::cli", "full dump of the database, an edition's workbook, or one of its tables as CSV"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "The format follows the extension of OUT. The full dump is the JSON that import restores, history "
         "included. The workbook (.xlsx) holds an edition's partners, persons, territories, axes and themes, "
         "working groups, actions, indicators, measurements, meetings, governance findings and yearly "
         "evaluation counts, one sheet each (only the table given with --table). A CSV file holds one table, as "
         "a spreadsheet reads it: UTF-8, a header row, values quoted as RFC 4180 says when they hold a "
         "separator, a quote or a line break."),
     databaseOnly, exportOptions},
    {"copy",
     "copy SOURCE TARGET",
     QT_TRANSLATE_NOOP("pacte::cli", "copy a database from a file to a PostgreSQL server, or back"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "Copies everything, history, sheet exports and provenance included, with the same identity: the "
         "referents' sheets come back to the copy. A server is named by its address, "
         "postgresql://USER@HOST:PORT/DATABASE (libpq's service and password files apply; a password is asked "
         "for by PGPASSWORD or ~/.pgpass, never stored). TARGET is a file that does not exist yet, or a server "
         "database that is empty or prepared by server-init without records. One transaction: a failure leaves "
         "TARGET as it was. After the copy, both are read again and compared table by table; exit code 2 if "
         "they differ."),
     copyArguments,
     {}},
    {"server-init", "server-init ADDRESS --coordinator USER",
     QT_TRANSLATE_NOOP("pacte::cli", "prepare a PostgreSQL database for Pacte, with its roles and rights"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "Run by the database's owner, who may create roles. Creates Pacte's tables if the database is empty, "
         "then the three roles of the database (DATABASE_coordination, DATABASE_referent, DATABASE_lecture), "
         "their privileges and the row-level security policies that the server enforces: the coordinator "
         "changes everything, a territorial referent the groups, actions, indicators and meetings of her "
         "territories, a reader nothing. USER becomes the first coordinator (a login role, created without "
         "password if missing). Running it again brings the rights up to date and changes no record."),
     serverOnly, serverInitOptions},
    {"server-grant", "server-grant ADDRESS USER --role ROLE [--territory NAME]...",
     QT_TRANSLATE_NOOP("pacte::cli", "give a database user a role: coordinator, referent or reader"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "Run by the database's owner after server-init. USER loses any other Pacte role of the database. A "
         "referent needs one --territory per territory of hers, by name; they replace those she had. Exit code "
         "2, nothing changed, for an unknown territory or role."),
     serverGrantArguments, serverGrantOptions},
    {"import",
     "import FILE IN.json",
     QT_TRANSLATE_NOOP("pacte::cli", "restore a full dump into a new FILE"),
     QT_TRANSLATE_NOOP("pacte::cli", "FILE must not exist yet."),
     importArguments,
     {}},
    {"export-sheet", "export-sheet FILE --group NAME|UUID -o SHEET.json|SHEET.xlsx",
     QT_TRANSLATE_NOOP("pacte::cli", "export a working group's sheet for its referents"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "The referents fill the sheet in Pacte's sheet mode and send it back; the database records the "
         "export, the base of the later import. When several groups have the same name, give the identifier "
         "of one of them. With -o SHEET.xlsx, the same export is a workbook for referents who cannot install "
         "Pacte: instructions, the actions, indicators and measurements, drop-down lists, the identifiers in "
         "hidden, protected columns; import-sheet takes it back as it takes the JSON sheet."),
     databaseOnly, exportSheetOptions},
    {"import-sheet", "import-sheet FILE SHEET.json|SHEET.xlsx [--dry-run] [--again]",
     QT_TRANSLATE_NOOP("pacte::cli", "merge a sheet back into the database (exit 1 on conflicts)"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "A three-way merge of the sheet as exported, the sheet sent back and the database: what the "
         "referents changed is applied after a backup copy of FILE. When both sides changed a field "
         "differently, nothing is imported and the exit code is 1: decide those conflicts in Pacte (File ▸ "
         "Import a sheet)."),
     importSheetArguments, importSheetOptions},
    {"import-table",
     "import-table FILE IN.csv|IN.xlsx --table partners|persons|groups|actions [--edition NAME] [--sheet NAME] "
     "[--mapping MAP.json] [--dry-run] [--skip-rejected] [--rejected OUT]",
     QT_TRANSLATE_NOOP("pacte::cli", "import partners, persons, working groups or actions from a spreadsheet"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "Reads a CSV file (UTF-8, UTF-16 or Windows-1252; semicolons, commas or tabs) or a workbook. The "
         "columns are recognised by their French headers (those of export, or a coordinator's: \"Nom de la "
         "structure\", \"Pilote\", \"Statut\"…) or named by --mapping. Records are matched by name, ignoring "
         "accents, case and extra spaces: an existing one is updated by the row's non-empty cells, another one "
         "is created. Partners, territories, axes, themes, groups, statuses… are named as Pacte names them. A "
         "row that cannot be imported is listed with its line, column, value and reason, and then nothing is "
         "imported and the exit code is 1, unless --skip-rejected. One transaction, after a backup copy of "
         "FILE; the history says \"import\". Exit code 2 for a file that cannot be read, nothing changed."),
     importTableArguments, importTableOptions},
    {"generate", "generate FILE --scale N", QT_TRANSLATE_NOOP("pacte::cli", "synthetic data for benchmarks"),
     QT_TRANSLATE_NOOP("pacte::cli", "FILE must not exist yet."), newDatabaseOnly, generateOptions},
    {"list", "list FILE editions|groups|territories|axes [--edition NAME]",
     QT_TRANSLATE_NOOP("pacte::cli", "names of the editions, working groups, territories or axes, one per line"),
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "For scripts and the shell completion. The file is read as it is and never changed: a file of an "
         "older Pacte must first be brought up to date by another command."),
     listArguments, listOptions},
};

constexpr Option standardOptions[] = {
    {"h,help", nullptr,
     QT_TRANSLATE_NOOP("pacte::cli", "show the commands; after a command, its arguments and options")},
    {"version", nullptr, QT_TRANSLATE_NOOP("pacte::cli", "show the version")},
};

constexpr const char* synopses[] = {"COMMAND FILE [OPTIONS]", "COMMAND --help", "--help | --version"};

constexpr const char* description[] = {
    QT_TRANSLATE_NOOP(
        "pacte::cli",
        "pacte-cli works on the same .pacte files as Pacte: it creates them, prints their figures, checks the "
        "governance rules, writes the COPIL report, and exports and imports full dumps and working-group "
        "sheets."),
    QT_TRANSLATE_NOOP(
        "pacte::cli",
        "A command that only reads never changes the file, except that a change left half-made by a writer "
        "that was killed is first undone, and that a file written by an older Pacte is first brought up to "
        "date, after a backup copy, when it can be written. A command that writes refuses a file open in "
        "Pacte or being changed by another command. Every file a command creates is written under a "
        "temporary name and takes its name only when complete."),
    QT_TRANSLATE_NOOP(
        "pacte::cli",
        "Editions are named by their title (--edition \"PTI 2017-2021\"); without --edition, a command works on "
        "the current edition, the latest."),
};

constexpr ExitStatus exitStatuses[] = {
    {0, QT_TRANSLATE_NOOP("pacte::cli", "done, and nothing to report")},
    {1, QT_TRANSLATE_NOOP("pacte::cli",
                          "done, with findings to report (check), or stopped on conflicts or rejected rows without "
                          "changing anything (import-sheet, import-table)")},
    {2, QT_TRANSLATE_NOOP("pacte::cli",
                          "bad usage or bad input (unreadable file, invalid sheet, unknown edition…): a message on the "
                          "standard error says what and where, and nothing was changed")},
};

constexpr Entry environment[] = {
    {"PACTE_LANG", QT_TRANSLATE_NOOP("pacte::cli", "fr (the default) or en: the language of messages and reports")},
    {"QT_QPA_PLATFORM",
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "the Qt platform on which report lays out its text; offscreen when unset, no display is needed")},
};

constexpr Entry files[] = {
    {"FILE.sauvegardes/",
     QT_TRANSLATE_NOOP(
         "pacte::cli",
         "backup copies of FILE, made before an update of its format and before a sheet or table import; the "
         "newest 20 "
         "are kept")},
    {"FILE.lock",
     QT_TRANSLATE_NOOP("pacte::cli",
                       "the lock of a file open in Pacte or changed by a command, with FILE.lock.owner saying "
                       "which program holds it, who, on which machine, since when")},
    {"FILE-journal",
     QT_TRANSLATE_NOOP("pacte::cli",
                       "left beside FILE by a writer killed in the middle of a change: the next command or window "
                       "that opens FILE undoes the change; never copy FILE without it")},
    {".NAME.XXXXXX.pacte-tmp",
     QT_TRANSLATE_NOOP("pacte::cli",
                       "a file being written (a database, a report, a dump, a sheet), renamed NAME when complete; "
                       "one left by a killed command is removed by the next that writes NAME")},
};

constexpr Entry examples[] = {
    {"pacte-cli init demo.pacte --demo", QT_TRANSLATE_NOOP("pacte::cli", "creates a database with the demo data")},
    {"pacte-cli check demo.pacte --edition \"PTI 2017-2021\" --year 2019",
     QT_TRANSLATE_NOOP("pacte::cli", "the governance rules of 2019, as of its 31 December")},
    {"pacte-cli report demo.pacte -o copil.pdf --copil",
     QT_TRANSLATE_NOOP("pacte::cli", "the COPIL report of the current edition")},
    {"pacte-cli export-sheet demo.pacte --group Illectronisme -o illectronisme.pacte-fiche.json",
     QT_TRANSLATE_NOOP("pacte::cli", "the sheet of a working group, for its referents")},
    {"pacte-cli import-sheet demo.pacte illectronisme.pacte-fiche.json --dry-run",
     QT_TRANSLATE_NOOP("pacte::cli", "what importing the sheet sent back would change")},
    {"pacte-cli import-table demo.pacte actions.xlsx --table actions --dry-run",
     QT_TRANSLATE_NOOP("pacte::cli", "what importing a coordinator's table of actions would create and update")},
};

constexpr Program program{
    "pacte-cli",  "pacte::cli",    QT_TRANSLATE_NOOP("pacte::cli", "work on Pacte files from the command line"),
    synopses,     description,     {},
    {},           standardOptions, commands,
    exitStatuses, environment,     files,
    examples,     "pacte(1)",
};

} // namespace

const Program& cliProgram()
{
    return program;
}

} // namespace pacte::commandline
