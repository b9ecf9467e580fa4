#include "editionloader.h"

#include "actionsheets.h"
#include "database.h"
#include "domain/textsearch.h"
#include "recordquery.h"
#include "repository.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <future>

namespace pacte {

EditionData loadEditionData(Database& db, Id editionId, ActionLoading actions)
{
    EditionData data;
    const auto edition = EditionRepository(db).find(editionId);
    if (!edition)
        return data;
    data.edition = *edition;
    data.territories = TerritoryRepository(db).all();
    data.axes = AxisRepository(db).ofEdition(editionId);
    data.partners = PartnerRepository(db).all();
    data.persons = PersonRepository(db).all();
    data.publics = TargetPublicRepository(db).all();
    data.dispositifs = DispositifRepository(db).all();
    data.groups = WorkingGroupRepository(db).ofEdition(editionId);
    if (actions == ActionLoading::Full) {
        data.actions = ActionRepository(db).ofEdition(editionId);
    } else if (actions == ActionLoading::WithoutChildren) {
        data.actions = recordsWhereWithoutChildren<Action>(
            db, QStringLiteral("group_id IN (SELECT id FROM working_group WHERE edition_id = ?)"), {editionId});
    } else if (actions == ActionLoading::SheetsOnly)
        data.actionSheets = loadActionSheets(db, editionId);
    data.meetings = MeetingRepository(db).ofEdition(editionId);
    data.evaluations = EvaluationRepository(db).ofEdition(editionId);
    data.localPacts = LocalPactRepository(db).ofEdition(editionId);
    return data;
}

EditionData loadEditionDataInParallel(Database& db, Id editionId)
{
    const QString ofEdition = QStringLiteral("group_id IN (SELECT id FROM working_group WHERE edition_id = ?)");
    // The id that splits the edition's actions in two halves (no split for a small edition).
    constexpr int SplitFrom = 2000;
    Id middle = NoId;
    if (!db.path().isEmpty()) {
        SqlQuery count(db, QStringLiteral("SELECT count(*) FROM action WHERE %1").arg(ofEdition));
        count.bind(editionId).exec();
        const qlonglong actions = count.next() ? count.value(0).toLongLong() : 0;
        if (actions >= SplitFrom) {
            SqlQuery split(
                db, QStringLiteral("SELECT id FROM action WHERE %1 ORDER BY id LIMIT 1 OFFSET ?").arg(ofEdition));
            split.bind(editionId).bind(actions / 2).exec();
            if (split.next())
                middle = split.id(0);
        }
    }
    if (middle == NoId)
        return loadEditionData(db, editionId, ActionLoading::Full);

    std::future<QList<Action>> secondHalf =
        std::async(std::launch::async, [path = db.path(), user = db.userName(), ofEdition, editionId, middle] {
            const auto reader = Database::openReader(path, user);
            return recordsWhere<Action>(*reader, ofEdition + QStringLiteral(" AND id >= ?"), {editionId, middle});
        });
    EditionData data = loadEditionData(db, editionId, ActionLoading::None);
    data.actions = recordsWhere<Action>(db, ofEdition + QStringLiteral(" AND id < ?"), {editionId, middle});
    try {
        data.actions.append(secondHalf.get()); // in id order, as loadEditionData reads them
    } catch (const StorageError&) {
        // The file could not be opened a second time: the second half on this connection.
        data.actions.append(recordsWhere<Action>(db, ofEdition + QStringLiteral(" AND id >= ?"), {editionId, middle}));
    }
    return data;
}

std::optional<Edition> findEditionByTitle(Database& db, const QString& title)
{
    const auto editions = EditionRepository(db).all();
    for (const auto& edition : editions) {
        if (edition.title == title)
            return edition;
    }
    const QString wanted = foldForSearch(title.simplified());
    for (const auto& edition : editions) {
        if (foldForSearch(edition.title.simplified()) == wanted)
            return edition;
    }
    return std::nullopt;
}

std::optional<Edition> latestEdition(Database& db)
{
    const auto editions = EditionRepository(db).all(); // ordered by start date
    if (editions.isEmpty())
        return std::nullopt;
    return editions.last();
}

} // namespace pacte
