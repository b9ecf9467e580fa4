// pacte_tables_bench FILE [--repeat N] [--check WORKBOOK]: times the whole-edition workbook on a large
// database (pacte-cli generate FILE --scale 500: 50,000 actions) and checks what it timed: the
// workbook read back holds every sheet, and every action, indicator, measurement and group of the
// edition. Each step gives its elapsed time and the CPU time of the process (user + system, every
// thread), medians of N runs. With --check, times nothing: checks WORKBOOK (written by
// `pacte-cli export FILE -o WORKBOOK.xlsx`) the same way.
#include "domain/translations.h"
#include "exchange/editiontables.h"
#include "exchange/tableworkbook.h"
#include "exchange/xlsxreader.h"
#include "storage/database.h"
#include "storage/editionloader.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

using namespace pacte;

namespace {

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) { return static_cast<double>(t.tv_sec) * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct Timing
{
    double elapsed = 0; // ms, median
    double cpu = 0;     // ms, median
};

Timing medianOf(const std::function<void()>& step, int repeat)
{
    QList<double> times;
    QList<double> cpu;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        const double cpuBefore = cpuMs();
        timer.start();
        step();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.append(cpuMs() - cpuBefore);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return {times.at(times.size() / 2), cpu.at(cpu.size() / 2)};
}

int fail(const QString& what)
{
    std::fprintf(stderr, "pacte_tables_bench: %s\n", qPrintable(what));
    return 1;
}

struct Counts
{
    qsizetype actions = 0;
    qsizetype indicators = 0;
    qsizetype measurements = 0;
    qsizetype groups = 0;
};

Counts countsOf(const EditionData& data)
{
    Counts counts{data.actions.size(), 0, 0, data.groups.size()};
    for (const auto& action : data.actions) {
        counts.indicators += action.indicators.size();
        for (const auto& indicator : action.indicators)
            counts.measurements += indicator.measurements.size();
    }
    return counts;
}

// What the workbook must hold: every sheet, in order, and every record of the edition. Empty when it does.
QString checkWorkbook(const QByteArray& bytes, const EditionTablesSource& source, const Counts& counts)
{
    const XlsxWorkbook read = readXlsx(bytes);
    const QList<EditionTable> tables = workbookTables();
    if (read.sheets.size() != tables.size())
        return QStringLiteral("the workbook has %1 sheets, not %2").arg(read.sheets.size()).arg(tables.size());
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QString name = buildEditionTable(source, tables.at(i)).name;
        if (read.sheets.at(i).name != name)
            return QStringLiteral("sheet %1 is « %2 », not « %3 »").arg(i + 1).arg(read.sheets.at(i).name, name);
    }
    const auto rowsOf = [&](EditionTable table) {
        const XlsxSheet* found = read.sheet(buildEditionTable(source, table).name);
        return found ? found->rows.size() - 1 : -1;
    };
    const auto expect = [&](EditionTable table, qsizetype rows) {
        return rowsOf(table) == rows ? QString()
                                     : QStringLiteral("the sheet « %1 » has %2 rows, not %3")
                                           .arg(buildEditionTable(source, table).name)
                                           .arg(rowsOf(table))
                                           .arg(rows);
    };
    for (const QString& problem :
         {expect(EditionTable::Actions, counts.actions), expect(EditionTable::Indicators, counts.indicators),
          expect(EditionTable::Measurements, counts.measurements), expect(EditionTable::Groups, counts.groups),
          expect(EditionTable::Findings, source.findings.size())}) {
        if (!problem.isEmpty())
            return problem;
    }
    if (rowsOf(EditionTable::Evaluation) < 10)
        return QStringLiteral("the yearly evaluation is missing");
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    installTranslations(QStringLiteral("fr"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: pacte_tables_bench FILE [--repeat N] [--check WORKBOOK]\n", stderr);
        return 2;
    }
    const auto option = [&](const char* name) {
        const auto at = args.indexOf(QString::fromLatin1(name));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    const int repeat = option("--repeat").isEmpty() ? 5 : option("--repeat").toInt();
    auto db = Database::open(args.at(1), QStringLiteral("bench"), Database::Access::ReadOnly);
    const Edition edition = *latestEdition(*db);

    if (const QString path = option("--check"); !path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(path));
        const EditionTablesSource source = loadEditionTablesSource(*db, edition.id, false);
        const Counts counts = countsOf(source.data);
        if (const QString problem = checkWorkbook(file.readAll(), source, counts); !problem.isEmpty())
            return fail(path + QStringLiteral(": ") + problem);
        std::printf("%s: %lld sheets; %lld actions, %lld indicators, %lld measurements, %lld groups\n",
                    qPrintable(path), static_cast<long long>(workbookTables().size()),
                    static_cast<long long>(counts.actions), static_cast<long long>(counts.indicators),
                    static_cast<long long>(counts.measurements), static_cast<long long>(counts.groups));
        return 0;
    }

    QByteArray workbook;
    const Timing whole = medianOf([&] { workbook = writeEditionWorkbook(*db, edition.id); }, repeat);
    EditionTablesSource source;
    const Timing load = medianOf([&] { source = loadEditionTablesSource(*db, edition.id, false); }, repeat);
    const Timing years = medianOf([&] { source.years = loadYearlyCounts(*db, source.data); }, repeat);
    QList<TableData> tables;
    const Timing build = medianOf([&] { tables = buildEditionTables(source); }, repeat);
    const Timing write = medianOf([&] { (void)writeTablesWorkbook(tables, {}); }, repeat);
    // Inside the writing: the cells of the three large sheets, each alone, then the closing (zip).
    QList<QPair<QString, Timing>> sheets;
    for (const EditionTable table : {EditionTable::Actions, EditionTable::Indicators, EditionTable::Measurements}) {
        const TableData& data = tables.at(workbookTables().indexOf(table));
        std::vector<std::unique_ptr<XlsxBook>> written;
        sheets.append({data.name, medianOf(
                                      [&] {
                                          written.push_back(std::make_unique<XlsxBook>(XlsxBook::Properties{}));
                                          writeTableSheet(written.back()->addSheet(data.name), data);
                                      },
                                      repeat)});
    }
    Timing closing;
    {
        std::vector<std::unique_ptr<XlsxBook>> books;
        const auto fill = [&] {
            books.push_back(std::make_unique<XlsxBook>(XlsxBook::Properties{}));
            for (const auto& table : tables)
                writeTableSheet(books.back()->addSheet(table.name), table);
        };
        QList<double> elapsed;
        QList<double> cpu;
        for (int i = 0; i < repeat; ++i) {
            fill();
            const double cpuBefore = cpuMs();
            QElapsedTimer timer;
            timer.start();
            const QByteArray bytes = books.back()->finish();
            elapsed.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            cpu.append(cpuMs() - cpuBefore);
            if (bytes.size() < workbook.size() / 2)
                return fail(QStringLiteral("the closed workbook holds %1 bytes only").arg(bytes.size()));
            books.clear();
        }
        std::sort(elapsed.begin(), elapsed.end());
        std::sort(cpu.begin(), cpu.end());
        closing = {elapsed.at(elapsed.size() / 2), cpu.at(cpu.size() / 2)};
    }

    // What was timed: every sheet, and every action, indicator and measurement, is in the workbook.
    const Counts counts = countsOf(source.data);
    if (const QString problem = checkWorkbook(workbook, source, counts); !problem.isEmpty())
        return fail(QStringLiteral("the workbook does not hold the edition: ") + problem);

    std::printf("%s: %lld actions, %lld indicators, %lld measurements, %lld groups; workbook %.1f MB\n\n",
                qPrintable(edition.title), static_cast<long long>(counts.actions),
                static_cast<long long>(counts.indicators), static_cast<long long>(counts.measurements),
                static_cast<long long>(counts.groups), static_cast<double>(workbook.size()) / 1e6);
    std::printf("| %-58s | %9s | %9s |\n|---|---:|---:|\n", "step", "median ms", "CPU ms");
    const auto line = [](const QString& step, const Timing& t) {
        std::printf("| %s | %9.0f | %9.0f |\n", qPrintable(step), t.elapsed, t.cpu);
    };
    line(QStringLiteral("whole-edition workbook (writeEditionWorkbook)"), whole);
    line(QStringLiteral("reading the edition and the findings of the day"), load);
    line(QStringLiteral("the yearly counts (%1 years; in parallel in the workbook)").arg(source.years.size()), years);
    line(QStringLiteral("building the eleven tables"), build);
    line(QStringLiteral("writing the XLSX (libxlsxwriter)"), write);
    for (const auto& [name, timing] : std::as_const(sheets))
        line(QStringLiteral("- the cells of the sheet « %1 » alone").arg(name), timing);
    line(QStringLiteral("- closing the workbook (XML zipped by libxlsxwriter)"), closing);
    return 0;
}
