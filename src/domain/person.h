#pragma once

#include "enums.h"
#include "ids.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

struct PersonRole
{
    PersonRoleKind kind = PersonRoleKind::PartnerReferent;
    Id territoryId = NoId; // for TerritoryReferent only

    bool operator==(const PersonRole&) const = default;
};

// A person the coordination needs to reach. Only what coordination needs is kept:
// no data about beneficiaries.
struct Person
{
    Id id = NoId;
    QUuid uuid;
    QString firstName;
    QString lastName;
    QString function;
    QString email;
    QString phone;
    Id partnerId = NoId;
    QList<PersonRole> roles;
    QString notes;

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const Person&) const = default;

    QString displayName() const;
    bool hasRole(PersonRoleKind kind, Id territoryId = NoId) const;
};

} // namespace pacte
