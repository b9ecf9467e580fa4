#pragma once

#include "enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pacte {

// How one edition applies one governance rule: each pact words its own rules (issue 19). The
// 2022-2025 pact requires a pilot and a co-pilot from two different structures; the 2017-2021 pact,
// as the source records it, requires no such thing, so its edition shows that rule as information
// only ("ne satisferait pas la règle du PTI 2022-2025").
struct RuleSetting
{
    QString rule; // "group-pilots", ... (rules.h)
    bool enabled = true;
    // The severity of a breach. A finding the rule itself reports as less serious (a COPIL due soon,
    // not yet overdue) is never made more serious than this.
    Severity severity = Severity::Error;
    // The rule's deadline where it has one (the mid-term COPIL's); invalid: computed from the edition.
    QDate deadline;
    QString quote;  // the pact's sentence the rule comes from, word for word
    QString source; // where: "PTI 2022-2025, §1.4 …"
    // The edition whose rule this is when not the edition's own ("PTI 2022-2025"): its findings read
    // "would not satisfy the rule of PTI 2022-2025". Empty: the edition's own rule.
    QString reference;

    bool operator==(const RuleSetting&) const = default;
};

using RuleSettings = QList<RuleSetting>;

namespace rules {

// Whether a rule has a deadline that can be set (the mid-term COPIL's).
bool hasDeadline(const QString& ruleId);
// The severity a rule reports a breach with when no setting says otherwise.
Severity naturalSeverity(const QString& ruleId);
// The rules as Pacte applied them before rules were set per edition, with the sentence of the
// PTI 2022-2025 each comes from: what an edition without settings applies.
RuleSettings defaultSettings();
RuleSetting defaultSetting(const QString& ruleId);
// Every rule of `stored`, completed by the default of each rule it lacks, in rule order.
RuleSettings effectiveSettings(const RuleSettings& stored);
// `stored`'s setting of `ruleId`, or its default.
RuleSetting effectiveSetting(const RuleSettings& stored, const QString& ruleId);
// The settings of an edition whose pact states none of these rules itself: the rules of `reference`
// (another edition's pact) shown as information, the data checks kept as they are.
RuleSettings referenceSettings(const RuleSettings& referenceRules, const QString& reference);
// Whether a rule comes from a pact (the deliberation tally and the meeting dates are checks of the data).
bool isPactRule(const QString& ruleId);
// One line for the change log: "on, error, deadline 2023-12-31" (quote and source apart).
QString settingSummary(const RuleSetting& setting);

} // namespace rules

} // namespace pacte
