#include "edits.h"

#include "axisupdatecommand.h"
#include "document.h"
#include "exchange/sheetimport.h"
#include "freezeguard.h"
#include "provenancecommand.h"
#include "recordcommands.h"
#include "renewcommand.h"
#include "sheetimportcommand.h"
#include "storage/backups.h"
#include "storage/evaluationstore.h"
#include "storage/groupevaluationstore.h"
#include "storage/provenancestore.h"
#include "storage/storageerror.h"
#include "tableimportcommand.h"

namespace pacte {

// The few writes that are not undo commands reach the document's stack and notifications here.
class DocumentAccess final
{
public:
    static EditResult execute(Document& document, std::unique_ptr<DocumentCommand> command)
    {
        return document.execute(std::move(command));
    }
    static void notify(Document& document, Entity entity, const QList<QUuid>& uuids, ChangeKind kind)
    {
        document.notify(entity, uuids, kind);
    }
};

namespace edit {

template <typename T>
ItemResult<T> add(Document& document, T item)
{
    auto command = std::make_unique<InsertRecordCommand<T>>(document, std::move(item));
    const auto* inserted = command.get();
    ItemResult<T> result{DocumentAccess::execute(document, std::move(command)), {}};
    if (result.ok())
        result.item = inserted->item(); // the stack owns the command now
    return result;
}

template <typename T>
EditResult update(Document& document, T before, T after, const QString& text)
{
    if constexpr (std::is_same_v<T, Axis>)
        return DocumentAccess::execute(
            document, std::make_unique<AxisUpdateCommand>(document, std::move(before), std::move(after), text));
    else
        return DocumentAccess::execute(
            document, std::make_unique<UpdateRecordCommand<T>>(document, std::move(before), std::move(after), text));
}

template <typename T>
EditResult remove(Document& document, T item)
{
    return DocumentAccess::execute(document, std::make_unique<DeleteRecordCommand<T>>(document, std::move(item)));
}

ItemResult<Evaluation> freezeYear(Document& document, Id editionId, int year, EvaluationKind kind)
{
    ItemResult<Evaluation> result;
    try {
        result.item = pacte::freezeYear(document.database(), editionId, year, kind);
    } catch (const StorageError& error) {
        result.message = error.message();
        return result;
    }
    protectFrozenEvaluation(*document.undoStack(), result.item);
    protectFrozenGroupEvaluations(*document.undoStack(), document.database(), editionId, year);
    protectFrozenLocalPactReviews(*document.undoStack(), document.database(), editionId, year);
    DocumentAccess::notify(document, Entity::Evaluation, {result.item.uuid}, ChangeKind::Updated);
    return result;
}

ItemResult<GroupEvaluation> saveGroupEvaluation(Document& document, GroupEvaluation item)
{
    Database& db = document.database();
    std::optional<GroupEvaluation> stored;
    try {
        if (isGroupEvaluationFrozen(db, item.groupId, item.year))
            return {EditResult::refused(QCoreApplication::translate("pacte::edit",
                                                                    "The evaluation of %1 is frozen: the group's "
                                                                    "evaluation of that year can no longer change.")
                                            .arg(item.year),
                                        {{QStringLiteral("year"), {}}}),
                    {}};
        stored = findGroupEvaluation(db, item.groupId, item.year);
    } catch (const StorageError& error) {
        return {EditResult::refused(error.message()), {}};
    }
    if (!stored) {
        if (item.isBlank())
            return {{}, item};
        item.id = NoId;
        return add(document, std::move(item));
    }
    item.id = stored->id;
    item.uuid = stored->uuid;
    if (item == *stored)
        return {{}, item};
    ItemResult<GroupEvaluation> result{update(document, *stored, item), item};
    return result;
}

EditResult setProvenance(Document& document, Entity entity, const QUuid& uuid, const QString& label,
                         const Provenance& after)
{
    return setProvenance(document, ProvenanceTarget::record(entity, uuid, label), after);
}

EditResult setProvenance(Document& document, const ProvenanceTarget& target, const Provenance& after)
{
    Provenance before;
    try {
        before = ProvenanceStore(document.database()).get(target.uuid);
    } catch (const StorageError& error) {
        return EditResult::refused(error.message());
    }
    if (before == after)
        return {};
    return DocumentAccess::execute(document, std::make_unique<ProvenanceCommand>(document, target, before, after));
}

SheetImportResult importSheet(Document& document, SheetImport& import)
{
    auto command = std::make_unique<SheetImportCommand>(document, import);
    const auto* importing = command.get();
    SheetImportResult result;
    static_cast<EditResult&>(result) = DocumentAccess::execute(document, std::move(command));
    if (result.ok())
        result.backupPath = importing->backupPath(); // the stack owns the command now
    return result;
}

TableImportResult importTable(Document& document, const TableImport& import, const QString& sourceName)
{
    TableImportResult result;
    Database& db = document.database();
    try {
        db.ensureWritable();
        if (!db.path().isEmpty())
            result.backupPath = Backups::copy(db.path(), QStringLiteral("import"), Backups::keepCount(db));
    } catch (const StorageError& error) {
        result.message = error.message();
        return result;
    }
    static_cast<EditResult&>(result) =
        DocumentAccess::execute(document, std::make_unique<TableImportCommand>(document, import, sourceName));
    return result;
}

ItemResult<Edition> renew(Document& document, const RenewalRecords& records)
{
    auto command = std::make_unique<RenewCommand>(document, records);
    const auto* renewing = command.get();
    ItemResult<Edition> result{DocumentAccess::execute(document, std::move(command)), {}};
    if (result.ok()) {
        result.item = renewing->records().edition; // the stack owns the command now
        if (renewing->records().summary.frozenFinalYear != 0) {
            if (const auto frozen = findEvaluation(document.database(), renewing->records().source.id,
                                                   renewing->records().summary.frozenFinalYear, EvaluationKind::Final))
                protectFrozenEvaluation(*document.undoStack(), *frozen);
        }
    }
    return result;
}

#define PACTE_DEFINE_EDITS(Type)                                                                                       \
    template ItemResult<Type> add(Document&, Type);                                                                    \
    template EditResult update(Document&, Type, Type, const QString&);                                                 \
    template EditResult remove(Document&, Type);

PACTE_DEFINE_EDITS(Territory)
PACTE_DEFINE_EDITS(Edition)
PACTE_DEFINE_EDITS(Axis)
PACTE_DEFINE_EDITS(TargetPublic)
PACTE_DEFINE_EDITS(Dispositif)
PACTE_DEFINE_EDITS(Partner)
PACTE_DEFINE_EDITS(Person)
PACTE_DEFINE_EDITS(WorkingGroup)
PACTE_DEFINE_EDITS(Action)
PACTE_DEFINE_EDITS(Meeting)
PACTE_DEFINE_EDITS(Evaluation)
PACTE_DEFINE_EDITS(GroupEvaluation)
PACTE_DEFINE_EDITS(LocalPact)

} // namespace edit
} // namespace pacte
