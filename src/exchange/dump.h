#pragma once

#include <QByteArray>

namespace pacte {

class Database;

inline constexpr auto DumpFormatName = "pacte-dump";
// 2: the database's identity, its change log and the sheets' export records; 3: the action an action
// continues and what a renewal carried over into an edition; 4: the figures an edition's pact declares
// and the partners' names over time, the employment-network meetings' territories and what the PTI
// presented at a meeting; 5: the governance rules of each edition (formats 1 to 4 still read, their
// editions applying the rules as before); 6: the day an evaluation's figures describe ("asOf", absent
// or null for 31 December, as in formats 1 to 5); 7: a measurement's value may be null, unknown (not
// reported), which is not zero (formats 1 to 6 always give a number);
// 8: where records come from ("provenance": quoted, deduced, illustrative; formats 1 to 7 restore
// every record as entered); 9: the working groups' yearly evaluations ("groupEvaluations" in each
// edition; formats 1 to 8 have none); 10: the themes' indicator templates ("templates" in each theme)
// and each indicator's link to its template ("template"; formats 1 to 9 have none); 11: each action's
// funding lines ("fundings", issue 20; formats 1 to 10 have none) and each edition's signatories'
// commitments ("commitments", issue 20; formats 1 to 10 have none) and each territory's
// local pact of the edition ("localPacts" in each edition; formats 1 to 10 have none).
inline constexpr int DumpFormatVersion = 11;

// The whole database as a `pacte-dump` JSON document (docs/dump-format.md).
QByteArray exportDump(Database& db);

// Reads a `pacte-dump` document into `db`, which must hold no records yet. The document is checked
// completely first; the first problem is thrown as an InputError naming its JSON path, and then
// nothing was written. Otherwise everything is written in one transaction.
void importDump(Database& db, const QByteArray& bytes);

} // namespace pacte
