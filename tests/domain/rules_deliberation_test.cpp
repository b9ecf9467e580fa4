// The deliberation approving a signature adds up (domain.md): Deliberation::tallyProblems() and the
// deliberation-tally rule.
#include "common/catchqt.h"
#include "domain/rules.h"

#include <catch2/catch.hpp>

#include <QUuid>

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
