// edit::saveLocalPact(): a territory's local pact of an edition, entered or changed as one undo step.
#include "document.h"
#include "edits.h"
#include "storage/editionloader.h"
#include "storage/groupevaluationstore.h"
#include "storage/localpactstore.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

namespace pacte::edit {

namespace {

bool isEmpty(const LocalPact& pact)
{
    if (!pact.diagnosis.trimmed().isEmpty() || !pact.diagnosisSources.trimmed().isEmpty() ||
        !pact.notes.trimmed().isEmpty() || !pact.priorities.isEmpty() || !pact.memberPartnerIds.isEmpty() ||
        !pact.memberPersonIds.isEmpty())
        return false;
    return std::all_of(pact.reviews.cbegin(), pact.reviews.cend(),
                       [](const LocalPactReview& review) { return review.isBlank(); });
}

// The years whose review `after` changes from `before` (entered, changed or emptied).
QList<int> changedReviewYears(const LocalPact& before, const LocalPact& after)
{
    QList<int> years;
    const auto entries = [](const LocalPactReview* review) {
        return review && !review->isBlank() ? QStringList{review->progress, review->difficulties, review->adjustments}
                                            : QStringList{};
    };
    for (const auto* pact : {&before, &after}) {
        for (const auto& review : pact->reviews) {
            if (!years.contains(review.year) &&
                entries(before.review(review.year)) != entries(after.review(review.year)))
                years.append(review.year);
        }
    }
    return years;
}

} // namespace

ItemResult<LocalPact> saveLocalPact(Document& document, LocalPact item, const QString& text)
{
    Database& db = document.database();
    // Blank reviews are not kept: a year without anything written has no review.
    item.reviews.removeIf([](const LocalPactReview& review) { return review.isBlank(); });
    item.normalise();
    std::optional<LocalPact> stored;
    try {
        if (const FieldErrors errors = validate(item); !errors.isEmpty())
            return {EditResult::refused(joinMessages(errors), errors), {}};
        const EditionData data = loadEditionData(db, item.editionId, ActionLoading::SheetsOnly);
        if (const FieldErrors errors = validateInEdition(item, data); !errors.isEmpty())
            return {EditResult::refused(joinMessages(errors), errors), {}};
        stored = findLocalPact(db, item.editionId, item.territoryId);
        for (const int year : changedReviewYears(stored ? *stored : LocalPact{}, item)) {
            if (isYearFrozen(db, item.editionId, year))
                return {EditResult::refused(QCoreApplication::translate("pacte::edit",
                                                                        "The evaluation of %1 is frozen: the local "
                                                                        "pact's review of that year can no longer "
                                                                        "change.")
                                                .arg(year),
                                            {{QStringLiteral("reviews"), {}}}),
                        {}};
        }
    } catch (const StorageError& error) {
        return {EditResult::refused(error.message()), {}};
    }
    if (!stored) {
        if (isEmpty(item))
            return {{}, item};
        item.id = NoId;
        return add(document, std::move(item));
    }
    item.id = stored->id;
    item.uuid = stored->uuid;
    if (item == *stored)
        return {{}, item};
    ItemResult<LocalPact> result{update(document, *stored, item, text), item};
    if (result.ok()) {
        if (const auto saved = findLocalPact(db, item.editionId, item.territoryId))
            result.item = *saved; // the new children's ids
    }
    return result;
}

} // namespace pacte::edit
