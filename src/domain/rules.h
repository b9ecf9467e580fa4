#pragma once

#include "editiondata.h"
#include "finding.h"
#include "rulesetting.h"

#include <QDate>
#include <QStringList>

// The governance rules of the source document (§1.4), as pure functions over domain values. Each
// edition applies them as its settings say (rulesetting.h): checkAll applies them.
// Rules that depend on the calendar take the day they are checked on (`asOf`).
namespace pacte::rules {

inline constexpr auto GroupPilots = "group-pilots";
inline constexpr auto CopilCadence = "copil-cadence";
inline constexpr auto LocalCommitteeYearly = "local-committee-yearly";
inline constexpr auto PartnerReferent = "partner-referent";
inline constexpr auto TerritoryReferent = "territory-referent";
inline constexpr auto ActionSheetComplete = "action-sheet-complete";
inline constexpr auto AnnualEvaluation = "annual-evaluation";
inline constexpr auto DeliberationTally = "deliberation-tally";
inline constexpr auto MeetingInEdition = "meeting-in-edition";

QStringList allRuleIds();
// The rule's one-line description, in the UI language.
QString describe(const QString& ruleId);

// 1. A working group has a pilot and a co-pilot, from two different structures.
Findings checkGroupPilots(const EditionData& data);
// 2. The COPIL meets at least three times: launch, mid-term, final.
Findings checkCopilCadence(const EditionData& data, const QDate& asOf);
// 3. Each territory's comité local d'animation meets at least once a year.
Findings checkLocalCommitteeYearly(const EditionData& data, const QDate& asOf);
// 4a. Every signatory partner names at least one référent PTI.
Findings checkPartnerReferent(const EditionData& data);
// 4b. The Département names one référent per territory.
Findings checkTerritoryReferent(const EditionData& data);
// 5. An action sheet states objectives, publics, implementation modalities and deliverables, an
// evaluation (outcome) indicator and an output indicator (§1.4 "devront définir").
Findings checkActionSheetComplete(const EditionData& data);
// 6. An intermediate evaluation every year, and a final one.
Findings checkAnnualEvaluation(const EditionData& data, const QDate& asOf);
// The deliberation approving a signature adds up (votants, suffrages, quorum).
Findings checkDeliberationTally(const EditionData& data);
// A meeting recorded in an edition is dated within it (a final COPIL within three months after its end):
// one dated after is flagged, and counts for no rule. One dated before its start is its preparation
// (the renewal calendar of §1.2): not flagged, counted for no rule either.
Findings checkMeetingInEdition(const EditionData& data);
// Whether a meeting's date lies within the edition's period (the final COPIL's grace included).
bool isWithinEdition(const Edition& edition, const Meeting& meeting);

// The severity order: information < warning < error.
int severityRank(Severity severity);
// The findings as the edition's settings have them: a rule turned off reports nothing; a breach takes
// the rule's severity; a rule of another edition's pact says so; each finding quotes its rule's sentence.
Findings applySettings(const Findings& findings, const RuleSettings& stored);

// Every rule as the edition applies it (data.edition.rules), errors first, then warnings, then
// information, in rule order within each.
Findings checkAll(const EditionData& data, const QDate& asOf);

} // namespace pacte::rules
