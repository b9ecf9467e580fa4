// pacte_tables_bench FILE [--repeat N]: times the whole-edition workbook on a large database
// (pacte-cli generate FILE --scale 500: 50,000 actions) and checks what it timed: the workbook read
// back holds every action, indicator and measurement of the edition.
#include "domain/translations.h"
#include "exchange/editiontables.h"
#include "exchange/tableworkbook.h"
#include "exchange/xlsxreader.h"
#include "storage/database.h"
#include "storage/editionloader.h"

#include <algorithm>
#include <cstdio>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace pacte;

namespace {

double medianOf(const std::function<void()>& step, int repeat)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

int fail(const char* what)
{
    std::fprintf(stderr, "pacte_tables_bench: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    installTranslations(QStringLiteral("fr"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: pacte_tables_bench FILE [--repeat N]\n", stderr);
        return 2;
    }
    const int repeat =
        args.contains(QStringLiteral("--repeat")) ? args.at(args.indexOf(QStringLiteral("--repeat")) + 1).toInt() : 5;
    auto db = Database::open(args.at(1), QStringLiteral("bench"), Database::Access::ReadOnly);
    const Edition edition = *latestEdition(*db);

    QByteArray workbook;
    const double whole = medianOf([&] { workbook = writeEditionWorkbook(*db, edition.id); }, repeat);
    EditionTablesSource source;
    const double load = medianOf([&] { source = loadEditionTablesSource(*db, edition.id, false); }, repeat);
    const double years = medianOf([&] { source.years = loadYearlyCounts(*db, source.data); }, repeat);
    QList<TableData> tables;
    const double build = medianOf([&] { tables = buildEditionTables(source); }, repeat);
    const double write = medianOf([&] { (void)writeTablesWorkbook(tables, {}); }, repeat);

    // What was timed: every action, indicator and measurement is in the workbook.
    const XlsxWorkbook read = readXlsx(workbook);
    qsizetype indicators = 0;
    qsizetype measurements = 0;
    for (const auto& action : source.data.actions) {
        indicators += action.indicators.size();
        for (const auto& indicator : action.indicators)
            measurements += indicator.measurements.size();
    }
    const auto rowsOf = [&](const char* sheet) {
        const XlsxSheet* found = read.sheet(QString::fromUtf8(sheet));
        return found ? found->rows.size() - 1 : -1;
    };
    if (rowsOf("Actions") != source.data.actions.size() || rowsOf("Indicateurs") != indicators ||
        rowsOf("Mesures") != measurements || rowsOf("Groupes de travail") != source.data.groups.size() ||
        rowsOf("Évaluation annuelle") < 10)
        return fail("the workbook does not hold the edition's records");

    std::printf("%s: %lld actions, %lld indicators, %lld measurements, %lld groups; workbook %.1f MB\n\n",
                qPrintable(edition.title), static_cast<long long>(source.data.actions.size()),
                static_cast<long long>(indicators), static_cast<long long>(measurements),
                static_cast<long long>(source.data.groups.size()), static_cast<double>(workbook.size()) / 1e6);
    std::printf("| %-58s | %9s |\n|---|---:|\n", "step", "median ms");
    std::printf("| whole-edition workbook (writeEditionWorkbook) | %9.0f |\n", whole);
    std::printf("| reading the edition and the findings of the day | %9.0f |\n", load);
    std::printf("| the yearly counts (%lld years; in parallel in the workbook) | %9.0f |\n",
                static_cast<long long>(source.years.size()), years);
    std::printf("| building the eleven tables | %9.0f |\n", build);
    std::printf("| writing the XLSX (libxlsxwriter) | %9.0f |\n", write);
    return 0;
}
