#include "editionloader.h"

#include "actionsheets.h"
#include "domain/textsearch.h"
#include "recordquery.h"
#include "repository.h"

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
