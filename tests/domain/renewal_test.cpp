// The renewal of a pact: which actions it carries on, and what refuses its new edition.
#include "common/catchqt.h"
#include "domain/renewal.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_renewal_test {

using namespace pacte;

namespace {

Edition edition(const char* title, QDate start, QDate end)
{
    Edition e;
    e.title = QString::fromUtf8(title);
    e.startDate = start;
    e.endDate = end;
    return e;
}

QStringList fields(const FieldErrors& errors)
{
    QStringList result;
    for (const auto& error : errors) {
        CHECK_FALSE(error.message.isEmpty());
        result << error.field;
    }
    return result;
}

} // namespace

TEST_CASE("A renewal carries on the actions not finished")
{
    CHECK(isCarriedOnByRenewal(ActionStatus::Project));
    CHECK(isCarriedOnByRenewal(ActionStatus::InProgress));
    CHECK_FALSE(isCarriedOnByRenewal(ActionStatus::Running));
    CHECK_FALSE(isCarriedOnByRenewal(ActionStatus::Completed));
    CHECK_FALSE(isCarriedOnByRenewal(ActionStatus::Abandoned));
}

TEST_CASE("A renewal's edition begins after the source and ends after it begins")
{
    const Edition source = edition("PTI 2022-2025", QDate(2022, 1, 1), QDate(2025, 12, 31));
    CHECK(validateRenewal(source, edition("PTI 2026-2030", QDate(2026, 1, 1), QDate(2030, 12, 31))).isEmpty());

    const auto overlapping = validateRenewal(source, edition("PTI 2025-2029", QDate(2025, 6, 1), QDate(2029, 12, 31)));
    CHECK(fields(overlapping) == QStringList{QStringLiteral("startDate")});
    CHECK(overlapping.first().message.contains(QStringLiteral("PTI 2022-2025")));
    CHECK(fields(validateRenewal(source, edition("PTI 2025", QDate(2025, 12, 31), QDate(2026, 12, 31)))) ==
          QStringList{QStringLiteral("startDate")});

    const auto reversed = validateRenewal(source, edition("PTI 2026-2030", QDate(2030, 12, 31), QDate(2026, 1, 1)));
    CHECK(fields(reversed).contains(QStringLiteral("endDate")));
    CHECK(fields(validateRenewal(source, edition("", QDate(2026, 1, 1), QDate(2030, 12, 31)))) ==
          QStringList{QStringLiteral("title")});
}

TEST_CASE("An action cannot continue itself")
{
    Action action;
    action.id = 7;
    action.groupId = 1;
    action.title = QStringLiteral("Réseau Digi'Thau");
    action.continuesId = 3;
    CHECK(validate(action).isEmpty());
    action.continuesId = 7;
    CHECK(fields(validate(action)) == QStringList{QStringLiteral("continues")});
}

} // namespace pacte_test_domain_renewal_test
