#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QList>
#include <QString>

namespace pacte::dashboard {

// The statuses in the order of Annexe 1 (réalisées, en fonctionnement, en cours, en projet), then
// abandoned: the order of every legend, stack and tile.
QList<ActionStatus> statusOrder();
// One colour per status, the same in every chart and tile (Okabe-Ito, readable by colour-blind users).
QColor statusColour(ActionStatus status);
// The accent of the tiles and bars that are not about a status.
QColor neutralColour();
// `text` cut to `length` characters at a word boundary, with an ellipsis ("1. Lever les freins…").
QString shortened(const QString& text, int length);

} // namespace pacte::dashboard
