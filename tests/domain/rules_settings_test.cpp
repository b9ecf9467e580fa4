// Rules per edition (issue 19): each edition turns each rule on or off, gives it a severity, a deadline
// where it has one, and the pact's sentence it comes from, quoted in every finding.
#include "common/catchqt.h"
#include "domain/format.h"
#include "domain/rules.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_rules_settings_test {

using namespace pacte;

namespace {

QUuid uuidFor(int n)
{
    return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

// An edition of 2022-2025 with one territory and nothing recorded: launch COPIL, local committee,
// territory referent and evaluations all missing.
EditionData emptyEdition()
{
    EditionData data;
    data.edition.id = 1;
    data.edition.uuid = uuidFor(1);
    data.edition.title = QStringLiteral("PTI 2022-2025");
    data.edition.startDate = QDate(2022, 1, 1);
    data.edition.endDate = QDate(2025, 12, 31);
    Territory t;
    t.id = 1;
    t.uuid = uuidFor(101);
    t.name = QStringLiteral("Biterrois");
    data.territories = {t};
    return data;
}

Findings ofRule(const Findings& findings, const char* rule)
{
    Findings result;
    for (const auto& f : findings) {
        if (f.rule == QLatin1String(rule))
            result.append(f);
    }
    return result;
}

RuleSetting& settingIn(RuleSettings& settings, const char* rule)
{
    for (auto& s : settings) {
        if (s.rule == QLatin1String(rule))
            return s;
    }
    FAIL("no such rule");
    return settings.first();
}

} // namespace

TEST_CASE("rule settings: an edition without settings applies the rules as before", "[domain][rules][settings]")
{
    EditionData data = emptyEdition();
    const Findings none = rules::checkAll(data, QDate(2024, 6, 1));
    data.edition.rules = rules::defaultSettings();
    const Findings defaults = rules::checkAll(data, QDate(2024, 6, 1));
    CHECK(none == defaults);
    REQUIRE_FALSE(defaults.isEmpty());
    CHECK(rules::defaultSettings().size() == rules::allRuleIds().size());
    for (const auto& s : rules::defaultSettings()) {
        CAPTURE(s.rule);
        CHECK(s.enabled);
        CHECK(s.reference.isEmpty());
        CHECK(s.severity == rules::naturalSeverity(s.rule));
        CHECK(s.quote.isEmpty() == !rules::isPactRule(s.rule));
    }
    // Each finding quotes its rule's sentence.
    for (const auto& f : defaults) {
        CAPTURE(f.rule);
        CHECK(f.quote == rules::defaultSetting(f.rule).quote);
        CHECK(f.source == rules::defaultSetting(f.rule).source);
    }
    const auto territory = ofRule(defaults, rules::TerritoryReferent);
    REQUIRE(territory.size() == 1);
    CHECK(territory.first().quote ==
          QStringLiteral("De la même manière, le département nommera un référent PTI sur chacun de ses six bassins "
                         "locaux."));
}

TEST_CASE("rule settings: off, severity, reference and deadline", "[domain][rules][settings]")
{
    EditionData data = emptyEdition();
    data.edition.rules = rules::defaultSettings();
    const QDate asOf(2024, 6, 1);

    SECTION("a rule turned off reports nothing")
    {
        settingIn(data.edition.rules, rules::TerritoryReferent).enabled = false;
        CHECK(ofRule(rules::checkAll(data, asOf), rules::TerritoryReferent).isEmpty());
        CHECK_FALSE(ofRule(rules::checkAll(data, asOf), rules::LocalCommitteeYearly).isEmpty());
    }
    SECTION("a breach takes the rule's severity")
    {
        settingIn(data.edition.rules, rules::LocalCommitteeYearly).severity = Severity::Warning;
        const auto findings = ofRule(rules::checkAll(data, asOf), rules::LocalCommitteeYearly);
        REQUIRE_FALSE(findings.isEmpty());
        for (const auto& f : findings)
            CHECK(f.severity == Severity::Warning);
    }
    SECTION("a finding less serious than a breach is never made more serious")
    {
        // As of 1 June 2024 the mid-term COPIL (due by 31 December 2023) is overdue, an error; the
        // final one (due by March 2026) is not yet a warning. With the rule made a warning, the
        // overdue one is a warning too; made information, both are information.
        auto& copil = settingIn(data.edition.rules, rules::CopilCadence);
        copil.severity = Severity::Warning;
        for (const auto& f : ofRule(rules::checkAll(data, asOf), rules::CopilCadence))
            CHECK(f.severity == Severity::Warning);
        copil.severity = Severity::Information;
        for (const auto& f : ofRule(rules::checkAll(data, QDate(2025, 6, 1)), rules::CopilCadence))
            CHECK(f.severity == Severity::Information);
    }
    SECTION("a rule of another pact says so in each finding")
    {
        data.edition.title = QStringLiteral("PTI 2017-2021");
        data.edition.rules = rules::referenceSettings(rules::defaultSettings(), QStringLiteral("PTI 2022-2025"));
        const Findings findings = rules::checkAll(data, asOf);
        REQUIRE_FALSE(findings.isEmpty());
        for (const auto& f : findings) {
            CAPTURE(f.rule, f.message);
            CHECK(f.severity == Severity::Information);
            CHECK(f.message.startsWith(QStringLiteral("Ne satisferait pas la règle du PTI 2022-2025 : ")));
        }
        // The checks of the data stay as they are.
        CHECK(rules::effectiveSetting(data.edition.rules, QString::fromLatin1(rules::DeliberationTally)).severity ==
              Severity::Error);
    }
    SECTION("the mid-term COPIL's deadline can be set")
    {
        data.meetings.clear();
        Meeting launch;
        launch.id = 10;
        launch.uuid = uuidFor(10);
        launch.editionId = 1;
        launch.kind = MeetingKind::CopilLaunch;
        launch.status = MeetingStatus::Held;
        launch.date = QDate(2022, 5, 19);
        data.meetings = {launch};
        // By default due by the end of the year of mid-term (2022-01-01 + 730 days: 2024): overdue on
        // 15 January 2025.
        const QDate later(2025, 1, 15);
        auto copil = ofRule(rules::checkAll(data, later), rules::CopilCadence);
        REQUIRE(copil.size() == 1);
        CHECK(copil.first().severity == Severity::Error);
        CHECK(copil.first().message.contains(formatDate(QDate(2024, 12, 31))));
        // Set to 30 June 2025: not overdue, only due within a year.
        settingIn(data.edition.rules, rules::CopilCadence).deadline = QDate(2025, 6, 30);
        copil = ofRule(rules::checkAll(data, later), rules::CopilCadence);
        REQUIRE(copil.size() == 1);
        CHECK(copil.first().severity == Severity::Warning);
        CHECK(copil.first().message.contains(formatDate(QDate(2025, 6, 30))));
    }
    SECTION("errors first, then warnings, then information")
    {
        settingIn(data.edition.rules, rules::TerritoryReferent).severity = Severity::Information;
        const Findings findings = rules::checkAll(data, asOf);
        int previous = 3;
        for (const auto& f : findings) {
            CHECK(rules::severityRank(f.severity) <= previous);
            previous = rules::severityRank(f.severity);
        }
        CHECK(findings.last().severity == Severity::Information);
    }
}

} // namespace pacte_test_domain_rules_settings_test
