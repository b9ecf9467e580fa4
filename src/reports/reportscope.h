#pragma once

#include "domain/ids.h"

#include <QString>

namespace pacte {

// The parts of a COPIL report; each can be switched off in the report dialog.
struct ReportSections
{
    bool cover = true;
    bool contents = true; // the table of contents
    bool summary = true;
    bool groups = true;
    bool actionSheets = true;
    bool governance = true;
    bool evaluation = true;
    bool coverage = true; // who does what where
    bool governanceEvaluation = true;
    bool partners = true;
    bool calendar = true;

    bool operator==(const ReportSections&) const = default;
};

// What a COPIL report covers: one edition, the whole département or one territory or axis, and a
// year (live data, or the frozen yearly evaluation when there is one).
struct ReportScope
{
    Id editionId = NoId;
    Id territoryId = NoId;     // NoId: the whole département
    Id axisId = NoId;          // NoId: every axis
    Id groupId = NoId;         // one working group's sheets only (printed from its editor)
    Id actionId = NoId;        // one action sheet only (printed from its editor)
    int year = 0;              // 0: live data as of today
    bool copilVersion = false; // "Version COPIL" rather than "Document de travail"
    ReportSections sections;

    bool operator==(const ReportScope&) const = default;
};

} // namespace pacte
