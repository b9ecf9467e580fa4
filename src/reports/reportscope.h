#pragma once

#include "domain/ids.h"

#include <QString>

namespace pacte {

// What a COPIL report covers: one edition, the whole département or one territory or axis, and a
// year (live data, or the frozen yearly evaluation when there is one).
struct ReportScope
{
    Id editionId = NoId;
    Id territoryId = NoId;     // NoId: the whole département
    Id axisId = NoId;          // NoId: every axis
    int year = 0;              // 0: live data as of today
    bool copilVersion = false; // "Version COPIL" rather than "Document de travail"

    bool operator==(const ReportScope&) const = default;

    QString describe(const QString& editionTitle, const QString& territoryName, const QString& axisTitle) const;
};

} // namespace pacte
