#include "rules.h"

#include <QCoreApplication>

namespace pacte::rules {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::rules)
};

} // namespace

Findings checkPartnerReferent(const EditionData& data)
{
    Findings findings;
    for (const auto* partner : data.signatories()) {
        const bool named = std::any_of(data.persons.cbegin(), data.persons.cend(), [&](const Person& person) {
            return person.partnerId == partner->id && person.hasRole(PersonRoleKind::PartnerReferent);
        });
        if (named)
            continue;
        // Said as the signature stands: a partner still expected to sign has not signed, and is only warned.
        const Signature* signature = partner->signatureFor(data.edition.id);
        const SignatureStatus status = signature ? signature->status : SignatureStatus::Unknown;
        Severity severity = Severity::Error;
        QString message;
        if (status == SignatureStatus::Signed) {
            message = Tr::tr("%1 signed the pact but has not named a PTI referent.").arg(partner->name);
        } else if (status == SignatureStatus::Approved) {
            message = Tr::tr("%1 approved the pact but has not named a PTI referent.").arg(partner->name);
        } else {
            severity = Severity::Warning;
            message =
                Tr::tr("%1 is expected among the signatories and has not named a PTI referent yet.").arg(partner->name);
        }
        findings.append(
            {QString::fromLatin1(PartnerReferent), severity, Entity::Partner, partner->uuid, partner->name, message});
    }
    return findings;
}

Findings checkTerritoryReferent(const EditionData& data)
{
    Findings findings;
    // The Département coordinates every pact (Art. L263-2 CASF), so this applies whoever signed.
    for (const auto& territory : data.territories) {
        const bool named = std::any_of(data.persons.cbegin(), data.persons.cend(), [&](const Person& person) {
            return person.hasRole(PersonRoleKind::TerritoryReferent, territory.id);
        });
        if (!named)
            findings.append(
                {QString::fromLatin1(TerritoryReferent), Severity::Error, Entity::Territory, territory.uuid,
                 territory.name,
                 Tr::tr("The Département has not named a PTI referent for the territory %1.").arg(territory.name)});
    }
    return findings;
}

Findings checkDeliberationTally(const EditionData& data)
{
    Findings findings;
    for (const auto& partner : data.partners) {
        const auto* signature = partner.signatureFor(data.edition.id);
        if (!signature || !signature->deliberation || signature->status == SignatureStatus::Declined)
            continue;
        const QStringList problems = signature->deliberation->tallyProblems();
        const QStringList unknown = signature->deliberation->unknownFigures();
        // Unknown is not zero: a figure the act does not state is left out of the check, and said so.
        if (!unknown.isEmpty())
            findings.append({QString::fromLatin1(DeliberationTally), Severity::Information, Entity::Partner,
                             partner.uuid, partner.name,
                             Tr::tr("The deliberation of %1 does not state: %2. Its tally is checked only on the "
                                    "figures it states.")
                                 .arg(partner.name, unknown.join(QStringLiteral(", ")))});
        if (problems.isEmpty())
            continue;
        findings.append(
            {QString::fromLatin1(DeliberationTally), Severity::Error, Entity::Partner, partner.uuid, partner.name,
             Tr::tr("The deliberation of %1 does not add up: %2").arg(partner.name, problems.join(QLatin1Char(' ')))});
    }
    return findings;
}

} // namespace pacte::rules
