#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QList>

namespace pacte {

// The statuses in the order of Annexe 1 (réalisées, en fonctionnement, en cours, en projet), then
// abandoned: the order of every legend, stack and tile, in the dashboard and in the report.
QList<ActionStatus> statusOrder();
// One colour per status, the same in every chart, tile and report (Okabe-Ito, readable by
// colour-blind readers), each with a contrast of 4.5:1 at least on white.
QColor statusColour(ActionStatus status);

} // namespace pacte
