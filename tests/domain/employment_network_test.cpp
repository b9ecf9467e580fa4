// The employment-network bodies (loi pour le plein emploi, issue #15): the CDE and the CLE are kinds of
// meeting that no compliance rule counts; a CLE covers one or several territories of the PTI.
#include "common/catchqt.h"
#include "domain/rules.h"
#include "domain/validation.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_employment_network_test {

using namespace pacte;

namespace {

Meeting meeting(MeetingKind kind, QDate date)
{
    Meeting m;
    m.editionId = 1;
    m.kind = kind;
    m.status = MeetingStatus::Held;
    m.date = date;
    return m;
}

} // namespace

TEST_CASE("The CDE and the CLE are stored as text and named in French", "[domain][network]")
{
    CHECK(enumCode(MeetingKind::EmploymentCommitteeDepartmental) == QStringLiteral("comite_departemental_emploi"));
    CHECK(enumCode(MeetingKind::EmploymentCommitteeLocal) == QStringLiteral("comite_local_emploi"));
    CHECK(enumLabel(MeetingKind::EmploymentCommitteeDepartmental) ==
          QStringLiteral("Comité départemental pour l'emploi (CDE)"));
    CHECK(enumLabel(MeetingKind::EmploymentCommitteeLocal) == QStringLiteral("Comité local pour l'emploi (CLE)"));
    CHECK(isEmploymentNetwork(MeetingKind::EmploymentCommitteeLocal));
    CHECK_FALSE(isEmploymentNetwork(MeetingKind::LocalCommittee));
    CHECK_FALSE(isCopil(MeetingKind::EmploymentCommitteeDepartmental));
    CHECK_FALSE(isGroupMeeting(MeetingKind::EmploymentCommitteeLocal));
}

TEST_CASE("A CLE covers at least one territory, no other kind covers several", "[domain][network]")
{
    Meeting cle = meeting(MeetingKind::EmploymentCommitteeLocal, QDate(2024, 10, 3));
    auto errors = validate(cle);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("coveredTerritories"));
    CHECK(errors.first().message ==
          QStringLiteral("Un comité local pour l'emploi couvre au moins un territoire du PTI."));
    cle.coveredTerritoryIds = {5, 4};
    CHECK(validate(cle).isEmpty());

    Meeting cde = meeting(MeetingKind::EmploymentCommitteeDepartmental, QDate(2024, 9, 20));
    CHECK(validate(cde).isEmpty());
    cde.coveredTerritoryIds = {5};
    CHECK(validate(cde).size() == 1);
}

TEST_CASE("No compliance rule counts the employment network's meetings", "[domain][network]")
{
    EditionData data;
    data.edition.id = 1;
    data.edition.title = QStringLiteral("PTI 2022-2025");
    data.edition.startDate = QDate(2022, 1, 1);
    data.edition.endDate = QDate(2025, 12, 31);
    Territory biterrois;
    biterrois.id = 5;
    biterrois.name = QStringLiteral("Biterrois");
    data.territories = {biterrois};
    const Findings without = rules::checkAll(data, QDate(2025, 6, 1));

    Meeting cle = meeting(MeetingKind::EmploymentCommitteeLocal, QDate(2024, 10, 3));
    cle.coveredTerritoryIds = {5};
    data.meetings = {meeting(MeetingKind::EmploymentCommitteeDepartmental, QDate(2024, 9, 20)), cle,
                     meeting(MeetingKind::EmploymentCommitteeDepartmental, QDate(2025, 3, 14))};
    const Findings with = rules::checkAll(data, QDate(2025, 6, 1));
    // The same findings: a CLE is not the territory's comité local d'animation, a CDE is not a COPIL.
    REQUIRE(with.size() == without.size());
    for (qsizetype i = 0; i < with.size(); ++i) {
        CHECK(with.at(i).rule == without.at(i).rule);
        CHECK(with.at(i).message == without.at(i).message);
    }
}

} // namespace pacte_test_domain_employment_network_test
