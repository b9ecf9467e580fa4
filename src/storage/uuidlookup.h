#pragma once

#include "domain/ids.h"

#include <optional>

#include <QString>
#include <QUuid>

namespace pacte {

class Database;

// The kinds of records that carry a uuid (every table but the links and the change log).
enum class RecordKind {
    Territory,
    Edition,
    Axis,
    Theme,
    TargetPublic,
    Dispositif,
    Partner,
    Signature,
    Person,
    WorkingGroup,
    Action,
    Indicator,
    Measurement,
    Meeting,
    Evaluation,
    GroupEvaluation,
    SheetExport,
    LocalPact
};

struct UuidOwner
{
    RecordKind kind;
    Id id = NoId;
};

// Which record of the whole database holds `uuid`, whatever its kind; nothing when none does. Uuids
// name records across files (sheets, dumps): one must never name two records.
std::optional<UuidOwner> findUuid(Database& db, const QUuid& uuid);

// "a partner", "a theme"... for messages, in the UI language.
QString recordKindName(RecordKind kind);

// The table of a kind of record (internal to storage's look-ups).
QString recordTable(RecordKind kind);

} // namespace pacte
