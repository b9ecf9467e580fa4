#pragma once

#include "documentcommand.h"
#include "exchange/tableimport.h"

namespace pacte {

// A spreadsheet import as one undo step: redo writes the planned records in one transaction that the
// change log attributes to an import of the file; undo removes the records it created and puts back
// the ones it updated, in one transaction too.
class TableImportCommand final : public DocumentCommand
{
public:
    TableImportCommand(Document& document, const TableImport& import, const QString& sourceName);

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    void publishAll(const TableImport::Plan& plan, ChangeKind kind);

    QString m_sourceName;
    TableImport::Plan m_inserts;
    TableImport::Plan m_updates;
    TableImport::Plan m_before;
};

} // namespace pacte
