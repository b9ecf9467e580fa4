#include "editiondata.h"

namespace pacte {

namespace {

template <typename T>
const T* findById(const QList<T>& items, Id id)
{
    if (id == NoId)
        return nullptr;
    for (const auto& item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

const Territory* EditionData::territory(Id id) const
{
    return findById(territories, id);
}

const Partner* EditionData::partner(Id id) const
{
    return findById(partners, id);
}

const Person* EditionData::person(Id id) const
{
    return findById(persons, id);
}

const Axis* EditionData::axis(Id id) const
{
    return findById(axes, id);
}

const Theme* EditionData::theme(Id id) const
{
    for (const auto& axis : axes) {
        if (const auto* found = findById(axis.themes, id))
            return found;
    }
    return nullptr;
}

const WorkingGroup* EditionData::group(Id id) const
{
    return findById(groups, id);
}

QList<const Partner*> EditionData::signatories() const
{
    QList<const Partner*> result;
    for (const auto& partner : partners) {
        const auto* signature = partner.signatureFor(edition.id);
        if (signature && signature->status != SignatureStatus::Declined)
            result.append(&partner);
    }
    return result;
}

QString EditionData::territoryNames(const QList<Id>& ids) const
{
    QStringList names;
    for (Id id : ids) {
        if (const auto* t = territory(id))
            names << t->name;
    }
    return names.join(QStringLiteral(", "));
}

QString EditionData::groupLabel(const WorkingGroup& group) const
{
    const QString places = territoryNames(group.territoryIds);
    return places.isEmpty() ? group.name : QStringLiteral("%1 (%2)").arg(group.name, places);
}

QList<ActionSheetSummary> EditionData::sheets() const
{
    if (!actionSheets.isEmpty() || actions.isEmpty())
        return actionSheets;
    QList<ActionSheetSummary> summaries;
    summaries.reserve(actions.size());
    for (const auto& action : actions)
        summaries.append(summarizeSheet(action));
    return summaries;
}

} // namespace pacte
