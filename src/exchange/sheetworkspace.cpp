#include "sheetworkspace.h"

#include "inputerror.h"
#include "sheetwriter.h"
#include "storage/database.h"
#include "storage/provenancestore.h"
#include "storage/repository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <algorithm>

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Sheet)
};

template <typename T>
void insertAll(Database& db, QList<T> items, const QString& what)
{
    Repository<T> repository(db);
    for (auto& item : items) {
        try {
            repository.insert(item);
        } catch (const StorageError& error) {
            throw InputError(what, error.message());
        }
    }
}

} // namespace

std::unique_ptr<Database> createSheetWorkspace(const QString& path, const SheetData& sheet, const QString& userName)
{
    auto db = Database::create(path, userName);
    Transaction transaction(*db);
    Edition edition;
    edition.id = sheet.group.editionId;
    edition.uuid = sheet.origin.editionUuid;
    edition.title = sheet.origin.editionTitle;
    edition.startDate = sheet.origin.editionStart;
    edition.endDate = sheet.origin.editionEnd;
    insertAll(*db, QList<Edition>{edition}, QStringLiteral("edition"));
    insertAll(*db, sheet.territories, QStringLiteral("lookups.territories"));
    insertAll(*db, sheet.axes, QStringLiteral("lookups.axes"));
    insertAll(*db, sheet.partners, QStringLiteral("lookups.partners"));
    insertAll(*db, sheet.persons, QStringLiteral("lookups.persons"));
    insertAll(*db, sheet.publics, QStringLiteral("lookups.targetPublics"));
    insertAll(*db, sheet.dispositifs, QStringLiteral("lookups.dispositifs"));
    insertAll(*db, QList<WorkingGroup>{sheet.group}, QStringLiteral("group"));
    for (const auto& action : sheet.actions)
        insertAll(*db, QList<Action>{action}, sheet.paths.value(action.uuid));
    for (const auto& meeting : sheet.meetings)
        insertAll(*db, QList<Meeting>{meeting}, sheet.paths.value(meeting.uuid));
    for (auto evaluation : sheet.evaluations) {
        evaluation.groupId = sheet.group.id;
        insertAll(*db, QList<GroupEvaluation>{evaluation}, sheet.paths.value(evaluation.uuid));
    }
    // The priorities of the group's territories, read-only: kept so that saving the sheet keeps them.
    for (auto pact : sheet.localPacts) {
        pact.id = NoId;
        pact.editionId = sheet.group.editionId;
        insertAll(*db, QList<LocalPact>{pact}, QStringLiteral("territoryPriorities"));
    }
    // What the sheet says of where its records come from, shown by the editors; a record the sheet no
    // longer holds is left out.
    ProvenanceStore provenance(*db);
    for (const auto& record : sheet.provenance) {
        if (provenance.recordExists(record.entity, record.uuid))
            provenance.put(record);
    }
    transaction.commit();
    // The workspace's own change log is of no interest: the import compares values.
    return db;
}

Id workspaceGroupId(Database& workspace)
{
    const auto groups = WorkingGroupRepository(workspace).all();
    return groups.isEmpty() ? NoId : groups.constFirst().id;
}

SheetData sheetFromWorkspace(Database& workspace, const SheetOrigin& origin)
{
    SheetData sheet = loadSheetData(workspace, workspaceGroupId(workspace));
    sheet.meetings = MeetingRepository(workspace).all();
    for (auto& meeting : sheet.meetings)
        meeting.groupId = sheet.group.id;
    std::stable_sort(sheet.meetings.begin(), sheet.meetings.end(),
                     [](const Meeting& a, const Meeting& b) { return a.date < b.date; });
    sheet.origin = origin;
    return sheet;
}

} // namespace pacte
