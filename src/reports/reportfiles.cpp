#include "reportfiles.h"

#include "odtpackage.h"
#include "reportdocument.h"
#include "reportpages.h"
#include "storage/failures.h"
#include "storage/newfile.h"
#include "storage/outputpath.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::ReportFiles)
};

// What a browser needs beyond the shared stylesheet: a readable column, and pages when printed.
constexpr auto WebStyle = R"(
body { max-width: 190mm; margin: 24px auto; padding: 0 16px; }
h1 { margin-top: 36px; }
table.grid { width: 100%; }
@media print { body { max-width: none; margin: 0; } }
)";

QByteArray pngData(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

std::optional<ReportFormat> reportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("odt"))
        return ReportFormat::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    return std::nullopt;
}

QString reportOutputProblem(const QString& path)
{
    return outputPathProblem(path);
}

QByteArray reportHtmlPage(const Report& report)
{
    QString body = report.fullHtml();
    body.remove(QRegularExpression(QStringLiteral("<td class=\"toc-page\"[^>]*>[^<]*</td>")));
    static const QRegularExpression chartImage(QStringLiteral("src=\"chart:(\\d+)\""));
    QString withCharts;
    qsizetype last = 0;
    for (auto it = chartImage.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        const int index = match.captured(1).toInt();
        withCharts += QStringView(body).mid(last, match.capturedStart() - last);
        const QImage image = pacte::chartImage(report.charts.value(index), 192);
        withCharts +=
            QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(pngData(image).toBase64()));
        last = match.capturedEnd();
    }
    withCharts += QStringView(body).mid(last);
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\" />\n"
                       "<title>%1</title>\n<style>\n%2%3</style>\n</head>\n<body>\n%4</body>\n</html>\n")
            .arg(report.title.toHtmlEscaped(), reportStyleSheet(), QString::fromLatin1(WebStyle), withCharts);
    return page.toUtf8();
}

bool writeReport(const Report& report, QIODevice& device, ReportFormat format, const ReportProgress& progress,
                 bool* cancelled)
{
    if (cancelled)
        *cancelled = false;
    const auto written = [&device](const QByteArray& bytes) { return device.write(bytes) == bytes.size(); };
    switch (format) {
    case ReportFormat::Pdf: {
        const ReportPages pages(report, progress);
        QPdfWriter writer(&device);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Pacte"));
        writer.setResolution(1200);
        if (!pages.paint(writer, progress)) {
            if (cancelled)
                *cancelled = true;
            return false;
        }
        break; // the PDF is finished when the painter ends, inside paint()
    }
    case ReportFormat::Odt: {
        // The ODF writer closes its device, which would end the file's writing: write to memory first.
        const auto document = makeReportDocument(report, ChartRendering::Image, 642, false);
        QBuffer buffer;
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(document.get()))
            return false;
        // What the word processor needs to paginate it as the PDF: header, footer, headings.
        OdtFinish finish;
        finish.headerLeft = report.title;
        finish.headerRight = report.scopeText;
        finish.footerLeft = reportFooterText(report);
        finish.pageText = reportPageText();
        describeStructure(*document, finish);
        const QByteArray finished = finishOdt(buffer.data(), finish);
        if (!written(finished.isEmpty() ? buffer.data() : finished))
            return false;
        break;
    }
    case ReportFormat::Html:
        if (!written(reportHtmlPage(report)))
            return false;
        break;
    }
    // QPdfWriter does not say when a write fails, and a file device keeps its last bytes in a buffer
    // whose failure only flush() reports: a full disk used to leave a truncated report behind.
    if (auto* file = qobject_cast<QFileDevice*>(&device))
        return file->flush() && file->error() == QFileDevice::NoError;
    return true;
}

QString writeReportFile(const Report& report, const QString& path, ReportFormat format, const ReportProgress& progress,
                        bool* cancelled)
{
    if (cancelled)
        *cancelled = false;
    if (const QString problem = reportOutputProblem(path); !problem.isEmpty())
        return problem;
    const QString what = Tr::tr("The report %1 could not be written").arg(QDir::toNativeSeparators(path));
    NewFile file(path);
    if (!file.open())
        return failureMessage(what, file.failure(), file.keptText(), file.errorString());
    bool stopped = false;
    if (!writeReport(report, file.device(), format, progress, &stopped)) {
        if (cancelled)
            *cancelled = stopped;
        if (stopped) {
            file.cancel();
            return Tr::tr("The report was cancelled.");
        }
        file.abandon();
        return failureMessage(what, file.failure(), file.keptText(), file.errorString());
    }
    if (!file.commit())
        return failureMessage(what, file.failure(), file.keptText(), file.errorString());
    return {};
}

} // namespace pacte
