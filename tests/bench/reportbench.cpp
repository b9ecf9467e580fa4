// pacte_report_bench FILE OUTDIR [--edition NAME] [--preview-only]: times the whole-département COPIL
// report of a large database (pacte-cli generate FILE --scale 60: 600 working groups, 6,000 actions): reading
// the data, building the document, laying out and writing the PDF, writing the ODT; and the print
// preview: from reading the data to its first page on the screen, and to the whole laid out while it
// shows (--preview-only: that alone, in a process that has loaded nothing yet).
// scripts/benchmark-report.sh runs it and times LibreOffice converting our ODT to PDF beside it.
#include "domain/translations.h"
#include "reports/reportbuilder.h"
#include "reports/reportdata.h"
#include "reports/reportfiles.h"
#include "reports/reportpages.h"
#include "storage/database.h"
#include "storage/editionloader.h"

#include <cstdio>

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>

#ifdef PACTE_BENCH_PREVIEW
#include "previewbench.h"

#include <QApplication>
#endif

using namespace pacte;

namespace {

double seconds(QElapsedTimer& timer)
{
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    return elapsed;
}

#ifdef PACTE_BENCH_PREVIEW
void printPreview(const char* when, const bench::PreviewTimes& times)
{
    std::printf("preview (%s):\n", when);
    std::printf("  read and build:         %7.2f s\n", times.readAndBuild);
    std::printf("  preview: first page shown: %4.2f s (from the start of the reading)\n", times.firstPage);
    std::printf("  laid out while shown:   %7.2f s (%d pages; in all %.2f s)\n", times.laidOut - times.firstPage,
                times.pages, times.laidOut);
    std::printf("  longest pause meanwhile: %6.0f ms\n", times.longestPause * 1000);
}
#endif

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef PACTE_BENCH_PREVIEW
    QApplication app(argc, argv);
#else
    QGuiApplication app(argc, argv);
#endif
    installTranslations(QStringLiteral("fr"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: pacte_report_bench FILE OUTDIR [--edition NAME] [--preview-only]\n");
        return 2;
    }
    const QString editionName = arguments.indexOf(QStringLiteral("--edition")) > 0
                                    ? arguments.value(arguments.indexOf(QStringLiteral("--edition")) + 1)
                                    : QString();
    auto db = Database::open(arguments.at(1), QStringLiteral("bench"), Database::Access::ReadOnly);
    const auto edition = editionName.isEmpty() ? latestEdition(*db) : findEditionByTitle(*db, editionName);
    if (!edition) {
        std::fprintf(stderr, "no such edition\n");
        return 2;
    }
    const QDir out(arguments.at(2));
#ifdef PACTE_BENCH_PREVIEW
    ReportScope previewScope;
    previewScope.editionId = edition->id;
    if (arguments.contains(QStringLiteral("--preview-only"))) {
        printPreview("alone", bench::timePreview(*db, previewScope));
        return 0;
    }
#endif
    QElapsedTimer total;
    total.start();
    QElapsedTimer timer;
    timer.start();
    ReportScope scope;
    scope.editionId = edition->id;
    const ReportData data = loadReportData(*db, scope);
    const double load = seconds(timer);
    const auto report = buildReport(data);
    const double build = seconds(timer);
    const QString pdf = out.filePath(QStringLiteral("report-bench.pdf"));
    int pageCount = 0;
    if (const QString error = writeReportFile(*report, pdf, ReportFormat::Pdf,
                                              [&](int, int total) {
                                                  pageCount = total;
                                                  return true;
                                              });
        !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double pdfTime = seconds(timer);
    const double pdfTotal = static_cast<double>(total.nsecsElapsed()) / 1e9;
    const QString odt = out.filePath(QStringLiteral("report-bench.odt"));
    if (const QString error = writeReportFile(*report, odt, ReportFormat::Odt); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double odtTime = seconds(timer);
    // The layout alone (text laid out, pages cut), as the PDF writer above did it before painting.
    const ReportPages pages(*report);
    const double layoutTime = seconds(timer);
    std::printf("edition %s: %lld working groups, %lld actions\n", qPrintable(edition->title),
                static_cast<long long>(data.data.groups.size()), static_cast<long long>(data.data.actions.size()));
    std::printf("read the data:            %7.2f s\n", load);
    std::printf("build the document:       %7.2f s\n", build);
    std::printf("lay out and write the PDF: %6.2f s (%d pages, %s)\n", pdfTime, pageCount, qPrintable(pdf));
    std::printf("  of which the layout:    %7.2f s (%d pages)\n", layoutTime, pages.pageCount());
    std::printf("database to PDF, in all:  %7.2f s\n", pdfTotal);
    std::printf("write the ODT:            %7.2f s (%s)\n", odtTime, qPrintable(odt));
#ifdef PACTE_BENCH_PREVIEW
    printPreview("after the above", bench::timePreview(*db, previewScope));
#endif
    return 0;
}
