// foldForSearch(): case, accents and ligatures do not matter when searching.
#include "common/catchqt.h"
#include "domain/textsearch.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_textsearch_test {

using pacte::foldForSearch;

TEST_CASE("foldForSearch removes accents and case", "[domain][search]")
{
    CHECK(foldForSearch(QStringLiteral("Montpelliérain")) == QStringLiteral("montpellierain"));
    CHECK(foldForSearch(QStringLiteral("MONTPELLIÉRAIN")) == QStringLiteral("montpellierain"));
    CHECK(foldForSearch(QStringLiteral("Étang de Thau")) == QStringLiteral("etang de thau"));
    CHECK(foldForSearch(QStringLiteral("Hérault")) == QStringLiteral("herault"));
    CHECK(foldForSearch(QStringLiteral("Pôle emploi, Françoise, Noël, où")) ==
          QStringLiteral("pole emploi, francoise, noel, ou"));
    CHECK(foldForSearch(QStringLiteral("montpellierain")) == QStringLiteral("montpellierain"));
    CHECK(foldForSearch(QString()).isEmpty());
}

TEST_CASE("foldForSearch splits the ligatures", "[domain][search]")
{
    CHECK(foldForSearch(QStringLiteral("Cœur d'Hérault")) == QStringLiteral("coeur d'herault"));
    CHECK(foldForSearch(QStringLiteral("CŒUR")) == QStringLiteral("coeur"));
    CHECK(foldForSearch(QStringLiteral("Lætitia, Æ")) == QStringLiteral("laetitia, ae"));
}

TEST_CASE("folded text finds what the user typed", "[domain][search]")
{
    const auto matches = [](const QString& text, const QString& typed) {
        return foldForSearch(text).contains(foldForSearch(typed));
    };
    CHECK(matches(QStringLiteral("Cœur d'Hérault – Pic Saint-Loup"), QStringLiteral("coeur")));
    CHECK(matches(QStringLiteral("Cœur d'Hérault – Pic Saint-Loup"), QStringLiteral("COEUR D'HERAULT")));
    CHECK(matches(QStringLiteral("Montpelliérain"), QStringLiteral("montpellierain")));
    CHECK(matches(QStringLiteral("Montpellierain"), QStringLiteral("Montpelliérain")));
    CHECK_FALSE(matches(QStringLiteral("Biterrois"), QStringLiteral("thau")));
}

} // namespace pacte_test_domain_textsearch_test
