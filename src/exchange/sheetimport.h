#pragma once

#include "sheetformat.h"
#include "sheetmerge.h"
#include "storage/sheetexports.h"

#include <memory>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pacte {

class Database;

// Importing a working-group sheet back into the database it was exported from. Construction reads
// and checks the sheet against the database and merges it with the recorded export (the base) and
// the database now; every refusal is an InputError naming the JSON path, and nothing was written.
// The caller shows outcome() (the preview), lets conflicts be decided, then calls apply().
class SheetImport final
{
public:
    SheetImport(Database& db, const QByteArray& bytes, const QString& sheetName);
    ~SheetImport();
    SheetImport(const SheetImport&) = delete;
    SheetImport& operator=(const SheetImport&) = delete;

    // Reads the file first (refusing a missing or oversized one); the sheet's name is the file's.
    static std::unique_ptr<SheetImport> fromFile(Database& db, const QString& path);

    const SheetOrigin& origin() const { return m_origin; }
    const QString& sheetName() const { return m_sheetName; }
    QString groupName() const;
    Id groupId() const { return m_groupId; }
    const SheetExportRecord& exportRecord() const { return m_export; }
    // The export was imported before: importing it again needs the user's confirmation (or --again).
    bool alreadyImported() const { return !m_export.imports.isEmpty(); }
    // The group was exported again after this sheet's export: the sheet may be stale (the merge still
    // keeps what changed since, but the coordinator should know).
    const QList<SheetExportRecord>& laterExports() const { return m_laterExports; }

    const MergeOutcome& outcome() const { return m_outcome; }
    // Merged records that validation refuses (a start date set in the sheet after an end date set in
    // the database, say): the import cannot be applied while there are any.
    const QStringList& problems() const { return m_problems; }
    const MergeDecisions& decisions() const { return m_decisions; }
    void setDecisions(const MergeDecisions& decisions);
    void decide(const QString& key, Resolution resolution);
    // Settles a conflict of a text field by `text`, written by the coordinator from both values.
    void decideMerged(const QString& key, const QString& text);
    const MergedValues& mergedValues() const { return m_merged; }

    // Writes the merge: an automatic backup of the database file first, then one transaction whose
    // changes the change log attributes to this sheet, with the import recorded. Throws StorageError
    // (nothing written) while conflicts are undecided or problems remain. Returns the backup's path.
    QString apply();

private:
    void remerge();
    // On a server, inside apply()'s transaction: throws StorageError if the group's records are no
    // longer those the merge was made with.
    void ensureUnchangedSinceRead();

    struct Frames;
    Database& m_db;
    QString m_sheetName;
    SheetOrigin m_origin;
    SheetExportRecord m_export;
    QList<SheetExportRecord> m_laterExports;
    Id m_groupId = NoId;
    SheetContent m_base;
    SheetContent m_theirs;
    SheetContent m_ours;
    MergeLabels m_labels;
    MergeDecisions m_decisions;
    MergedValues m_merged;
    MergeOutcome m_outcome;
    QStringList m_problems;
};

} // namespace pacte
