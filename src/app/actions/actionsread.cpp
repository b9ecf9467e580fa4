#include "actionsread.h"

#include "domain/textsearch.h"
#include "storage/actionlist.h"
#include "storage/repository.h"

#include <algorithm>

namespace pacte {

namespace {

ActionChoices readChoices(Database& db, Id editionId, const ActionRowNames& names, QList<Id>& groupIds)
{
    ActionChoices choices;
    QList<QPair<QString, QPair<QString, Id>>> keyed; // folded label, option: sorted once, folded once
    for (const auto& group : WorkingGroupRepository(db).ofEdition(editionId)) {
        groupIds.append(group.id);
        QStringList territories;
        for (const Id id : group.territoryIds)
            territories << names.territories().value(id);
        const QString label = territories.isEmpty()
                                  ? group.name
                                  : QStringLiteral("%1 — %2").arg(group.name, territories.join(QStringLiteral(", ")));
        keyed.append({foldForSearch(label), {label, group.id}});
        choices.groupAxes.insert(group.id, group.axisId);
        choices.groupThemes.insert(group.id, group.themeId);
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [key, option] : std::as_const(keyed))
        choices.groups.append(option);
    choices.axes = AxisRepository(db).ofEdition(editionId);
    choices.publics = TargetPublicRepository(db).all();
    choices.dispositifs = DispositifRepository(db).all();
    choices.edition = EditionRepository(db).find(editionId).value_or(Edition{});
    for (const auto& partner : PartnerRepository(db).all())
        choices.partners.append({partner.name, partner.id});
    return choices;
}

} // namespace

ActionsRead readActions(Database& db, Id editionId)
{
    ActionsRead read;
    read.names.load(db, editionId);
    read.choices = readChoices(db, editionId, read.names, read.groupIds);
    const QList<ActionListRow> list = listActions(db, editionId);
    read.rows.reserve(list.size());
    for (const auto& data : list)
        read.rows.append(read.names.makeRow(data));
    return read;
}

} // namespace pacte
