// Long values as previews and messages quote them (issue 13): whole up to the limit, otherwise their
// beginning and "… (N caractères)", N the whole value's length in characters.
#include "common/catchqt.h"
#include "domain/format.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_format_test {

using namespace pacte;

TEST_CASE("A value up to the limit is quoted whole", "[domain][format]")
{
    CHECK(shortened(QString()).isEmpty());
    CHECK(shortened(QStringLiteral("Garage solidaire")) == QStringLiteral("Garage solidaire"));
    const QString limit(ShortTextLength, QLatin1Char('x'));
    CHECK(shortened(limit) == limit);
    CHECK(shortened(QStringLiteral("abcdef"), 6) == QStringLiteral("abcdef"));
}

TEST_CASE("A long value is cut, with its whole length in French", "[domain][format]")
{
    const QString objective = QStringLiteral("Un objectif très long. ") + QString(400000, QLatin1Char('o'));
    const QString shown = shortened(objective);
    CHECK(shown == objective.left(ShortTextLength) + QStringLiteral("… (400023 caractères)"));
    CHECK(shortened(QStringLiteral("abcdefg"), 3) == QStringLiteral("abc… (7 caractères)"));
}

TEST_CASE("A cut never splits a character outside the basic plane", "[domain][format]")
{
    // "🚌" is two UTF-16 units: a cut between them would leave half a character.
    const QString bus = QStringLiteral("ab🚌cdef");
    CHECK(bus.size() == 8);
    CHECK(shortened(bus, 3) == QStringLiteral("ab… (7 caractères)"));
    CHECK(shortened(bus, 4) == QStringLiteral("ab🚌… (7 caractères)"));
}

} // namespace pacte_test_domain_format_test
