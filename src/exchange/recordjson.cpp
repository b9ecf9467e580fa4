#include "recordjson.h"

#include "domain/enums.h"

#include <QCoreApplication>

namespace pacte::json {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Dump)
};

} // namespace

Json indicatorJson(const Indicator& indicator, const QUuid& templateUuid)
{
    Json measurements = Json::array();
    for (const auto& m : indicator.measurements)
        measurements.push_back(Json{{"uuid", toJson(m.uuid)},
                                    {"date", toJson(m.date)},
                                    {"value", toJson(m.value)}, // null: unknown, not zero
                                    {"target", toJson(m.target)},
                                    {"comment", toJson(m.comment)}});
    Json object{{"uuid", toJson(indicator.uuid)},
                {"name", toJson(indicator.name)},
                {"kind", toJson(enumCode(indicator.kind))},
                {"unit", toJson(indicator.unit)},
                {"baseline", toJson(indicator.baseline)},
                {"target", toJson(indicator.target)},
                {"measurements", measurements}};
    if (!templateUuid.isNull())
        object["template"] = toJson(templateUuid);
    return object;
}

Indicator indicatorFromJson(const Json& o, const Path& p, const std::function<QUuid(const Json&, const Path&)>& uuidOf,
                            const std::function<Id(const QUuid&, const Path&)>& templateOf)
{
    expectObject(o, p, {"uuid", "name", "kind", "unit", "baseline", "target", "measurements", "template"});
    Indicator indicator;
    indicator.uuid = uuidOf(o, p);
    indicator.name = requiredString(o, "name", p);
    indicator.kind = optionalEnum(o, "kind", p, IndicatorKind::Output);
    indicator.unit = optionalString(o, "unit", p);
    indicator.baseline = optionalNumber(o, "baseline", p);
    indicator.target = optionalNumber(o, "target", p);
    if (const QUuid templateUuid = optionalUuid(o, "template", p); !templateUuid.isNull()) {
        if (!templateOf)
            fail(p / "template", Tr::tr("indicator templates do not travel in sheets: an indicator is linked to its "
                                        "template in Pacte itself."));
        indicator.templateId = templateOf(templateUuid, p / "template");
    }
    const Json& measurements = optionalArray(o, "measurements", p);
    for (std::size_t i = 0; i < measurements.size(); ++i) {
        const Path mp = (p / "measurements")[i];
        const Json& mo = measurements.at(i);
        expectObject(mo, mp, {"uuid", "date", "value", "target", "comment"});
        Measurement m;
        m.uuid = uuidOf(mo, mp);
        m.date = requiredDate(mo, "date", mp);
        m.value = nullableNumber(mo, "value", mp);
        m.target = optionalNumber(mo, "target", mp);
        m.comment = optionalString(mo, "comment", mp);
        checkValid(m, mp);
        indicator.measurements.append(m);
    }
    // The measurements were checked each at its own path.
    Indicator own = indicator;
    own.measurements.clear();
    checkValid(own, p);
    return indicator;
}

} // namespace pacte::json
