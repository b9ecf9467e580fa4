// pacte_import_bench FILE [--rows N]: times importing N action rows from a workbook into a large
// database (pacte-cli generate FILE --scale 500: 50,000 actions), on a copy of FILE: half the rows
// update existing actions (another status), half create new ones; and checks what it timed (the
// counts of the plan, and the actions in the database afterwards).
#include "domain/enums.h"
#include "domain/translations.h"
#include "exchange/editiontables.h"
#include "exchange/spreadsheetfile.h"
#include "exchange/tableimport.h"
#include "exchange/tableworkbook.h"
#include "storage/database.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace pacte;

namespace {

int fail(const char* what)
{
    std::fprintf(stderr, "pacte_import_bench: %s\n", what);
    return 1;
}

double elapsed(QElapsedTimer& timer)
{
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    installTranslations(QStringLiteral("fr"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: pacte_import_bench FILE [--rows N]\n", stderr);
        return 2;
    }
    const int rows =
        args.contains(QStringLiteral("--rows")) ? args.at(args.indexOf(QStringLiteral("--rows")) + 1).toInt() : 10000;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("import.pacte"));
    if (!QFile::copy(args.at(1), copy))
        return fail("cannot copy the database");
    auto db = Database::open(copy, QStringLiteral("bench"));
    const Edition edition = *latestEdition(*db);

    // The spreadsheet: the edition's own actions table, half of it with another status, half of it
    // under new titles.
    TableData table = buildEditionTable(loadEditionTablesSource(*db, edition.id, false), EditionTable::Actions);
    if (table.rows.size() < rows)
        return fail("the database has fewer actions than rows asked");
    const int statusColumn = static_cast<int>(table.headers.indexOf(QStringLiteral("Statut")));
    const QString completed = enumLabel(ActionStatus::Completed);
    const QString abandoned = enumLabel(ActionStatus::Abandoned);
    QList<QVariantList> chosen;
    for (int i = 0; i < rows; ++i) {
        QVariantList row = table.rows.at(i);
        if (i < rows / 2) {
            row[statusColumn] = row.at(statusColumn).toString() == completed ? abandoned : completed;
        } else {
            row[0] = row.at(0).toString() + QStringLiteral(" (suite)");
        }
        chosen.append(row);
    }
    table.rows = chosen;
    const QByteArray workbook = writeTablesWorkbook({table}, {});
    const auto actionsBefore = ActionRepository(*db).count();

    QElapsedTimer timer;
    timer.start();
    const SpreadsheetFile file = readSpreadsheet(workbook, QStringLiteral("actions.xlsx"));
    const double read = elapsed(timer);
    TableImport import(*db, edition.id, ImportTable::Actions, file.sheet({}));
    const double plan = elapsed(timer);
    (void)import.apply(QStringLiteral("actions.xlsx"));
    const double write = elapsed(timer);

    if (import.createdCount() != rows - rows / 2 || import.updatedCount() != rows / 2 || !import.rejected().isEmpty())
        return fail(qPrintable(QStringLiteral("unexpected plan: ") + import.summary()));
    if (ActionRepository(*db).count() != actionsBefore + (rows - rows / 2))
        return fail("the database does not hold the new actions");

    std::printf("%s: %lld actions; %d rows imported from a %.1f MB workbook (%s)\n\n", qPrintable(edition.title),
                static_cast<long long>(actionsBefore), rows, static_cast<double>(workbook.size()) / 1e6,
                qPrintable(import.summary()));
    std::printf("| %-58s | %9s |\n|---|---:|\n", "step", "ms");
    std::printf("| reading the workbook (libzip, QXmlStreamReader) | %9.0f |\n", read);
    std::printf("| planning: the edition read, rows matched and checked | %9.0f |\n", plan);
    std::printf("| writing: backup, one transaction, change log | %9.0f |\n", write);
    std::printf("| total | %9.0f |\n", read + plan + write);
    return 0;
}
