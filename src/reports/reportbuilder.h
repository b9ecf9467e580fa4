#pragma once

#include "packedsheets.h"
#include "reportchart.h"
#include "reportdata.h"
#include "reportsheet.h"

#include <functional>
#include <optional>

#include <QDate>
#include <QList>
#include <QString>

namespace pacte {

// Reports progress (`done` of `total` steps); returning false cancels the work.
using ReportProgress = std::function<bool(int done, int total)>;

// A built COPIL report: HTML in the report stylesheet, its charts, and what the renderers put in
// the page header and footer. Renderers turn it into PDF, printer pages, ODT or HTML.
struct Report
{
    QString title;     // "PTI 2017-2021 — Hérault": the header of every page
    QString scopeText; // "Ensemble du département — 2021": the footer
    QDate date;        // the day it was produced
    // The body, with "chart:N" images and the page tokens of the contents. An action sheet is only its
    // SheetMark: the paged renderers lay it out from `sheets`, the others expand it (fullHtml()).
    QString html;
    QList<ReportChart> charts;
    PackedSheets sheets;         // the action sheets, each a part of the HTML after its SheetMark
    QStringList contentsAnchors; // the headings the contents list, each with pageToken(anchor)

    // The placeholder the table of contents holds for the page number of the heading `anchor`.
    static QString pageToken(const QString& anchor);
    // `html` with each action sheet's HTML after its mark (for the HTML and ODT outputs).
    QString fullHtml() const;
};

// Builds the report of `data` (its scope says which sections). Returns nothing if cancelled.
std::optional<Report> buildReport(const ReportData& data, const ReportProgress& progress = {});

} // namespace pacte
