// pacte_report_bench FILE OUTDIR [--edition NAME] [--preview-only | --pdf-only]: times the whole-département COPIL
// report of a large database (pacte-cli generate FILE --scale 60: 600 working groups, 6,000 actions): reading
// the data, building the document, laying out and writing the PDF, writing the ODT; and the print
// preview: from reading the data to its first page on the screen, and to the whole laid out while it
// shows (--preview-only: that alone, in a process that has loaded nothing yet; --pdf-only: the PDF alone).
// Each step prints its time, and the process's peak resident memory during it and what it holds after.
// scripts/benchmark-report.sh runs it and times LibreOffice converting our ODT to PDF beside it.
#include "domain/translations.h"
#include "reports/reportbuilder.h"
#include "reports/reportdata.h"
#include "reports/reportfiles.h"
#include "reports/reportpages.h"
#include "storage/database.h"
#include "storage/editionloader.h"

#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>

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

// The process's resident memory in MiB: now, and its peak since resetPeak() (Linux's VmRSS and VmHWM).
struct Memory
{
    double now = 0;
    double peak = 0;
};

Memory memory()
{
    Memory memory;
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmRSS:", 0) == 0)
            memory.now = std::stod(line.substr(6)) / 1024;
        else if (line.rfind("VmHWM:", 0) == 0)
            memory.peak = std::stod(line.substr(6)) / 1024;
    }
    return memory;
}

// Starts a new peak: the next memory() tells the peak of the step in between.
void resetPeak()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

void printStep(const char* what, double time, const Memory& memory, const QString& detail = {})
{
    std::printf("%-26s %6.2f s  peak %5.0f MiB, %5.0f MiB after%s%s\n", what, time, memory.peak, memory.now,
                detail.isEmpty() ? "" : "  ", qPrintable(detail));
    std::fflush(stdout);
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
        std::fprintf(stderr, "usage: pacte_report_bench FILE OUTDIR [--edition NAME] [--preview-only | --pdf-only]\n");
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
    // As pacte-cli report does: the records are released once the report is built.
    auto data = std::make_unique<ReportData>(loadReportData(*db, scope));
    const qsizetype groupCount = data->data.groups.size();
    const qsizetype actionCount = data->data.actions.size();
    const double load = seconds(timer);
    std::printf("edition %s: %lld working groups, %lld actions; resident memory in MiB\n", qPrintable(edition->title),
                static_cast<long long>(groupCount), static_cast<long long>(actionCount));
    printStep("read the data:", load, memory());
    resetPeak();
    timer.restart();
    const auto report = buildReport(*data);
    data.reset();
    const double build = seconds(timer);
    printStep("build the document:", build, memory(), QStringLiteral("(the records released)"));
    resetPeak();
    timer.restart();
    // The PDF as writeReportFile() writes it, its two steps timed apart: the layout, then the pages drawn.
    std::optional<ReportPages> pages(std::in_place, *report);
    const double layoutTime = seconds(timer);
    printStep("lay out:", layoutTime, memory(), QStringLiteral("(%1 pages)").arg(pages->pageCount()));
    resetPeak();
    timer.restart();
    const QString pdf = out.filePath(QStringLiteral("report-bench.pdf"));
    {
        QFile file(pdf);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(pdf));
            return 1;
        }
        QPdfWriter writer(&file);
        writer.setTitle(report->title);
        writer.setCreator(QStringLiteral("Pacte"));
        writer.setResolution(1200);
        if (!pages->paint(writer)) {
            std::fprintf(stderr, "the report was not drawn\n");
            return 1;
        }
    }
    const qint64 pdfBytes = QFileInfo(pdf).size();
    pages.reset();
    const double paintTime = seconds(timer);
    printStep("draw and write the PDF:", paintTime, memory(),
              QStringLiteral("(%1, %2 MB)").arg(pdf).arg(static_cast<double>(pdfBytes) / 1e6, 0, 'f', 1));
    std::printf("database to PDF, in all:   %6.2f s\n", static_cast<double>(total.nsecsElapsed()) / 1e9);
    std::fflush(stdout);
    if (arguments.contains(QStringLiteral("--pdf-only")))
        return 0;
    resetPeak();
    timer.restart();
    const QString odt = out.filePath(QStringLiteral("report-bench.odt"));
    if (const QString error = writeReportFile(*report, odt, ReportFormat::Odt); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    printStep("write the ODT:", seconds(timer), memory(), odt);
#ifdef PACTE_BENCH_PREVIEW
    printPreview("after the above", bench::timePreview(*db, previewScope));
#endif
    return 0;
}
