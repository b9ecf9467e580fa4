#include "entity.h"

#include <array>
#include <utility>

namespace pacte {

namespace {

constexpr std::array<std::pair<Entity, const char*>, 16> codes{{
    {Entity::Territory, "territory"},
    {Entity::Edition, "edition"},
    {Entity::Axis, "axis"},
    {Entity::Theme, "theme"},
    {Entity::TargetPublic, "target_public"},
    {Entity::Dispositif, "dispositif"},
    {Entity::Partner, "partner"},
    {Entity::Person, "person"},
    {Entity::WorkingGroup, "working_group"},
    {Entity::Action, "action"},
    {Entity::Indicator, "indicator"},
    {Entity::Measurement, "measurement"},
    {Entity::Meeting, "meeting"},
    {Entity::Evaluation, "evaluation"},
    {Entity::GroupEvaluation, "group_evaluation"},
    {Entity::LocalPact, "local_pact"},
}};

} // namespace

QString entityCode(Entity entity)
{
    for (const auto& [value, code] : codes) {
        if (value == entity)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<Entity> entityFromCode(QStringView code)
{
    for (const auto& [value, text] : codes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace pacte
