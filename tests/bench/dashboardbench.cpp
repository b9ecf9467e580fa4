// pacte_dashboard_bench FILE [--repeat N] [--sql OUT.sql]: times the dashboard's figures and the
// governance check on a large database (pacte-cli generate FILE --scale 500), and writes the same
// aggregate queries as plain SQL for the sqlite3 command-line tool (scripts/benchmark.sh compares).
#include "domain/rules.h"
#include "domain/translations.h"
#include "storage/dashboardfigures.h"
#include "storage/database.h"
#include "storage/editionloader.h"

#include <algorithm>
#include <cstdio>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    installTranslations(QStringLiteral("fr"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: pacte_dashboard_bench FILE [--repeat N] [--sql OUT.sql]\n", stderr);
        return 2;
    }
    const int repeat =
        args.contains(QStringLiteral("--repeat")) ? args.at(args.indexOf(QStringLiteral("--repeat")) + 1).toInt() : 5;
    auto db = Database::open(args.at(1), QStringLiteral("bench"), Database::Access::ReadOnly);
    const Edition edition = *latestEdition(*db);
    const int year = std::min(edition.lastYear(), QDate::currentDate().year());

    if (args.contains(QStringLiteral("--sql"))) {
        QFile out(args.at(args.indexOf(QStringLiteral("--sql")) + 1));
        if (!out.open(QIODevice::WriteOnly))
            return 2;
        for (const auto& sql : dashboardQueries(edition.id, year))
            out.write((sql + QStringLiteral(";\n")).toUtf8());
    }

    DashboardFigures figures;
    const double aggregates = medianOf([&] { figures = loadDashboardFigures(*db, edition.id, year); }, repeat);
    Findings findings;
    const double rules = medianOf(
        [&] {
            findings =
                rules::checkAll(loadEditionData(*db, edition.id, ActionLoading::SheetsOnly), QDate::currentDate());
        },
        repeat);
    EditionData light;
    const double loadLight =
        medianOf([&] { light = loadEditionData(*db, edition.id, ActionLoading::SheetsOnly); }, repeat);
    const double checkOnly = medianOf([&] { findings = rules::checkAll(light, QDate::currentDate()); }, repeat);
    const double full =
        medianOf([&] { (void)loadEditionData(*db, edition.id, ActionLoading::Full); }, std::min(repeat, 3));
    std::printf("| %-52s | %9s |\n|---|---|\n", "step", "median ms");
    std::printf("| dashboard figures (aggregate queries, %d actions) | %9.1f |\n", figures.actions, aggregates);
    std::printf("| governance rules on the sheet summaries (%lld findings) | %9.1f |\n",
                static_cast<long long>(findings.size()), rules);
    std::printf("|   of which reading the edition (sheet summaries) | %9.1f |\n", loadLight);
    std::printf("|   of which applying the rules | %9.1f |\n", checkOnly);
    std::printf("| dashboard total (figures + rules) | %9.1f |\n", aggregates + rules);
    std::printf("| for comparison: loading every action in full | %9.1f |\n", full);
    return 0;
}
