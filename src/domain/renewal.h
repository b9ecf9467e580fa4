#pragma once

#include "edition.h"
#include "enums.h"
#include "ids.h"
#include "validation.h"

#include <QDateTime>
#include <QString>

namespace pacte {

// What the renewal of a pact carried over from the edition it continues, counted when it was made:
// the dashboard and the COPIL report of the new edition say it ("4 axes, 12 partenaires à signer…").
// The records themselves are ordinary records of the new edition, free to change afterwards; a
// carried action also names the action it continues (Action::continuesId).
struct Renewal
{
    Id editionId = NoId;       // the new edition
    Id sourceEditionId = NoId; // the edition renewed; none once deleted
    QString sourceTitle;       // its title, as read with the record
    QDateTime renewedAt;
    QString renewedBy;
    int axes = 0;
    int themes = 0;
    int partners = 0; // signatories to be: their signature of the new edition is pending
    int groups = 0;
    int actions = 0;
    // The year whose evaluation the renewal froze as the source's final one; 0 if it froze none.
    int frozenFinalYear = 0;

    bool operator==(const Renewal&) const = default;
};

// The earlier life of a carried action: the action it continues, in which edition, and its status there.
struct ContinuedAction
{
    Id actionId = NoId;
    QString title;
    QString editionTitle;
    ActionStatus status = ActionStatus::Project;

    bool operator==(const ContinuedAction&) const = default;
};
// "Continues « Garage solidaire » of PTI 2022-2025 (in progress there)." for the editor and the report.
QString continuedActionText(const ContinuedAction& earlier);

// What the renewal carried over, in one sentence for the dashboard and the COPIL report: "Carried over
// from PTI 2022-2025 on 5 January 2026: 4 axes, 11 partners to sign, 2 working groups and 2 actions."
QString renewalSummaryText(const Renewal& renewal);

// Whether a renewal offers to carry an action of this status on: one not finished (projet, en cours).
bool isCarriedOnByRenewal(ActionStatus status);

// What refuses a renewal's new edition, besides its own validation (validate(const Edition&)): a new
// pact succeeds the one it renews (the 2017-2021 pact was extended to 31.12.2021 so that the next began
// on 1.1.2022), so it must begin after the source ends.
FieldErrors validateRenewal(const Edition& source, const Edition& renewed);

} // namespace pacte
