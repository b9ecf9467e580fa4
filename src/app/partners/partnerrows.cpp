#include "partnerrows.h"

#include "domain/rules.h"
#include "domain/textsearch.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::PartnerRows)
};

} // namespace

QString coveredTerritories(const PartnerRow& row)
{
    return row.territories.isEmpty() ? Tr::tr("Whole département") : row.territories;
}

QString signatureLabel(const std::optional<SignatureStatus>& status)
{
    return status ? enumLabel(*status) : Tr::tr("not a signatory");
}

QStringList partnerReferents(const EditionData& data, Id partnerId)
{
    QStringList names;
    for (const auto& person : data.persons) {
        if (person.partnerId == partnerId && person.hasRole(PersonRoleKind::PartnerReferent))
            names << person.displayName();
    }
    return names;
}

QList<PartnerRow> buildPartnerRows(const EditionData& data)
{
    QHash<QUuid, const Finding*> missing;
    const Findings findings = rules::checkPartnerReferent(data);
    for (const auto& finding : findings)
        missing.insert(finding.uuid, &finding);
    QList<Id> everyTerritory;
    for (const auto& territory : data.territories)
        everyTerritory.append(territory.id);

    QList<PartnerRow> rows;
    rows.reserve(data.partners.size());
    for (const auto& partner : data.partners) {
        PartnerRow row;
        row.id = partner.id;
        row.uuid = partner.uuid;
        row.name = partner.name;
        row.acronym = partner.acronym;
        row.category = partner.category;
        row.territories = data.territoryNames(partner.territoryIds);
        QString signatory;
        if (const auto* signature = partner.signatureFor(data.edition.id)) {
            row.signature = signature->status;
            row.signedOn = signature->date;
            signatory = signature->signatoryName;
        }
        row.referents = partnerReferents(data, partner.id);
        if (const Finding* finding = missing.value(partner.uuid)) {
            row.missingReferent = finding->message;
            row.missingReferentSeverity = finding->severity;
        }
        row.filters.kind = static_cast<int>(partner.category);
        // A partner that covers the whole département works in every territory.
        row.filters.territories = partner.territoryIds.isEmpty() ? everyTerritory : partner.territoryIds;
        row.filters.status = row.signature ? static_cast<int>(*row.signature) : NotSignatory;
        QStringList formerNames;
        for (const auto& entry : partner.nameHistory)
            formerNames << entry.name;
        row.searchText = foldForSearch(QStringList{partner.name, formerNames.join(QLatin1Char(' ')), partner.acronym,
                                                   enumLabel(partner.category), coveredTerritories(row),
                                                   row.referents.join(QLatin1Char(' ')), signatory, partner.notes}
                                           .join(QLatin1Char(' ')));
        rows.append(row);
    }
    return rows;
}

} // namespace pacte
