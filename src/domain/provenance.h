#pragma once

#include "enums.h"

#include <QString>
#include <QUuid>

namespace pacte {

// Where a record comes from (issue 19): quoted from the pact (with the page or section), deduced
// from it (with why), illustrative (invented for the demonstration or an example), or entered by a
// user (the default: who and when is in the change log).
enum class ProvenanceKind {
    Entered,
    Quoted,
    Deduced,
    Illustrative,
};

template <>
std::span<const EnumEntry<ProvenanceKind>> enumEntries<ProvenanceKind>();

struct Provenance
{
    ProvenanceKind kind = ProvenanceKind::Entered;
    QString source; // the page or section of the pact, the document quoted
    QString note;   // why it is deduced, what is illustrative

    bool operator==(const Provenance&) const = default;

    // Entered with nothing said: what every record is unless marked otherwise.
    bool isDefault() const { return kind == ProvenanceKind::Entered && source.isEmpty() && note.isEmpty(); }
    // One line for the change log and the editors: "Illustratif — note (source)".
    QString summary() const;
};

// A record's provenance with what it is attached to: the entity code ("action", "axis", ...,
// "signature") and the record's uuid.
struct ProvenanceRecord
{
    QString entity;
    QUuid uuid;
    Provenance provenance;

    bool operator==(const ProvenanceRecord&) const = default;
};

// The entity codes a provenance may be attached to.
bool isProvenanceEntity(const QString& code);

} // namespace pacte
