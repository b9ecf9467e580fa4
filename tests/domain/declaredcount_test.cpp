// The figures a pact declares but the data cannot list (issue #15): their validation and how they read.
#include "common/catchqt.h"
#include "domain/declaredcount.h"
#include "domain/validation.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_declaredcount_test {

using namespace pacte;

namespace {

const QString quote =
    QStringLiteral("Ce dernier a été signé par 31 partenaires institutionnels pour coordonner et garantir une mise "
                   "en cohérence des dispositifs d'insertion.");

} // namespace

TEST_CASE("A declared figure reads beside the records, with its source", "[domain][declared]")
{
    const DeclaredCount declared{31, quote, QStringLiteral("§1.2 Le nouveau contexte")};
    CHECK(declaredSignatoriesText(6, declared) ==
          QStringLiteral("6 partenaires enregistrés sur 31 signataires déclarés"));
    CHECK(declaredSignatoriesText(1, {1, quote, {}}) ==
          QStringLiteral("1 partenaire enregistré sur 1 signataire déclaré"));
    CHECK(declaredSourceText(declared) ==
          QStringLiteral("Chiffre déclaré par le pacte (§1.2 Le nouveau contexte) : « %1 »").arg(quote));
    CHECK(declaredSourceText({31, quote, {}}) == QStringLiteral("Chiffre déclaré par le pacte : « %1 »").arg(quote));
}

TEST_CASE("A declared figure needs a sensible value and its quote", "[domain][declared]")
{
    Edition edition;
    edition.title = QStringLiteral("PTI 2017-2021");
    edition.startDate = QDate(2017, 1, 1);
    edition.endDate = QDate(2021, 12, 31);
    CHECK(validate(edition).isEmpty());
    edition.declaredSignatories = DeclaredCount{31, quote, {}};
    CHECK(validate(edition).isEmpty());

    edition.declaredSignatories = DeclaredCount{0, quote, {}};
    auto errors = validate(edition);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("declaredSignatories"));
    CHECK(errors.first().message == QStringLiteral("Un chiffre déclaré doit être compris entre 1 et 9999."));

    edition.declaredSignatories = DeclaredCount{MaxDeclaredCount + 1, quote, {}};
    CHECK(validate(edition).size() == 1);

    edition.declaredSignatories = DeclaredCount{31, QStringLiteral("   "), QStringLiteral("§1.2")};
    errors = validate(edition);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("declaredSignatoriesQuote"));
    CHECK(errors.first().message.startsWith(QStringLiteral("Un chiffre déclaré doit citer sa source")));
}

} // namespace pacte_test_domain_declaredcount_test
