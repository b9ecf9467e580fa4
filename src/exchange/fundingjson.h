#pragma once

#include "domain/funding.h"
#include "jsonaccess.h"

#include <functional>

namespace pacte::json {

// A funding line (issue 20) as full dumps and working-group sheets write it: the funder as a partner's
// uuid ("partner") or a fund's code ("fund", with "otherFunder" for another fund), the amounts by year
// in whole euro cents ("plannedCents": 1234567 is 12 345,67 €), null when unknown (never 0).
Json fundingJson(const FundingLine& line, const QUuid& partnerUuid);
// The same read back and checked (the domain's validation, at the line's path); `number` is the line's
// rank in its action (from 1) for the messages; `uuidOf` reads and registers the line's uuid;
// `partnerOf` gives the id of the partner a uuid names (or refuses it with json::fail).
FundingLine fundingFromJson(const Json& object, const Path& path, int number,
                            const std::function<QUuid(const Json&, const Path&)>& uuidOf,
                            const std::function<Id(const QUuid&, const Path&)>& partnerOf);

} // namespace pacte::json
