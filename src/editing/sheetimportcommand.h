#pragma once

#include "documentcommand.h"
#include "domain/action.h"
#include "domain/groupevaluation.h"
#include "domain/meeting.h"
#include "domain/provenance.h"
#include "storage/sheetexports.h"

namespace pacte {

class SheetImport;

// Importing a working-group sheet as one undo step. The first redo applies the previewed import
// (backup, one transaction, the import recorded) and captures the group's actions and meetings
// before and after it; undo puts the group's records back as they were before (and forgets the
// import), redo as they were after. The history before it stays.
class SheetImportCommand final : public DocumentCommand
{
public:
    SheetImportCommand(Document& document, SheetImport& import);

    const QString& backupPath() const { return m_backupPath; }

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    struct GroupContent
    {
        QList<Action> actions;
        QList<Meeting> meetings;
        QList<GroupEvaluation> evaluations;
        // Where its records come from: deleting a record deletes its provenance, which a restore
        // of the record must give back.
        QList<ProvenanceRecord> provenance;
    };
    GroupContent readGroup() const;
    // Writes `target` back; on a server, refused with a ConflictError when the group is no longer
    // `expected` (what this step left), so that undo and redo never write over someone else's change.
    void restore(const GroupContent& target, const GroupContent& expected, bool recordImport);

    SheetImport* m_import; // until the first redo
    Id m_groupId;
    QUuid m_exportId;
    SheetImportRecord m_record;
    GroupContent m_before;
    GroupContent m_after;
    QString m_backupPath;
};

} // namespace pacte
