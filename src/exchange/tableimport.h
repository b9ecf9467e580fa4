#pragma once

#include "domain/action.h"
#include "domain/partner.h"
#include "domain/person.h"
#include "domain/workinggroup.h"
#include "importfields.h"
#include "tabledata.h"
#include "xlsxreader.h"

#include <memory>
#include <optional>

#include <QList>
#include <QString>

namespace pacte {

class Database;

// A row of the spreadsheet that is not imported, and why: its line as the spreadsheet numbers it,
// the column (letter and header) and the value at fault, and the reason in French.
struct RejectedRow
{
    int line = 0;
    QString column; // "C « Statut »", or empty when the whole row is at fault
    QString value;
    QString reason;
};

// Importing one sheet of a spreadsheet into an edition: partners, persons, working groups or
// actions with their indicators. Construction finds the header row, maps the columns and plans the
// import (the dry run) without writing anything; apply() writes it. Existing records are matched by
// name, ignoring accents, case and extra spaces, and updated by the row's non-empty cells (an empty
// cell leaves the field as it is); references (partners, territories, axes, themes, groups, persons,
// publics, schemes, statuses) are resolved by name. A row that cannot be imported whole is rejected
// and none of it is written.
class TableImport final
{
public:
    // Throws InputError when no header row holds the table's required fields.
    TableImport(Database& db, Id editionId, ImportTable table, const XlsxSheet& sheet,
                const std::optional<ColumnMapping>& mapping = std::nullopt);
    ~TableImport();
    TableImport(const TableImport&) = delete;
    TableImport& operator=(const TableImport&) = delete;

    ImportTable table() const { return m_table; }
    // The header row, 0-based (a title may stand above it), and its headers.
    int headerRow() const { return m_headerRow; }
    const QStringList& headers() const { return m_headers; }
    const ColumnMapping& mapping() const { return m_mapping; }
    // Plans again with another mapping. Throws InputError when it leaves a required field unmapped.
    void setMapping(const ColumnMapping& mapping);

    int createdCount() const;
    int updatedCount() const;
    int unchangedCount() const;
    const QList<RejectedRow>& rejected() const { return m_rejected; }
    // "3 created, 2 updated, 1 rejected"
    QString summary() const;

    // The rejected rows as they were, under the same headers, with their line and the reason added:
    // a table to fix and import again.
    TableData rejectedTable() const;

    // Writes the planned records in one transaction that the change log attributes to an import of
    // `sourceName`, after a backup of the database file. With rejected rows, writes only when
    // `skipRejected`, and throws StorageError otherwise. Returns the backup's path (empty for a
    // database in memory).
    QString apply(const QString& sourceName, bool skipRejected = false);

    // What apply() writes, for the editor's undo step and the tests.
    struct Plan
    {
        QList<Partner> partners;
        QList<Person> persons;
        QList<WorkingGroup> groups;
        QList<Action> actions;
    };
    const Plan& inserts() const { return m_inserts; }
    const Plan& updates() const { return m_updates; }
    // The updated records as the database holds them now, in the order of updates().
    const Plan& updatedBefore() const { return m_before; }

private:
    void plan();

    struct Context;
    Database& m_db;
    Id m_editionId;
    ImportTable m_table;
    XlsxSheet m_sheet;
    int m_headerRow = 0;
    QStringList m_headers;
    ColumnMapping m_mapping;
    std::unique_ptr<Context> m_context;
    Plan m_inserts;
    Plan m_updates;
    Plan m_before;
    int m_unchanged = 0;
    QList<RejectedRow> m_rejected;
};

} // namespace pacte
