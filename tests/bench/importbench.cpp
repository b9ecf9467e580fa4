// pacte_import_bench FILE [--rows N] [--write-input IN.xlsx|IN.csv]: times importing N action rows
// from a workbook into a large database (pacte-cli generate FILE --scale 500: 50,000 actions), on a
// copy of FILE: half the rows update existing actions (another status), half create new ones; and
// checks what it timed (the counts of the plan; the new actions and the new statuses in the database
// afterwards). Each step gives its elapsed and its CPU time (user + system). With --write-input, imports
// nothing: writes those rows to IN, for timing `pacte-cli import-table` on them.
#include "domain/enums.h"
#include "domain/translations.h"
#include "exchange/csvwriter.h"
#include "exchange/editiontables.h"
#include "exchange/spreadsheetfile.h"
#include "exchange/tablefiles.h"
#include "exchange/tableimport.h"
#include "exchange/tableworkbook.h"
#include "storage/actionlist.h"
#include "storage/database.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <cstdio>
#include <sys/resource.h>

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

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) { return static_cast<double>(t.tv_sec) * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Elapsed and CPU milliseconds since the last lap.
class Laps final
{
public:
    Laps()
        : m_cpu(cpuMs())
    {
        m_timer.start();
    }
    QPair<double, double> lap()
    {
        const double elapsed = static_cast<double>(m_timer.nsecsElapsed()) / 1e6;
        const double cpu = cpuMs();
        const QPair<double, double> result{elapsed, cpu - m_cpu};
        m_timer.restart();
        m_cpu = cpu;
        return result;
    }

private:
    QElapsedTimer m_timer;
    double m_cpu;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    installTranslations(QStringLiteral("fr"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: pacte_import_bench FILE [--rows N] [--write-input IN.xlsx|IN.csv]\n", stderr);
        return 2;
    }
    const auto option = [&](const char* name) {
        const auto at = args.indexOf(QString::fromLatin1(name));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    const int rows = option("--rows").isEmpty() ? 10000 : option("--rows").toInt();
    const QString inputPath = option("--write-input");
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
    if (!inputPath.isEmpty()) {
        saveExportFile(inputPath,
                       inputPath.endsWith(QLatin1String(".csv")) ? writeCsv(table) : writeTablesWorkbook({table}, {}));
        std::printf("%s: %d rows of actions (%d with another status, %d new)\n", qPrintable(inputPath), rows, rows / 2,
                    rows - rows / 2);
        return 0;
    }
    const QByteArray workbook = writeTablesWorkbook({table}, {});
    const auto actionsBefore = ActionRepository(*db).count();

    Laps laps;
    const SpreadsheetFile file = readSpreadsheet(workbook, QStringLiteral("actions.xlsx"));
    const auto read = laps.lap();
    TableImport import(*db, edition.id, ImportTable::Actions, file.sheet({}));
    const auto plan = laps.lap();
    (void)import.apply(QStringLiteral("actions.xlsx"));
    const auto write = laps.lap();

    if (import.createdCount() != rows - rows / 2 || import.updatedCount() != rows / 2 || !import.rejected().isEmpty())
        return fail(qPrintable(QStringLiteral("unexpected plan: ") + import.summary()));
    if (ActionRepository(*db).count() != actionsBefore + (rows - rows / 2))
        return fail("the database does not hold the new actions");
    // Every row is in the database as the workbook gives it: the new titles, the new statuses.
    QMultiHash<QString, QString> statusOf; // group | title -> status label (groups may share a name)
    for (const auto& action : listActions(*db, edition.id))
        statusOf.insert(action.groupName + u'|' + action.title, enumLabel(action.status));
    const int groupColumn = static_cast<int>(table.headers.indexOf(QStringLiteral("Groupe de travail")));
    for (const auto& row : std::as_const(chosen)) {
        const QString key = row.at(groupColumn).toString() + u'|' + row.at(0).toString();
        if (!statusOf.values(key).contains(row.at(statusColumn).toString()))
            return fail(qPrintable(QStringLiteral("the database does not hold the row « %1 » as imported (%2)")
                                       .arg(row.at(0).toString(), row.at(statusColumn).toString())));
    }

    std::printf("%s: %lld actions; %d rows imported from a %.1f MB workbook (%s)\n\n", qPrintable(edition.title),
                static_cast<long long>(actionsBefore), rows, static_cast<double>(workbook.size()) / 1e6,
                qPrintable(import.summary()));
    std::printf("| %-58s | %9s | %9s |\n|---|---:|---:|\n", "step", "ms", "CPU ms");
    const auto line = [](const char* step, const QPair<double, double>& t) {
        std::printf("| %s | %9.0f | %9.0f |\n", step, t.first, t.second);
    };
    line("reading the workbook (libzip, QXmlStreamReader)", read);
    line("planning: the rows matched, the matched actions read, checked", plan);
    line("writing: backup, one transaction, change log", write);
    line("total", {read.first + plan.first + write.first, read.second + plan.second + write.second});
    return 0;
}
