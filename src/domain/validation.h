#pragma once

#include "action.h"
#include "axis.h"
#include "edition.h"
#include "evaluation.h"
#include "groupevaluation.h"
#include "localpact.h"
#include "meeting.h"
#include "partner.h"
#include "person.h"
#include "reference.h"
#include "territory.h"
#include "workinggroup.h"

#include <QList>
#include <QString>

namespace pacte {

// A field-level validation message, written for the user ("La date de fin précède la date de début.").
// `field` is the entity's field name as used in files and the change log.
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError&) const = default;
};

using FieldErrors = QList<FieldError>;

// Validation refuses what cannot be stored meaningfully (no name, impossible dates, negative counts).
// Governance shortcomings are not refused here: the rules report them (see rules.h).
FieldErrors validate(const Edition& edition);
FieldErrors validate(const Territory& territory);
FieldErrors validate(const Axis& axis);
FieldErrors validate(const Theme& theme);
FieldErrors validate(const IndicatorTemplate& indicatorTemplate);
FieldErrors validate(const TargetPublic& targetPublic);
FieldErrors validate(const Dispositif& dispositif);
FieldErrors validate(const Partner& partner);
FieldErrors validate(const Signature& signature);
FieldErrors validate(const Person& person);
FieldErrors validate(const WorkingGroup& group);
FieldErrors validate(const Action& action);
FieldErrors validate(const Indicator& indicator);
FieldErrors validate(const Measurement& measurement);
// A funding line, the `number`th of its action (from 1), named so in the messages: a funder, amounts
// that are not negative, a rate from 0 to 100, one row per year.
FieldErrors validate(const FundingLine& line, int number);
// The funding years of `action` that fall outside the edition's years (`firstYear`..`lastYear`), each
// refused with a message naming the line and the year.
FieldErrors validateFundingYears(const Action& action, int firstYear, int lastYear);
FieldErrors validate(const Meeting& meeting);
FieldErrors validate(const Evaluation& evaluation);
FieldErrors validate(const GroupEvaluation& evaluation);
// A local pact on its own: its territory and edition, a title for each priority, plausible review years,
// one review per year. validateInEdition() checks what needs the edition's records.
FieldErrors validate(const LocalPact& pact);
// The review years inside the edition, and the priorities' axes, themes, groups and actions of the
// pact's edition.
FieldErrors validateInEdition(const LocalPact& pact, const EditionData& data);
// Refuses a figure below 1 or above MaxDeclaredCount and one without its quote. `field` names the
// figure's field ("declaredSignatories"); its quote's is `field` + "Quote".
FieldErrors validate(const DeclaredCount& declared, const QString& field);

// The messages one after the other, for logs and command-line errors.
QString joinMessages(const FieldErrors& errors);

} // namespace pacte
