// Field validation of every entity: what is refused (and under which field), and that good values pass.
#include "common/catchqt.h"
#include "domain/validation.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_validation_test {

using namespace pacte;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Infinity = std::numeric_limits<double>::infinity();

QStringList fields(const FieldErrors& errors)
{
    QStringList result;
    for (const auto& error : errors) {
        CHECK_FALSE(error.message.isEmpty());
        result << error.field;
    }
    return result;
}

Edition goodEdition()
{
    Edition e;
    e.title = QStringLiteral("PTI 2022-2025");
    e.departement = QStringLiteral("Hérault");
    e.startDate = QDate(2022, 1, 1);
    e.endDate = QDate(2025, 12, 31);
    return e;
}

Person goodPerson()
{
    Person p;
    p.firstName = QStringLiteral("Jean");
    p.lastName = QStringLiteral("DUPONT");
    p.email = QStringLiteral("jean.dupont@herault.fr");
    p.phone = QStringLiteral("04 67 67 67 67");
    p.roles = {{PersonRoleKind::PartnerReferent, NoId}, {PersonRoleKind::TerritoryReferent, 3}};
    return p;
}

Measurement goodMeasurement()
{
    Measurement m;
    m.date = QDate(2021, 7, 31);
    m.value = 14;
    m.target = 20;
    return m;
}

Indicator goodIndicator()
{
    Indicator i;
    i.name = QStringLiteral("Nombre de structures adhérentes à la charte");
    i.baseline = 0;
    i.target = 20;
    i.measurements = {goodMeasurement()};
    return i;
}

Action goodAction()
{
    Action a;
    a.title = QStringLiteral("Réseau Digi'Thau");
    a.groupId = 1;
    a.startDate = QDate(2018, 1, 1);
    a.endDate = QDate(2021, 12, 31);
    a.indicators = {goodIndicator()};
    return a;
}

Meeting goodMeeting()
{
    Meeting m;
    m.editionId = 1;
    m.kind = MeetingKind::LocalCommittee;
    m.territoryId = 2;
    m.date = QDate(2022, 10, 4);
    m.headCount = 12;
    return m;
}

} // namespace

TEST_CASE("validate of Edition", "[domain][validation]")
{
    Edition e = goodEdition();
    CHECK(validate(e).isEmpty());
    e.endDate = e.startDate; // a one-day edition is possible
    CHECK(validate(e).isEmpty());

    e = goodEdition();
    e.title = QStringLiteral("  ");
    CHECK(fields(validate(e)) == QStringList{QStringLiteral("title")});
    e = goodEdition();
    e.endDate = QDate(2021, 12, 31);
    CHECK(fields(validate(e)) == QStringList{QStringLiteral("endDate")});
    e = goodEdition();
    e.startDate = QDate();
    CHECK(fields(validate(e)) == QStringList{QStringLiteral("startDate")});
    e.endDate = QDate();
    CHECK(fields(validate(e)) == (QStringList{QStringLiteral("startDate"), QStringLiteral("endDate")}));
}

TEST_CASE("validate of Territory TargetPublic and Dispositif", "[domain][validation]")
{
    Territory t;
    CHECK(fields(validate(t)) == QStringList{QStringLiteral("name")});
    t.name = QStringLiteral("Montpelliérain");
    CHECK(validate(t).isEmpty());

    TargetPublic p;
    p.name = QStringLiteral("\t");
    CHECK(fields(validate(p)) == QStringList{QStringLiteral("name")});
    p.name = QStringLiteral("Allocataires du RSA");
    CHECK(validate(p).isEmpty());

    Dispositif d;
    CHECK(fields(validate(d)) == QStringList{QStringLiteral("name")});
    d.acronym = QStringLiteral("PDI");
    CHECK(validate(d).isEmpty());
    d.acronym.clear();
    d.name = QStringLiteral("Programme départemental d'insertion");
    CHECK(validate(d).isEmpty());
}

TEST_CASE("validate of Axis and Theme", "[domain][validation]")
{
    Axis axis;
    axis.number = 1;
    axis.title = QStringLiteral("Lever les freins à l'insertion sociale et professionnelle");
    Theme theme;
    theme.name = QStringLiteral("Mobilité et motilité");
    axis.themes = {theme};
    CHECK(validate(axis).isEmpty());
    CHECK(validate(theme).isEmpty());

    Axis bad = axis;
    bad.number = 0;
    CHECK(fields(validate(bad)) == QStringList{QStringLiteral("number")});
    bad = axis;
    bad.title.clear();
    CHECK(fields(validate(bad)) == QStringList{QStringLiteral("title")});
    bad = axis;
    bad.themes.first().name = QStringLiteral(" ");
    CHECK(fields(validate(bad.themes.first())) == QStringList{QStringLiteral("name")});
    CHECK(fields(validate(bad)) == QStringList{QStringLiteral("name")}); // the theme's error comes through
}

