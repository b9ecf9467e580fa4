// Renewing a pact through the editing facade: one undo step, undone and redone with the same records.
#include "common/renewalfixture.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/editionloader.h"
#include "storage/evaluationstore.h"
#include "storage/renewal.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_renew_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("A renewal is one undo step", "[editing][renewal]")
{
    FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    TempDir dir;
    auto database = createDatabase(dir.path(QStringLiteral("pti.pacte")), true);
    const RenewalScene scene = addRenewalScene(*database);
    Document document(std::move(database));
    Database& db = document.database();
    const auto partnersBefore = PartnerRepository(db).all();
    const int actionsBefore = ActionRepository(db).count();

    const auto candidates = renewalCandidates(db, scene.source.id);
    Edition edition;
    edition.title = QStringLiteral("PTI 2026-2030");
    edition.startDate = QDate(2026, 1, 1);
    edition.endDate = QDate(2030, 12, 31);
    const auto records = planRenewal(db, candidates, edition, RenewalChoice::everything(candidates));
    const auto result = edit::renew(document, records);
    REQUIRE(result.ok());
    CHECK(result.item.id != NoId);
    CHECK(document.undoStack()->count() == 1);
    CHECK(document.undoStack()->undoText() ==
          QStringLiteral("nouvelle édition PTI 2026-2030 à partir de PTI 2022-2025"));
    CHECK(ActionRepository(db).count() == actionsBefore + 2);
    const auto groups = WorkingGroupRepository(db).ofEdition(result.item.id);
    CHECK(groups.size() == 2);

    document.undoStack()->undo();
    CHECK_FALSE(findEditionByTitle(db, edition.title));
    CHECK(ActionRepository(db).count() == actionsBefore);
    CHECK(PartnerRepository(db).all() == partnersBefore);
    CHECK(frozenSnapshot(db, scene.source.id, 2025)); // freezing is never undone

    document.undoStack()->redo();
    CHECK(EditionRepository(db).find(result.item.id)->title == edition.title);
    CHECK(WorkingGroupRepository(db).ofEdition(result.item.id) == groups);
    CHECK(findRenewal(db, result.item.id)->actions == 2);
}

TEST_CASE("A refused renewal leaves the stack and the file as they were", "[editing][renewal]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("pti.pacte"));
    auto database = createDatabase(path, true);
    const RenewalScene scene = addRenewalScene(*database);
    Document document(std::move(database));
    const auto candidates = renewalCandidates(document.database(), scene.source.id);
    Edition edition;
    edition.title = QStringLiteral("PTI 2026-2030");
    edition.startDate = QDate(2026, 1, 1);
    edition.endDate = QDate(2030, 12, 31);
    auto records = planRenewal(document.database(), candidates, edition, RenewalChoice::everything(candidates));
    // Meanwhile another edition took the title.
    Edition other = edition;
    other.title = QStringLiteral("PTI 2026-2030");
    REQUIRE(edit::add(document, other).ok());
    const QByteArray bytes = fileBytes(path);
    const auto result = edit::renew(document, records);
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.message.isEmpty());
    CHECK(document.undoStack()->count() == 1);
    CHECK(fileBytes(path) == bytes);
}

} // namespace pacte_test_editing_renew_test
