#include "dashboardread.h"

#include "storage/fundingdata.h"
#include "storage/renewal.h"
#include "storage/repository.h"

#include <algorithm>

namespace pacte {

DashboardRead readDashboard(Database& db, Id editionId, const QDate& today)
{
    DashboardRead read;
    if (editionId == NoId)
        return read;
    read.edition = EditionRepository(db).find(editionId);
    if (!read.edition)
        return read;
    // "This year" within the edition: a past edition shows its last year, a future one its first.
    const int year = std::clamp(today.year(), read.edition->firstYear(), read.edition->lastYear());
    read.figures = loadDashboardFigures(db, editionId, year);
    // "1. Lever les freins…": the axes are known by their numbers (a handful of rows to read).
    for (const Axis& axis : AxisRepository(db).ofEdition(editionId))
        read.axisNumbers.insert(axis.id, axis.number);
    if (read.edition->predecessorId != NoId)
        read.previous = EditionRepository(db).find(read.edition->predecessorId);
    if (read.previous)
        read.before = loadDashboardFigures(db, read.previous->id, read.previous->lastYear());
    read.renewal = findRenewal(db, editionId);
    read.funding = loadFundingTotals(db, editionId);
    return read;
}

} // namespace pacte
