#pragma once

#include "domain/fundingtotals.h"

#include <QJsonObject>

namespace pacte::cli {

// The financing totals (issue 20) for `evaluate --json`: amounts in whole euro cents, each sum with
// how many amounts it adds ("known") and how many were unknown and left out ("unknown").
QJsonObject fundingTotalsJson(const FundingTotals& totals);

} // namespace pacte::cli
