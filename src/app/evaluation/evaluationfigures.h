#pragma once

#include "app/common/rowfilters.h"
#include "domain/axis.h"
#include "domain/edition.h"
#include "domain/evaluation.h"
#include "domain/evaluationsnapshot.h"

#include <optional>

#include <QDateTime>
#include <QHash>

namespace pacte {

class Database;

// One row of the evaluation list: a year of the edition (and, for its last year, the final
// evaluation too), with the figures of its snapshot.
struct EvaluationRow : RowBase
{
    int year = 0;
    EvaluationKind kind = EvaluationKind::Intermediate;
    QUuid recordUuid; // the Evaluation record, once the year has one
    bool frozen = false;
    QDateTime frozenAt;
    QString frozenBy;
    bool damaged = false; // frozen, but the stored figures cannot be read
    int actions = 0;
    int carriedOut = 0;
    int meetingsHeld = 0;
};

// Everything the editor shows for one row.
struct EvaluationYear
{
    Edition edition;
    QList<Axis> axes;
    int year = 0;
    EvaluationKind kind = EvaluationKind::Intermediate;
    std::optional<Evaluation> record;
    EvaluationSnapshot snapshot;
    bool frozen = false;
    QString damage; // why the frozen figures cannot be read (the live ones are shown instead)
    std::optional<EvaluationSnapshot> previous; // year - 1, when it belongs to the edition
    bool previousFrozen = false;
};

// The row's key: stable whether or not the year has an Evaluation record yet, so that the selection
// survives the record's creation (and its removal by undo).
QUuid evaluationRowUuid(const Edition& edition, int year, EvaluationKind kind);

// "frozen on 12 March 2025 by Claire Martin" / "not frozen".
QString frozenStateText(bool frozen, const QDateTime& frozenAt, const QString& frozenBy);

// Reads the rows and the selected year. Live snapshots (one load of the edition as it stood at the
// end of each year, or the day its evaluation describes) are kept until invalidate(): an assessment
// typed in the editor does not change them, so that refreshing after it stays quick; a new "as of"
// day reads the year again.
class EvaluationFigures final
{
public:
    void invalidate() { m_live.clear(); }

    // Without `liveFigures`, the years not frozen are listed without their counts (no edition load).
    QList<EvaluationRow> rows(Database& db, const Edition& edition, bool liveFigures = true);
    EvaluationYear year(Database& db, const Edition& edition, int year, EvaluationKind kind);

private:
    const EvaluationSnapshot& live(Database& db, Id editionId, int year);

    QHash<QString, EvaluationSnapshot> m_live; // by edition, year and day described
};

} // namespace pacte
