// The deliberation approving a signature adds up (domain.md): Deliberation::tallyProblems() and the
// deliberation-tally rule.
#include "common/catchqt.h"
#include "domain/rules.h"

#include <catch2/catch.hpp>

#include <QUuid>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_rules_deliberation_test {

using namespace pacte;

namespace {

constexpr Id EditionId = 1;
constexpr Id OtherEditionId = 2;

// The seed document's deliberation (CCVH, 30 January 2023).
Deliberation seedDeliberation()
{
    Deliberation d;
    d.body = QStringLiteral("Conseil communautaire");
    d.meetingDate = QDate(2023, 1, 30);
    d.convocationDate = QDate(2023, 1, 19);
    d.actIdentifier = QStringLiteral("034-243400694-20230130-10745-DE-1-1");
    d.quorum = 25;
    d.present = 34;
    d.proxies = 12;
    d.voters = 46;
    d.inFavour = 46;
    // "Contre : 0 Abstention : 0 Ne prend pas part : 0": stated, so zero (unknown is not zero).
    d.against = 0;
    d.abstentions = 0;
    d.notVoting = 0;
    return d;
}

Signature signature(Id editionId, SignatureStatus status)
{
    Signature s;
    s.editionId = editionId;
    s.status = status;
    return s;
}

Partner partner(Id id, const QString& name)
{
    Partner p;
    p.id = id;
    p.uuid = QUuid::fromString(QStringLiteral("20000000-0000-4000-8000-%1").arg(id, 12, 10, QLatin1Char('0')));
    p.name = name;
    return p;
}

// PTI 2022-2025 and four partners without signatures.
EditionData baseData()
{
    EditionData data;
    data.edition.id = EditionId;
    data.edition.title = QStringLiteral("PTI 2022-2025");
    data.edition.startDate = QDate(2022, 1, 1);
    data.edition.endDate = QDate(2025, 12, 31);
    data.partners = {partner(1, QStringLiteral("Conseil départemental de l'Hérault")),
                     partner(2, QStringLiteral("DDETS de l'Hérault")), partner(3, QStringLiteral("CAF de l'Hérault")),
                     partner(4, QStringLiteral("Communauté de communes Vallée de l'Hérault"))};
    return data;
}

} // namespace

TEST_CASE("Deliberation::tallyProblems follows domain.md", "[domain][rules]")
{
    const Deliberation seed = seedDeliberation();
    CHECK(seed.tallyProblems().isEmpty());
    CHECK(Deliberation().tallyProblems().isEmpty()); // nothing recorded yet adds up

    Deliberation d = seed;
    d.voters = 45; // present + proxies = 46; and for 46 != 45
    CHECK(d.tallyProblems().size() == 2);

    d = seed;
    d.proxies = 11;
    CHECK(d.tallyProblems().size() == 1); // only voters != present + proxies

    d = seed;
    d.inFavour = 40;
    d.against = 3;
    d.abstentions = 2; // 45 != 46 - 0
    CHECK(d.tallyProblems().size() == 1);
    d.notVoting = 1; // 45 == 46 - 1
    CHECK(d.tallyProblems().isEmpty());

    d = seed;
    d.quorum = 35; // present 34 < quorum
    CHECK(d.tallyProblems().size() == 1);
    d.quorum = 34;
    CHECK(d.tallyProblems().isEmpty());

    d = seed;
    d.against = -1;
    d.inFavour = 47;
    CHECK(d.tallyProblems().size() == 1); // the negative number, though the sum adds up
}

TEST_CASE("deliberation-tally checks the deliberation of this edition's signatures", "[domain][rules]")
{
    EditionData data = baseData();
    Signature good = signature(EditionId, SignatureStatus::Signed);
    good.deliberation = seedDeliberation();
    Signature bad = good;
    bad.deliberation->voters = 40;
    Signature badElsewhere = signature(OtherEditionId, SignatureStatus::Signed);
    badElsewhere.deliberation = seedDeliberation();
    badElsewhere.deliberation->present = 10;

    data.partners[3].signatures = {good};
    data.partners[0].signatures = {signature(EditionId, SignatureStatus::Signed)}; // no deliberation
    data.partners[1].signatures = {badElsewhere};
    CHECK(rules::checkDeliberationTally(data).isEmpty());

    data.partners[3].signatures = {bad};
    const Findings findings = rules::checkDeliberationTally(data);
    REQUIRE(findings.size() == 1);
    const Finding& f = findings.first();
    CHECK(f.rule == QStringLiteral("deliberation-tally"));
    CHECK(f.severity == Severity::Error);
    CHECK(f.entity == Entity::Partner);
    CHECK(f.uuid == data.partners[3].uuid);
    CHECK(f.label == QStringLiteral("Communauté de communes Vallée de l'Hérault"));
    CHECK(f.message.contains(QStringLiteral("Communauté de communes Vallée de l'Hérault")));
    CHECK(f.message.contains(bad.deliberation->tallyProblems().first()));
}

TEST_CASE("deliberation-tally: a figure the act does not state is unknown, not zero", "[domain][rules]")
{
    Deliberation d = seedDeliberation();
    REQUIRE(d.unknownFigures().isEmpty());

    SECTION("an unknown figure leaves out only the checks it takes part in")
    {
        d.proxies.reset(); // voters = present + proxies cannot be checked
        d.inFavour = 40;   // for + against + abstentions = voters - not voting still can: 40 != 46
        const QStringList problems = d.tallyProblems();
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(QStringLiteral("40")));
        CHECK(d.unknownFigures() == QStringList{QStringLiteral("procurations")});
    }
    SECTION("figures all unknown: nothing to check, no zero shown")
    {
        Deliberation unknown;
        CHECK_FALSE(unknown.hasFigures());
        CHECK(unknown.tallyProblems().isEmpty());
        CHECK(unknown.unknownFigures().size() == 8);
        // Stored as zeros they would have read "0 votants" and still "add up": unknown stays unknown.
        CHECK_FALSE(unknown.voters.has_value());
    }
    SECTION("the rule says which figures it left out, for information")
    {
        EditionData data = baseData();
        Signature s = signature(EditionId, SignatureStatus::Approved);
        s.deliberation = d;
        s.deliberation->quorum.reset();
        s.deliberation->present.reset();
        data.partners[3].signatures = {s};
        const Findings findings = rules::checkDeliberationTally(data);
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().severity == Severity::Information);
        CHECK(findings.first().message.contains(QStringLiteral("quorum, présents")));
        // An error among the stated figures is still an error, beside the note.
        s.deliberation->inFavour = 30;
        data.partners[3].signatures = {s};
        const Findings both = rules::checkAll(data, QDate(2023, 6, 1));
        int errors = 0;
        int notes = 0;
        for (const auto& f : both) {
            if (f.rule != QLatin1String(rules::DeliberationTally))
                continue;
            errors += f.severity == Severity::Error;
            notes += f.severity == Severity::Information;
        }
        CHECK(errors == 1);
        CHECK(notes == 1);
    }
}

} // namespace pacte_test_domain_rules_deliberation_test
