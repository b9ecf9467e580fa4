#pragma once

#include "domain/enums.h"
#include "reports/statuspalette.h"

#include <QColor>
#include <QList>
#include <QString>

namespace pacte::dashboard {

// The statuses' order and colours, shared with the COPIL report.
using pacte::statusColour;
using pacte::statusOrder;
// The accent of the tiles and bars that are not about a status.
QColor neutralColour();
// `text` cut to `length` characters at a word boundary, with an ellipsis ("1. Lever les freins…").
QString shortened(const QString& text, int length);

} // namespace pacte::dashboard
