#include "commitment.h"

#include "partner.h"
#include "validation.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Validation)
};

} // namespace

QList<FieldError> validateCommitments(const Partner& partner)
{
    FieldErrors errors;
    const QString field = QStringLiteral("commitments");
    for (const auto& commitment : partner.commitments) {
        if (commitment.text.trimmed().isEmpty())
            errors.append({field, Tr::tr("Each commitment needs its text.")});
        if (commitment.editionId == NoId) {
            errors.append({field, Tr::tr("Each commitment must name the edition of the pact it belongs to.")});
            continue;
        }
        const Signature* signature = partner.signatureFor(commitment.editionId);
        if (!signature || signature->status == SignatureStatus::Declined)
            errors.append({field, Tr::tr("A commitment belongs to a signatory: record first the partner's signature "
                                         "of that edition (the commitment \"%1\").")
                                      .arg(commitment.text.trimmed().left(60))});
    }
    return errors;
}

QList<Commitment> commitmentsOf(const Partner& partner, Id editionId)
{
    QList<Commitment> list;
    for (const auto& commitment : partner.commitments) {
        if (commitment.editionId == editionId)
            list.append(commitment);
    }
    return list;
}

} // namespace pacte
