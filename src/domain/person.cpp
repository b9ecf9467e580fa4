#include "person.h"

namespace pacte {

QString Person::displayName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

bool Person::hasRole(PersonRoleKind kind, Id territoryId) const
{
    for (const auto& role : roles) {
        if (role.kind == kind && (territoryId == NoId || role.territoryId == territoryId))
            return true;
    }
    return false;
}

} // namespace pacte
