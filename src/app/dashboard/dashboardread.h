#pragma once

#include "domain/edition.h"
#include "domain/fundingtotals.h"
#include "domain/renewal.h"
#include "storage/dashboardfigures.h"

#include <optional>

#include <QDate>
#include <QHash>

namespace pacte {

class Database;

// Everything the dashboard shows, read from the database in one go: on a worker thread after a change
// or an opening (a few hundred milliseconds of aggregate queries at 50,000 actions), so that the window
// is never frozen by them; on the window's own thread when asked to refresh at once.
struct DashboardRead
{
    std::optional<Edition> edition; // none: the edition is gone
    DashboardFigures figures;
    QHash<Id, int> axisNumbers;
    std::optional<Edition> previous;
    std::optional<DashboardFigures> before; // the previous edition's figures
    std::optional<Renewal> renewal;
    FundingTotals funding;
};

// Reads what the dashboard of `editionId` shows on `today`. Throws StorageError.
DashboardRead readDashboard(Database& db, Id editionId, const QDate& today);

} // namespace pacte
