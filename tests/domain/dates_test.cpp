// New dates start within their edition; a typed date is read exactly or refused (issue #22).
#include "common/catchqt.h"
#include "domain/edition.h"
#include "domain/format.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_dates_test {

using namespace pacte;

TEST_CASE("A new date of an edition starts within it", "[domain][edition]")
{
    Edition pti;
    pti.startDate = QDate(2017, 1, 1);
    pti.endDate = QDate(2021, 12, 31);
    CHECK(pti.dayWithin(QDate(2026, 12, 4)) == QDate(2021, 12, 31));
    CHECK(pti.dayWithin(QDate(2015, 3, 1)) == QDate(2017, 1, 1));
    CHECK(pti.dayWithin(QDate(2019, 6, 30)) == QDate(2019, 6, 30));
    CHECK(Edition{}.dayWithin(QDate(2026, 12, 4)) == QDate(2026, 12, 4));
}

TEST_CASE("A typed date is read exactly, or refused", "[domain][dates]")
{
    CHECK(parseTypedDate(QStringLiteral("30/06/2024")) == QDate(2024, 6, 30));
    CHECK(parseTypedDate(QStringLiteral(" 1/7/2024 ")) == QDate(2024, 7, 1));
    CHECK(parseTypedDate(QStringLiteral("30.06.2024")) == QDate(2024, 6, 30));
    CHECK(parseTypedDate(QStringLiteral("2024-06-30")) == QDate(2024, 6, 30));
    CHECK_FALSE(parseTypedDate(QStringLiteral("30/06/24")).isValid());
    CHECK_FALSE(parseTypedDate(QStringLiteral("31/06/2024")).isValid());
    CHECK_FALSE(parseTypedDate(QStringLiteral("30/13/2024")).isValid());
    CHECK_FALSE(parseTypedDate(QStringLiteral("juin 2024")).isValid());
    CHECK_FALSE(parseTypedDate(QString()).isValid());
    CHECK(typedDateText(QDate(2024, 6, 30)) == QStringLiteral("30/06/2024"));
}

} // namespace pacte_test_domain_dates_test
