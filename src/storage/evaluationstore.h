#pragma once

#include "domain/editiondata.h"
#include "domain/evaluationsnapshot.h"

#include <optional>

namespace pacte {

class Database;

// The edition as it stood at the end of `asOf`, read from the records' own dates: meetings,
// measurements and signatures dated after it left out; an action entered late (after the day)
// counted from its start (or first measurement), one entered before it as a project until it
// starts; statuses from the action's end date, or as the change log recorded them then (see
// domain/asof.h); a group entered late counted when one of its actions or meetings is. A frozen
// evaluation keeps what was reported; this is the best reading of the live data.
EditionData loadEditionDataAsOf(Database& db, Id editionId, const QDate& asOf);
// The same from the edition already loaded in full (loadEditionData), for several days in a row.
EditionData restrictToDay(Database& db, EditionData data, const QDate& asOf);

// The day a year's figures describe: 31 December, or today while the year is running.
QDate evaluationDay(int year);
// The day an evaluation's figures describe: its "as of" day (31 December when it has none), or today
// while that day is to come.
QDate evaluationDay(const Evaluation& evaluation);
// The day the year's figures describe given the edition's evaluations: the "as of" day of the year's
// final evaluation, else of its yearly one, else 31 December (or today while the day is to come).
QDate evaluationDay(const QList<Evaluation>& evaluations, int year);
// The same, reading the edition's evaluations.
QDate evaluationDay(Database& db, Id editionId, int year);

// The evaluation record of a year, if one was written.
std::optional<Evaluation> findEvaluation(Database& db, Id editionId, int year, EvaluationKind kind);

// The live snapshot of a year (not stored), as of the year's evaluation day (evaluationDay above).
EvaluationSnapshot liveSnapshot(Database& db, Id editionId, int year);
// The same from the edition already loaded in full (several years read it once).
EvaluationSnapshot liveSnapshot(Database& db, const EditionData& loaded, int year);
// The frozen snapshot of the year's evaluation (the final one if both exist), if any.
std::optional<EvaluationSnapshot> frozenSnapshot(Database& db, Id editionId, int year);
std::optional<EvaluationSnapshot> frozenSnapshotOf(Database& db, Id evaluationId);
// The frozen snapshot when there is one, otherwise the live one; `frozen` says which.
EvaluationSnapshot snapshotForYear(Database& db, Id editionId, int year, bool* frozen = nullptr);
// The same, the live one taken from the edition already loaded in full (as loadEditionData reads it,
// not restricted to a day): the edition's records are not read again.
EvaluationSnapshot snapshotForYear(Database& db, const EditionData& loaded, int year, bool* frozen = nullptr);

// Freezes the year: creates the year's evaluation record if needed and stores its snapshot, in one
// transaction recorded in the change log. Throws StorageError when the year is already frozen, out
// of the edition, or still to come.
Evaluation freezeYear(Database& db, Id editionId, int year, EvaluationKind kind);
// Sets the day the evaluation's figures describe (a null date: 31 December), creating the year's
// evaluation record if needed; recorded in the change log. Throws ValidationError when the day is not
// in the year (nothing written), StorageError when the evaluation is frozen or the year is not the
// edition's.
Evaluation setEvaluationDay(Database& db, Id editionId, int year, EvaluationKind kind, const QDate& asOf);
// Stores an already-frozen snapshot (restoring a dump).
void storeFrozenSnapshot(Database& db, Id evaluationId, const EvaluationSnapshot& snapshot);

} // namespace pacte
