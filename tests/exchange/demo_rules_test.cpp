// Each demo edition applies the governance rules its own pact words (issue 19): the PTI 2022-2025 its
// §1.4, the PTI 2017-2021 none of them (the source states no governance rule for it), so that its
// findings are information ("would not satisfy the rule of PTI 2022-2025"), never errors. Every test
// quotes the pact's sentence it checks (seed: the Hérault PTI 2022-2025).
#include "common/catchqt.h"
#include "common/testutil.h"
#include "domain/rules.h"
#include "storage/editionloader.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_demo_rules_test {

using namespace pacte;
using namespace pacte::test;

namespace {

class Demo
{
public:
    Demo()
        : m_db(createDatabase(m_dir.path(QStringLiteral("demo.pacte")), true))
    {}
    EditionData edition(const char* title)
    {
        const auto found = findEditionByTitle(*m_db, QString::fromLatin1(title));
        REQUIRE(found.has_value());
        return loadEditionData(*m_db, found->id);
    }

private:
    TempDir m_dir;
    std::unique_ptr<Database> m_db;
};

// A day after both editions' end: every deadline of both has passed.
const QDate AfterBoth(2026, 6, 30);

Findings ofRule(const Findings& findings, const char* rule)
{
    Findings result;
    for (const auto& f : findings) {
        if (f.rule == QLatin1String(rule))
            result.append(f);
    }
    return result;
}

RuleSetting settingOf(const EditionData& data, const char* rule)
{
    return rules::effectiveSetting(data.edition.rules, QString::fromLatin1(rule));
}

// The rule is the edition's own, an error, and each of its findings quotes `sentence`.
void checkOwnRule(const EditionData& data, const Findings& all, const char* rule, const QString& sentence,
                  Severity severity = Severity::Error)
{
    CAPTURE(rule);
    const RuleSetting setting = settingOf(data, rule);
    CHECK(setting.enabled);
    CHECK(setting.severity == severity);
    CHECK(setting.reference.isEmpty());
    CHECK(setting.quote.contains(sentence));
    CHECK(setting.source.startsWith(QStringLiteral("PTI 2022-2025, §1.4")));
    for (const auto& f : ofRule(all, rule)) {
        CHECK(f.quote == setting.quote);
        CHECK(f.source == setting.source);
        CHECK(f.severity != Severity::Information);
        CHECK_FALSE(f.message.startsWith(QStringLiteral("Ne satisferait pas")));
    }
}

// The rule is the PTI 2022-2025's, shown on the 2017-2021 edition as information only.
void checkReferenceRule(const EditionData& data, const Findings& all, const char* rule, const QString& sentence)
{
    CAPTURE(rule);
    const RuleSetting setting = settingOf(data, rule);
    CHECK(setting.enabled);
    CHECK(setting.severity == Severity::Information);
    CHECK(setting.reference == QStringLiteral("PTI 2022-2025"));
    CHECK(setting.quote.contains(sentence));
    for (const auto& f : ofRule(all, rule)) {
        CHECK(f.severity == Severity::Information);
        CHECK(f.message.startsWith(QStringLiteral("Ne satisferait pas la règle du PTI 2022-2025 : ")));
        CHECK(f.quote == setting.quote);
    }
}

} // namespace

TEST_CASE("demo rules: PTI 2022-2025 carries the rules of its §1.4, word for word", "[exchange][demo][rules]")
{
    Demo demo;
    const EditionData data = demo.edition("PTI 2022-2025");
    const Findings all = rules::checkAll(data, AfterBoth);
    // The stored rules are those Pacte applies by default: the sentences of this pact.
    CHECK(rules::effectiveSettings(data.edition.rules) == rules::defaultSettings());

    SECTION("group-pilots")
    {
        checkOwnRule(data, all, rules::GroupPilots,
                     QStringLiteral("Les groupes de travail locaux seront animés par un pilote et un co-pilote issus "
                                    "de deux structures différentes"));
        // The pact defines no working group yet (they are left to the local pacts).
        CHECK(data.groups.isEmpty());
        CHECK(ofRule(all, rules::GroupPilots).isEmpty());
    }
    SECTION("copil-cadence")
    {
        checkOwnRule(data, all, rules::CopilCadence,
                     QStringLiteral("le COPIL se réunira au moins trois fois au cours la vie du PTI 2022-2025"));
        // No COPIL of the 2022-2025 edition is recorded within it (those of 2021 and May 2022 prepared
        // it): as of mid-2026, launch, mid-term and final are overdue, each an error.
        const Findings copil = ofRule(all, rules::CopilCadence);
        for (const auto& f : copil)
            CHECK(f.severity == Severity::Error);
        CHECK_FALSE(copil.isEmpty());
    }
    SECTION("local-committee-yearly")
    {
        checkOwnRule(
            data, all, rules::LocalCommitteeYearly,
            QStringLiteral(
                "Composées des partenaires locaux, ces instances devront se réunir au moins une fois par an."));
        for (const auto& f : ofRule(all, rules::LocalCommitteeYearly))
            CHECK(f.severity == Severity::Error);
    }
    SECTION("partner-referent")
    {
        checkOwnRule(data, all, rules::PartnerReferent,
                     QStringLiteral("chaque signataire s'engage à nommer, au sein de sa structure, un ou plusieurs "
                                    "référents PTI"));
    }
    SECTION("territory-referent")
    {
        checkOwnRule(data, all, rules::TerritoryReferent,
                     QStringLiteral("le département nommera un référent PTI sur chacun de ses six bassins locaux."));
        // No territory referent is named in the source: six errors.
        CHECK(ofRule(all, rules::TerritoryReferent).size() == 6);
    }
    SECTION("action-sheet-complete")
    {
        checkOwnRule(data, all, rules::ActionSheetComplete,
                     QStringLiteral("les modalités de mise en œuvre et les principaux livrables, les indicateurs "
                                    "d'évaluation et de réalisation."),
                     Severity::Warning);
        CHECK(data.actions.isEmpty());
    }
    SECTION("annual-evaluation")
    {
        checkOwnRule(data, all, rules::AnnualEvaluation,
                     QStringLiteral("Une évaluation intermédiaire sera réalisée chaque année"));
        // 2022 to 2025 without an evaluation, and no final one.
        CHECK(ofRule(all, rules::AnnualEvaluation).size() == 5);
    }
    SECTION("the checks of the data quote no sentence of the pact")
    {
        for (const char* rule : {rules::DeliberationTally, rules::MeetingInEdition}) {
            CHECK(settingOf(data, rule).quote.isEmpty());
            CHECK(settingOf(data, rule).reference.isEmpty());
        }
        // The CCVH's deliberation of 30 January 2023 adds up: "Quorum : 25 Présents : 34 Votants : 46 Pour : 46".
        CHECK(ofRule(all, rules::DeliberationTally).isEmpty());
    }
}

