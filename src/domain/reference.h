#pragma once

#include "ids.h"

#include <QString>
#include <QUuid>

namespace pacte {

// A target public (§2.1, §1.1): "allocataires du RSA", "jeunes", ...
struct TargetPublic
{
    Id id = NoId;
    QUuid uuid;
    QString name;

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const TargetPublic&) const = default;
};

// An existing scheme the PTI must articulate with (§1.2): PDI, PASIP, SPEP, ...
struct Dispositif
{
    Id id = NoId;
    QUuid uuid;
    QString acronym;
    QString name;
    QString description;

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const Dispositif&) const = default;
};

} // namespace pacte
