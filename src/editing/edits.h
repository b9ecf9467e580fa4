#pragma once

#include "domain/enums.h"
#include "domain/ids.h"
#include "domain/provenance.h"
#include "editresult.h"
#include "provenancetarget.h"
#include "storage/records.h"

namespace pacte {

class Document;
struct RenewalRecords;
class SheetImport;
class TableImport;

// The one door through which the application changes a document (Subsurface's commands/command.h):
// each function runs an undo command, or keeps the undo stack truthful for the writes that are not
// undoable, and the document then notifies the views. Widgets never build or inspect commands.
namespace edit {

// Adds `item` as one undo step; the result holds it as stored (its id and uuid).
template <typename T>
ItemResult<T> add(Document& document, T item);
// Replaces `before` by `after` (children included) as one undo step; `text` names it in the history.
// For an axis, the groups and actions that lose a removed theme get it back on undo.
template <typename T>
EditResult update(Document& document, T before, T after, const QString& text = {});
// Deletes `item` and what the schema cascades from it, as one undo step that restores everything.
template <typename T>
EditResult remove(Document& document, T item);

// Freezes a year's figures (not undoable): any undo step that would delete the evaluation record
// and its frozen figures leaves the history.
ItemResult<Evaluation> freezeYear(Document& document, Id editionId, int year, EvaluationKind kind);

// Enters or changes a working group's evaluation of a year (one per group and year) as one undo step:
// an insert when the group has none for the year (nothing is stored for a blank one), else an update
// of the stored one. Refused when the edition's evaluation of that year is frozen. The result holds
// the evaluation as stored.
ItemResult<GroupEvaluation> saveGroupEvaluation(Document& document, GroupEvaluation item);

// Enters or changes a territory's local pact of an edition (one per territory and edition) as one undo
// step named `text`: an insert when there is none yet (nothing is stored for an empty one), else an update
// of the stored one. Checked against the edition (review years, linked groups and actions of the same
// edition); refused when it changes the review of a frozen year. The result holds the pact as stored.
ItemResult<LocalPact> saveLocalPact(Document& document, LocalPact item, const QString& text = {});

// Writes a previewed and decided sheet import (see SheetImport::apply()) as one undo step: undo puts
// the group's actions and meetings back as they were before it, redo as the import left them. The
// result's message is empty on success.
struct SheetImportResult : EditResult
{
    QString backupPath;
};
SheetImportResult importSheet(Document& document, SheetImport& import);

// Writes a planned spreadsheet import (its valid rows; see TableImport) as one undo step, after a
// backup copy of the file; the change log says "import" and names `sourceName`. The result's message
// is empty on success.
struct TableImportResult : EditResult
{
    QString backupPath;
};
TableImportResult importTable(Document& document, const TableImport& import, const QString& sourceName);

// Writes a planned renewal of a pact (see planRenewal()) as one undo step: the new edition with the
// axes, signatories to be, working groups and actions it carries over. Undo removes them; the final
// evaluation it froze stays frozen. The result holds the new edition.
ItemResult<Edition> renew(Document& document, const RenewalRecords& records);

// Sets where the record `uuid` of `entity` comes from, as one undo step (the change log's field
// "provenance"); `label` names the record in the history. Nothing happens when it is unchanged.
EditResult setProvenance(Document& document, Entity entity, const QUuid& uuid, const QString& label,
                         const Provenance& after);
// The same for any target, a partner's signature say (logged in the partner's history).
EditResult setProvenance(Document& document, const ProvenanceTarget& target, const Provenance& after);

#define PACTE_DECLARE_EDITS(Type)                                                                                      \
    extern template ItemResult<Type> add(Document&, Type);                                                             \
    extern template EditResult update(Document&, Type, Type, const QString&);                                          \
    extern template EditResult remove(Document&, Type);

PACTE_DECLARE_EDITS(Territory)
PACTE_DECLARE_EDITS(Edition)
PACTE_DECLARE_EDITS(Axis)
PACTE_DECLARE_EDITS(TargetPublic)
PACTE_DECLARE_EDITS(Dispositif)
PACTE_DECLARE_EDITS(Partner)
PACTE_DECLARE_EDITS(Person)
PACTE_DECLARE_EDITS(WorkingGroup)
PACTE_DECLARE_EDITS(Action)
PACTE_DECLARE_EDITS(Meeting)
PACTE_DECLARE_EDITS(Evaluation)
PACTE_DECLARE_EDITS(GroupEvaluation)
PACTE_DECLARE_EDITS(LocalPact)

#undef PACTE_DECLARE_EDITS

} // namespace edit
} // namespace pacte
