#include "sectionid.h"

#include <array>
#include <utility>

namespace pacte {

namespace {

constexpr std::array<std::pair<SectionId, const char*>, 12> names{{
    {SectionId::Dashboard, "dashboard"},
    {SectionId::Compliance, "compliance"},
    {SectionId::Partners, "partners"},
    {SectionId::Persons, "persons"},
    {SectionId::Territories, "territories"},
    {SectionId::Axes, "axes"},
    {SectionId::Groups, "groups"},
    {SectionId::Actions, "actions"},
    {SectionId::Indicators, "indicators"},
    {SectionId::Meetings, "meetings"},
    {SectionId::Evaluation, "evaluation"},
    {SectionId::Coverage, "coverage"},
}};

} // namespace

QString sectionName(SectionId id)
{
    for (const auto& [value, name] : names) {
        if (value == id)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<SectionId> sectionFromName(const QString& name)
{
    for (const auto& [value, text] : names) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace pacte
