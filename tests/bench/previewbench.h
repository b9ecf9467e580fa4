#pragma once

#include "reports/reportscope.h"

namespace pacte {
class Database;
}

namespace pacte::bench {

// The print preview of a report, as Rapports ▸ Rapport COPIL… ▸ Aperçu opens it.
struct PreviewTimes
{
    double readAndBuild = 0; // reading the data and building the report, in seconds
    double firstPage = 0;    // from the start of the reading to the first page drawn on the screen
    double laidOut = 0;      // from the start of the reading to the whole report laid out
    double longestPause = 0; // the longest the window did not answer while the rest was laid out
    int pages = 0;
};

// Opens the preview of `scope` and waits until it is laid out (QApplication needed).
PreviewTimes timePreview(Database& db, const ReportScope& scope);

} // namespace pacte::bench