TEST_CASE("validate of Partner and Signature", "[domain][validation]")
{
    Partner partner;
    partner.name = QStringLiteral("Communauté de communes Vallée de l'Hérault");
    Signature signature;
    signature.editionId = 2;
    signature.status = SignatureStatus::Signed;
    Deliberation d;
    d.meetingDate = QDate(2023, 1, 30);
    d.publicationDate = QDate(2023, 1, 31);
    d.quorum = 25;
    d.present = 34;
    d.proxies = 12;
    d.voters = 46;
    d.inFavour = 46;
    signature.deliberation = d;
    partner.signatures = {signature};
    CHECK(validate(partner).isEmpty());
    CHECK(validate(signature).isEmpty());

    Partner unnamed = partner;
    unnamed.name.clear();
    CHECK(fields(validate(unnamed)) == QStringList{QStringLiteral("name")});

    Signature noEdition = signature;
    noEdition.editionId = NoId;
    CHECK(fields(validate(noEdition)) == QStringList{QStringLiteral("edition")});
    partner.signatures = {noEdition};
    CHECK(fields(validate(partner)) == QStringList{QStringLiteral("edition")});

    Signature negative = signature;
    negative.deliberation->abstentions = -1;
    CHECK(fields(validate(negative)) == QStringList{QStringLiteral("deliberation")});

    Signature early = signature;
    early.deliberation->publicationDate = QDate(2023, 1, 29);
    CHECK(fields(validate(early)) == QStringList{QStringLiteral("deliberation.publicationDate")});

    // A tally that does not add up is a rule finding, not a validation error.
    Signature wrongTally = signature;
    wrongTally.deliberation->voters = 40;
    CHECK(validate(wrongTally).isEmpty());
}

TEST_CASE("validate of Person", "[domain][validation]")
{
    CHECK(validate(goodPerson()).isEmpty());
    Person p = goodPerson();
    p.firstName.clear();
    CHECK(validate(p).isEmpty()); // one name is enough
    p.email.clear();
    p.phone.clear();
    CHECK(validate(p).isEmpty()); // contact details are optional
    p.lastName = QStringLiteral(" ");
    CHECK(fields(validate(p)) == QStringList{QStringLiteral("lastName")});

    const QString badEmail = GENERATE(QStringLiteral("jean@"), QStringLiteral("jean"), QStringLiteral("jean@herault"),
                                      QStringLiteral("jean dupont@herault.fr"), QStringLiteral("@herault.fr"));
    CAPTURE(badEmail);
    p = goodPerson();
    p.email = badEmail;
    const FieldErrors errors = validate(p);
    REQUIRE(fields(errors) == QStringList{QStringLiteral("email")});
    CHECK(errors.first().message.contains(badEmail));

    p = goodPerson();
    p.phone = QStringLiteral("+33 (0)4.67.67.67.67");
    CHECK(validate(p).isEmpty());
    p.phone = QStringLiteral("appeler le secrétariat");
    CHECK(fields(validate(p)) == QStringList{QStringLiteral("phone")});

    p = goodPerson();
    p.roles = {{PersonRoleKind::TerritoryReferent, NoId}};
    CHECK(fields(validate(p)) == QStringList{QStringLiteral("roles")});
}

TEST_CASE("validate of WorkingGroup", "[domain][validation]")
{
    WorkingGroup g;
    g.name = QStringLiteral("Étude sociologique sur la mobilisation des publics");
    g.editionId = 1;
    g.territoryIds = {5, 4};
    CHECK(validate(g).isEmpty());
    // Governance shortcomings are not validation errors.
    CHECK(g.pilotPartnerId == NoId);

    WorkingGroup bad = g;
    bad.name.clear();
    CHECK(fields(validate(bad)) == QStringList{QStringLiteral("name")});
    bad = g;
    bad.editionId = NoId;
    CHECK(fields(validate(bad)) == QStringList{QStringLiteral("edition")});
    bad = g;
    bad.territoryIds.clear();
    CHECK(fields(validate(bad)) == QStringList{QStringLiteral("territories")});
}

