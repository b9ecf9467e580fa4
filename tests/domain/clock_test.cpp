// The clock behind "today": the system's time unless a test fixes it, and the system's again after.
#include "common/catchqt.h"
#include "domain/clock.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_clock_test {

using namespace pacte;

TEST_CASE("A fixed clock answers the same instant until it is reset", "[domain][clock]")
{
    REQUIRE_FALSE(Clock::isFixed());
    const QDateTime fixed(QDate(2024, 2, 29), QTime(11, 45, 30, 250), Qt::UTC);
    Clock::setFixed(fixed);
    CHECK(Clock::isFixed());
    CHECK(Clock::currentDateTimeUtc() == fixed);
    CHECK(Clock::currentDateTimeUtc().timeSpec() == Qt::UTC);
    CHECK(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs) == QStringLiteral("2024-02-29T11:45:30.250Z"));
    CHECK(Clock::currentDateTime() == fixed); // the same instant, in local time
    CHECK(Clock::currentDateTime().timeSpec() == Qt::LocalTime);
    CHECK(Clock::currentDate() == fixed.toLocalTime().date());

    // A local time given to setFixed() is the instant it names.
    Clock::setFixed(fixed.toLocalTime());
    CHECK(Clock::currentDateTimeUtc() == fixed);
    CHECK(Clock::currentDateTimeUtc().timeSpec() == Qt::UTC);

    Clock::reset();
    CHECK_FALSE(Clock::isFixed());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(std::abs(Clock::currentDateTimeUtc().secsTo(now)) < 60);
    const QDate today = Clock::currentDate();
    CHECK((today == QDate::currentDate() || today.addDays(1) == QDate::currentDate())); // at midnight
}

} // namespace pacte_test_domain_clock_test
