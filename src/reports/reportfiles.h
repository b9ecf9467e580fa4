#pragma once

#include "reportbuilder.h"

#include <optional>

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace pacte {

enum class ReportFormat { Pdf, Odt, Html };

// The format a file name asks for (.pdf, .odt, .html or .htm, any case); nothing for another suffix.
std::optional<ReportFormat> reportFormatForPath(const QString& path);

// Why a report cannot be written at `path`, in the UI language (outputPathProblem(): its folder
// missing, `path` a folder, a device, a database...); empty when it can be tried.
QString reportOutputProblem(const QString& path);

// The report as one self-contained HTML page: the stylesheet inline, the charts as PNG data.
QByteArray reportHtmlPage(const Report& report);

// Writes `report` to `device` (open for writing) in `format`. False when a write failed (every write
// is checked, and a file device flushed) or the user cancelled (`cancelled` then says so).
bool writeReport(const Report& report, QIODevice& device, ReportFormat format, const ReportProgress& progress = {},
                 bool* cancelled = nullptr);

// Writes `report` to `path` in `format`, through a temporary file in the same folder renamed at the
// end: a failure (a full disk...) or a cancel leaves no partial file. Returns the error in the UI
// language (the file, the cause, what to do), or an empty string; `cancelled` tells a cancel from a
// failure.
QString writeReportFile(const Report& report, const QString& path, ReportFormat format,
                        const ReportProgress& progress = {}, bool* cancelled = nullptr);

} // namespace pacte