TEST_CASE("validate of Action Indicator and Measurement", "[domain][validation]")
{
    CHECK(validate(goodAction()).isEmpty());
    Action incomplete;
    incomplete.title = QStringLiteral("Fiche à compléter");
    incomplete.groupId = 3;
    CHECK(validate(incomplete).isEmpty()); // an incomplete sheet is stored, and flagged by the rules

    Action a = goodAction();
    a.title.clear();
    CHECK(fields(validate(a)) == QStringList{QStringLiteral("title")});
    a = goodAction();
    a.groupId = NoId;
    CHECK(fields(validate(a)) == QStringList{QStringLiteral("group")});
    a = goodAction();
    a.endDate = QDate(2017, 12, 31);
    CHECK(fields(validate(a)) == QStringList{QStringLiteral("endDate")});
    a = goodAction();
    a.startDate = QDate();
    CHECK(validate(a).isEmpty()); // dates are optional on an action

    Indicator i = goodIndicator();
    CHECK(validate(i).isEmpty());
    i.name.clear();
    CHECK(fields(validate(i)) == QStringList{QStringLiteral("name")});
    a = goodAction();
    a.indicators = {i};
    CHECK(fields(validate(a)) == QStringList{QStringLiteral("name")}); // the indicator's error comes through
    i = goodIndicator();
    i.target = NaN;
    CHECK(fields(validate(i)) == QStringList{QStringLiteral("target")});
    i = goodIndicator();
    i.baseline = Infinity;
    CHECK(fields(validate(i)) == QStringList{QStringLiteral("target")});
    i = goodIndicator();
    i.baseline.reset();
    i.target.reset();
    CHECK(validate(i).isEmpty());

    Measurement m = goodMeasurement();
    CHECK(validate(m).isEmpty());
    m.date = QDate();
    CHECK(fields(validate(m)) == QStringList{QStringLiteral("date")});
    m = goodMeasurement();
    m.value = NaN;
    CHECK(fields(validate(m)) == QStringList{QStringLiteral("value")});
    m = goodMeasurement();
    m.target = -Infinity;
    CHECK(fields(validate(m)) == QStringList{QStringLiteral("value")});
    m = goodMeasurement();
    m.value = -3.5; // a negative value is a number like any other
    CHECK(validate(m).isEmpty());
    i = goodIndicator();
    i.measurements.first().date = QDate();
    CHECK(fields(validate(i)) == QStringList{QStringLiteral("date")});
}

TEST_CASE("validate of Meeting", "[domain][validation]")
{
    CHECK(validate(goodMeeting()).isEmpty());

    Meeting m = goodMeeting();
    m.date = QDate();
    CHECK(fields(validate(m)) == QStringList{QStringLiteral("date")});
    m = goodMeeting();
    m.editionId = NoId;
    CHECK(fields(validate(m)) == QStringList{QStringLiteral("edition")});
    m = goodMeeting();
    m.headCount = -1;
    CHECK(fields(validate(m)) == QStringList{QStringLiteral("headCount")});
    m = goodMeeting();
    m.territoryId = NoId;
    CHECK(fields(validate(m)) == QStringList{QStringLiteral("territory")});
    m.kind = MeetingKind::TerritorialSeminar;
    CHECK(fields(validate(m)) == QStringList{QStringLiteral("territory")});
    m.kind = MeetingKind::CopilLaunch; // a COPIL is departmental
    CHECK(validate(m).isEmpty());
    m.kind = MeetingKind::WorkingGroup;
    CHECK(fields(validate(m)) == QStringList{QStringLiteral("group")});
    m.groupId = 7;
    CHECK(validate(m).isEmpty());
}

TEST_CASE("validate of Evaluation and joinMessages", "[domain][validation]")
{
    Evaluation e;
    e.editionId = 1;
    e.year = 2023;
    e.kind = EvaluationKind::Intermediate;
    CHECK(validate(e).isEmpty());
    e.year = 1800;
    CHECK(fields(validate(e)) == QStringList{QStringLiteral("year")});
    e.year = 2023;
    e.editionId = NoId;
    CHECK(fields(validate(e)) == QStringList{QStringLiteral("edition")});

    Edition edition;
    const FieldErrors errors = validate(edition);
    REQUIRE(errors.size() == 3);
    const QString joined = joinMessages(errors);
    for (const auto& error : errors)
        CHECK(joined.contains(error.message));
    CHECK(joinMessages({}).isEmpty());
}

} // namespace pacte_test_domain_validation_test
