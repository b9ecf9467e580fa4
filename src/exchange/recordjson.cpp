#include "recordjson.h"

#include "domain/enums.h"

namespace pacte::json {

Json indicatorJson(const Indicator& indicator)
{
    Json measurements = Json::array();
    for (const auto& m : indicator.measurements)
        measurements.push_back(Json{{"uuid", toJson(m.uuid)},
                                    {"date", toJson(m.date)},
                                    {"value", m.value},
                                    {"target", toJson(m.target)},
                                    {"comment", toJson(m.comment)}});
    return Json{{"uuid", toJson(indicator.uuid)},
                {"name", toJson(indicator.name)},
                {"kind", toJson(enumCode(indicator.kind))},
                {"unit", toJson(indicator.unit)},
                {"baseline", toJson(indicator.baseline)},
                {"target", toJson(indicator.target)},
                {"measurements", measurements}};
}

} // namespace pacte::json
