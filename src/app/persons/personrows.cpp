#include "personrows.h"

#include "domain/textsearch.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::PersonRows)
};

} // namespace

QString roleLabel(const PersonRole& role, const QList<Territory>& territories)
{
    if (role.kind != PersonRoleKind::TerritoryReferent)
        return enumLabel(role.kind);
    for (const auto& territory : territories) {
        if (territory.id == role.territoryId)
            return Tr::tr("Departmental PTI referent of %1").arg(territory.name);
    }
    return enumLabel(role.kind);
}

QList<PersonRow> buildPersonRows(const QList<Person>& persons, const QList<Partner>& partners,
                                 const QList<Territory>& territories)
{
    QList<PersonRow> rows;
    rows.reserve(persons.size());
    for (const auto& person : persons) {
        PersonRow row;
        row.id = person.id;
        row.uuid = person.uuid;
        row.lastName = person.lastName;
        row.firstName = person.firstName;
        row.function = person.function;
        row.email = person.email;
        row.phone = person.phone;
        QString acronym;
        for (const auto& partner : partners) {
            if (partner.id == person.partnerId) {
                row.partner = partner.displayName();
                row.partnerName = partner.name;
                acronym = partner.acronym;
            }
        }
        row.filters.partners = {person.partnerId};
        for (const auto& role : person.roles) {
            row.roles << roleLabel(role, territories);
            const qint64 kind = static_cast<qint64>(role.kind);
            if (!row.filters.publics.contains(kind))
                row.filters.publics.append(kind);
            if (role.kind == PersonRoleKind::TerritoryReferent)
                row.filters.territories.append(role.territoryId);
            row.isReferent = row.isReferent || role.kind != PersonRoleKind::Coordinator;
        }
        if (person.roles.isEmpty())
            row.filters.publics = {NoRole};
        row.searchText =
            foldForSearch(QStringList{person.firstName, person.lastName, person.function, person.email, person.phone,
                                      row.partnerName, acronym, row.roles.join(QLatin1Char(' ')), person.notes}
                              .join(QLatin1Char(' ')));
        rows.append(row);
    }
    return rows;
}

} // namespace pacte
