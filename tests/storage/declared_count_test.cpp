// An edition's declared figures (schema 6): stored, read back, cleared, and change-logged field by field.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "storage/changelog.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_declared_count_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("An edition keeps the figure its pact declares, with its source", "[storage][declared][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("pti.pacte"));
    Edition edition;
    {
        auto db = createDatabase(path);
        edition.title = QStringLiteral("PTI 2017-2021");
        edition.startDate = QDate(2017, 1, 1);
        edition.endDate = QDate(2021, 12, 31);
        EditionRepository(*db).insert(edition);
        CHECK_FALSE(EditionRepository(*db).find(edition.id)->declaredSignatories);

        edition.declaredSignatories = DeclaredCount{
            31, QStringLiteral("Ce dernier a été signé par 31 partenaires institutionnels."), QStringLiteral("§1.2")};
        EditionRepository(*db).update(edition);
    }
    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    const auto read = EditionRepository(*db).find(edition.id);
    REQUIRE(read);
    CHECK(*read == edition);

    // The change log names each field as the history shows it.
    QStringList fields;
    for (const auto& entry : ChangeLog(*db).forEntity(edition.uuid)) {
        if (entry.operation == QStringLiteral("update"))
            fields << entry.field;
    }
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("declaredSignatories"), QStringLiteral("declaredSignatoriesQuote"),
                                QStringLiteral("declaredSignatoriesSource")});

    // Cleared, it reads as none again (not as zero).
    Edition cleared = *read;
    cleared.declaredSignatories.reset();
    EditionRepository(*db).update(cleared);
    CHECK_FALSE(EditionRepository(*db).find(edition.id)->declaredSignatories);
}

} // namespace pacte_test_storage_declared_count_test
