#pragma once

#include "app/common/rowfilters.h"
#include "domain/partner.h"
#include "domain/person.h"
#include "domain/territory.h"

#include <QStringList>

namespace pacte {

// The role facet's value for a person who holds no PTI role.
inline constexpr int NoRole = -1;
// RowFilters::kind holds a single value, but a person may hold several roles (a project officer who
// is also a territory's referent): the role facet therefore filters on a list, RowFilters::publics.
inline constexpr FilterKey RoleFacet = FilterKey::Public;

// One line of the persons' table.
struct PersonRow : RowBase
{
    QString lastName;
    QString firstName;
    QString function;
    QString partner;     // the partner's acronym, or its name
    QString partnerName; // its full name
    QStringList roles;   // "PTI referent of the partner", "Departmental PTI referent of Biterrois"...
    QString email;
    QString phone;
    bool isReferent = false; // of a partner or of a territory
};

// How a role reads, with its territory for a territory referent.
QString roleLabel(const PersonRole& role, const QList<Territory>& territories);

QList<PersonRow> buildPersonRows(const QList<Person>& persons, const QList<Partner>& partners,
                                 const QList<Territory>& territories);

} // namespace pacte
