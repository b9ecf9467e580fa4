#include "common/testutil.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_unique_constraint_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("a duplicate edition title is a validation message, not SQLite's text", "[storage][validation]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("u.pacte")), true);
    const QByteArray before = fileBytes(db->path());
    Edition copy;
    copy.title = QStringLiteral("PTI 2017-2021");
    copy.startDate = QDate(2030, 1, 1);
    copy.endDate = QDate(2033, 12, 31);
    try {
        EditionRepository(*db).insert(copy);
        FAIL("the duplicate title was accepted");
    } catch (const ValidationError& error) {
        REQUIRE(error.errors().size() == 1);
        CHECK(error.errors().first().field == QStringLiteral("title"));
        CHECK_FALSE(error.message().contains(QStringLiteral("UNIQUE")));
    }
    CHECK(EditionRepository(*db).count() == 2);
    CHECK(fileBytes(db->path()) == before);
}

} // namespace pacte_test_storage_unique_constraint_test
