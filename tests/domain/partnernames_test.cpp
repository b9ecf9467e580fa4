// A partner's names over time (issue #15): the name in force on a day, and what refuses a history.
#include "common/catchqt.h"
#include "domain/partnernames.h"
#include "domain/validation.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_partnernames_test {

using namespace pacte;

namespace {

Partner franceTravail()
{
    Partner partner;
    partner.name = QStringLiteral("France Travail");
    partner.category = PartnerCategory::FranceTravail;
    partner.nameHistory = {PartnerName{NoId, {}, QStringLiteral("Pôle emploi"), QDate(2008, 12, 19)},
                           PartnerName{NoId, {}, QStringLiteral("France Travail"), QDate(2024, 1, 1)}};
    return partner;
}

QStringList messages(const FieldErrors& errors)
{
    QStringList result;
    for (const auto& error : errors) {
        CHECK(error.field == QStringLiteral("nameHistory"));
        result << error.message;
    }
    return result;
}

} // namespace

TEST_CASE("The name in force on a day", "[domain][names]")
{
    const Partner partner = franceTravail();
    CHECK(partner.nameOn(QDate(2021, 12, 31)) == QStringLiteral("Pôle emploi"));
    CHECK(partner.nameOn(QDate(2023, 12, 31)) == QStringLiteral("Pôle emploi"));
    CHECK(partner.nameOn(QDate(2024, 1, 1)) == QStringLiteral("France Travail"));
    CHECK(partner.nameOn(QDate(2026, 6, 1)) == QStringLiteral("France Travail"));
    // Before every name known, the oldest; without a day, the current one.
    CHECK(partner.nameOn(QDate(2000, 1, 1)) == QStringLiteral("Pôle emploi"));
    CHECK(partner.nameOn(QDate()) == QStringLiteral("France Travail"));
    // A partner that never changed its name keeps it.
    Partner caf;
    caf.name = QStringLiteral("CAF de l'Hérault");
    CHECK(caf.nameOn(QDate(2018, 1, 1)) == caf.name);
}

TEST_CASE("A past pact names its partners as they were then", "[domain][names]")
{
    Edition old;
    old.startDate = QDate(2017, 1, 1);
    old.endDate = QDate(2021, 12, 31);
    CHECK(partnerNamesDay(old, QDate(2026, 12, 5)) == QDate(2021, 12, 31));
    CHECK(partnerNamesDay(old, QDate(2019, 12, 31)) == QDate(2019, 12, 31));
    Partner partner = franceTravail();
    partner.acronym = QStringLiteral("FT");
    QList<Partner> partners{partner};
    usePartnerNamesOn(partners, partnerNamesDay(old, QDate(2026, 12, 5)));
    CHECK(partners.first().name == QStringLiteral("Pôle emploi"));
    CHECK(partners.first().acronym.isEmpty()); // "FT" belongs to the current name
    CHECK(partners.first().displayName() == QStringLiteral("Pôle emploi"));
    partners = {partner};
    usePartnerNamesOn(partners, QDate(2025, 12, 31));
    CHECK(partners.first().displayName() == QStringLiteral("FT"));
}

TEST_CASE("A history of names is refused when it cannot be read one way", "[domain][names]")
{
    CHECK(validate(franceTravail()).isEmpty());

    Partner sameDay = franceTravail();
    sameDay.nameHistory.append(PartnerName{NoId, {}, QStringLiteral("France Travail Hérault"), QDate(2024, 1, 1)});
    sameDay.name = QStringLiteral("France Travail Hérault");
    CHECK(messages(validate(sameDay)) ==
          QStringList{QStringLiteral("Deux noms prennent effet le même jour (1 janvier 2024) : « France Travail » et « "
                                     "France Travail Hérault ». Gardez-en un par jour.")});

    Partner far = franceTravail();
    far.nameHistory[1].effectiveFrom = QDate(2999, 1, 1);
    CHECK(messages(validate(far)) ==
          QStringList{QStringLiteral("Le nom « France Travail » doit prendre effet entre 1900 et 2100 (1 janvier 2999 "
                                     "donné).")});
    Partner undated = franceTravail();
    undated.nameHistory[0].effectiveFrom = QDate();
    CHECK(messages(validate(undated)).size() == 1);

    Partner unnamed = franceTravail();
    unnamed.nameHistory[0].name = QStringLiteral("  ");
    CHECK(messages(validate(unnamed)) == QStringList{QStringLiteral("Chaque nom de l'historique doit être écrit.")});

    Partner reversed = franceTravail();
    std::swap(reversed.nameHistory[0], reversed.nameHistory[1]);
    reversed.name = QStringLiteral("Pôle emploi");
    CHECK(messages(validate(reversed)) ==
          QStringList{QStringLiteral("Les noms successifs doivent être rangés du plus ancien au plus récent.")});

    Partner other = franceTravail();
    other.name = QStringLiteral("Pôle emploi");
    CHECK(
        messages(validate(other)) ==
        QStringList{QStringLiteral("Le nom le plus récent de l'historique (« France Travail ») doit être le nom actuel "
                                   "du partenaire (« Pôle emploi »).")});
}

} // namespace pacte_test_domain_partnernames_test