TEST_CASE("demo rules: PTI 2017-2021 has no error its pact does not support", "[exchange][demo][rules]")
{
    Demo demo;
    const EditionData data = demo.edition("PTI 2017-2021");
    for (const QDate& asOf : {QDate(2021, 7, 31), QDate(2021, 12, 31), AfterBoth}) {
        CAPTURE(asOf);
        const Findings all = rules::checkAll(data, asOf);
        for (const auto& f : all) {
            CAPTURE(f.rule, f.message);
            // The source states no governance rule for 2017-2021: nothing is an error of a pact rule.
            if (rules::isPactRule(f.rule))
                CHECK(f.severity == Severity::Information);
            // The only check of the data it meets: the 2017 deliberation's figures, not stated (a note).
            if (f.rule == QLatin1String(rules::DeliberationTally))
                CHECK(f.severity == Severity::Information);
        }
        const auto errors =
            std::count_if(all.cbegin(), all.cend(), [](const Finding& f) { return f.severity == Severity::Error; });
        CHECK(errors == 0);
    }
}

TEST_CASE("demo rules: on PTI 2017-2021 the 2022-2025 rules are information", "[exchange][demo][rules]")
{
    Demo demo;
    const EditionData data = demo.edition("PTI 2017-2021");
    const Findings all = rules::checkAll(data, AfterBoth);

    SECTION("group-pilots")
    {
        checkReferenceRule(data, all, rules::GroupPilots,
                           QStringLiteral("un pilote et un co-pilote issus de deux structures différentes"));
        // Annexe 1: ten of the 17 groups are led by the Conseil départemental alone.
        CHECK(ofRule(all, rules::GroupPilots).size() == 10);
    }
    SECTION("copil-cadence")
    {
        checkReferenceRule(data, all, rules::CopilCadence,
                           QStringLiteral("le COPIL se réunira au moins trois fois au cours la vie du PTI 2022-2025"));
        CHECK(settingOf(data, rules::CopilCadence).deadline.isNull());
    }
    SECTION("local-committee-yearly")
    {
        checkReferenceRule(data, all, rules::LocalCommitteeYearly,
                           QStringLiteral("ces instances devront se réunir au moins une fois par an."));
        CHECK_FALSE(ofRule(all, rules::LocalCommitteeYearly).isEmpty());
    }
    SECTION("partner-referent")
    {
        checkReferenceRule(data, all, rules::PartnerReferent,
                           QStringLiteral("chaque signataire s'engage à nommer, au sein de sa structure, un ou "
                                          "plusieurs référents PTI"));
    }
    SECTION("territory-referent")
    {
        checkReferenceRule(data, all, rules::TerritoryReferent,
                           QStringLiteral("le département nommera un référent PTI sur chacun de ses six bassins"));
        CHECK(ofRule(all, rules::TerritoryReferent).size() == 6);
    }
    SECTION("action-sheet-complete")
    {
        checkReferenceRule(data, all, rules::ActionSheetComplete,
                           QStringLiteral("Les actions travaillées au sein des groupes de travail devront définir"));
    }
    SECTION("annual-evaluation")
    {
        checkReferenceRule(data, all, rules::AnnualEvaluation,
                           QStringLiteral("Une évaluation intermédiaire sera réalisée chaque année"));
        // 2017 to 2021 and the final one, each for information.
        CHECK(ofRule(all, rules::AnnualEvaluation).size() == 6);
    }
}

} // namespace pacte_test_exchange_demo_rules_test
