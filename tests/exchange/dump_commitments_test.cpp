// The signatories' commitments in the full dump (format 11): read from full.json with their links,
// written back and read again unchanged; a commitment naming an unknown action is refused in French at
// its path, and the target database is left as it was.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "exchange/inputerror.h"
#include "storage/repository.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_dump_commitments_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QUuid uuid(const char* text)
{
    return QUuid::fromString(QLatin1String(text));
}

const QUuid CCVH = uuid("20000000-0000-4000-8000-000000000002");
const QUuid DDETS = uuid("20000000-0000-4000-8000-000000000003");
const QUuid Pti2022 = uuid("40000000-0000-4000-8000-000000000002");
const QUuid Axis1 = uuid("50000000-0000-4000-8000-000000000021");
const QUuid ActionUuid = uuid("70000000-0000-4000-8000-000000000001");

// A commitment with its links named by uuid, to compare two databases.
struct Named
{
    QUuid uuid;
    QString text;
    QList<QUuid> axes;
    QList<QUuid> themes;
    QList<QUuid> actions;
    Provenance provenance;
    bool operator==(const Named&) const = default;
};

QList<Named> commitmentsOf(Database& db, const QUuid& partner)
{
    QHash<Id, QUuid> axes;
    QHash<Id, QUuid> themes;
    QHash<Id, QUuid> actions;
    for (const auto& axis : AxisRepository(db).all()) {
        axes.insert(axis.id, axis.uuid);
        for (const auto& theme : axis.themes)
            themes.insert(theme.id, theme.uuid);
    }
    for (const auto& action : ActionRepository(db).all())
        actions.insert(action.id, action.uuid);
    const auto map = [](const QHash<Id, QUuid>& uuids, const QList<Id>& ids) {
        QList<QUuid> list;
        for (Id id : ids)
            list.append(uuids.value(id));
        return list;
    };
    QList<Named> list;
    const QList<Partner> partners = PartnerRepository(db).all();
    const auto found =
        std::find_if(partners.cbegin(), partners.cend(), [&partner](const Partner& p) { return p.uuid == partner; });
    REQUIRE(found != partners.cend());
    for (const auto& c : found->commitments)
        list.append(
            {c.uuid, c.text, map(axes, c.axisIds), map(themes, c.themeIds), map(actions, c.actionIds), c.provenance});
    return list;
}

} // namespace

TEST_CASE("full dump: the signatories' commitments and their links", "[exchange][dump][commitments]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("complet.pacte")));
    importDump(*db, fileBytes(testDataPath(QStringLiteral("dumps/good/full.json"))));
    const auto ccvh = commitmentsOf(*db, CCVH);
    REQUIRE(ccvh.size() == 1);
    CHECK(ccvh.first().text == QStringLiteral("Nommer un ou plusieurs référents PTI au sein de sa structure."));
    CHECK(ccvh.first().axes == QList<QUuid>{Axis1});
    CHECK(ccvh.first().themes.size() == 1);
    CHECK(ccvh.first().actions == QList<QUuid>{ActionUuid});
    CHECK(ccvh.first().provenance.kind == ProvenanceKind::Quoted);
    CHECK(ccvh.first().provenance.source == QStringLiteral("Les référents PTI"));
    const auto ddets = commitmentsOf(*db, DDETS);
    REQUIRE(ddets.size() == 1);
    CHECK(ddets.first().provenance.isDefault());
    CHECK(ddets.first().actions.isEmpty());
    const Partner stored = PartnerRepository(*db).findByUuid(CCVH).value();
    CHECK(stored.commitments.first().editionId == EditionRepository(*db).idOf(Pti2022));

    // Written and read again: the same commitments, the same links.
    const QByteArray dump = exportDump(*db);
    const auto json = nlohmann::json::parse(dump.toStdString());
    CHECK(json.at("formatVersion") == 11);
    auto copy = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    importDump(*copy, dump);
    CHECK(commitmentsOf(*copy, CCVH) == ccvh);
    CHECK(commitmentsOf(*copy, DDETS) == ddets);
    CHECK(exportDump(*copy).size() > 0);
}

TEST_CASE("A dump whose commitment names an unknown action is refused in French, nothing written",
          "[exchange][dump][commitments]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cible.pacte"));
    auto db = createDatabase(path);
    const QByteArray before = fileBytes(path);
    try {
        importDump(*db, fileBytes(testDataPath(QStringLiteral("dumps/bad/commitment-unknown-action.json"))));
        FAIL("the dump was accepted");
    } catch (const InputError& error) {
        CHECK(error.path() == QStringLiteral("editions[0].commitments[0].actions[0]"));
        CHECK(error.message().contains(
            QStringLiteral("70000000-0000-4000-8000-0000000000ff ne correspond à aucun élément de type action")));
    }
    CHECK(PartnerRepository(*db).count() == 0);
    CHECK(EditionRepository(*db).count() == 0);
    db.reset();
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A dump whose commitment is not a signatory's is refused at its partner", "[exchange][dump][commitments]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("cible.pacte")));
    auto json = nlohmann::json::parse(fileBytes(testDataPath(QStringLiteral("dumps/good/full.json"))).toStdString());
    // The Département's signature taken out, and a commitment given to it.
    auto& edition = json["editions"][0];
    edition["commitments"][1]["partner"] = "20000000-0000-4000-8000-000000000001";
    edition["signatures"].erase(1);
    try {
        importDump(*db, QByteArray::fromStdString(json.dump()));
        FAIL("the dump was accepted");
    } catch (const InputError& error) {
        CHECK(error.path() == QStringLiteral("editions[0].commitments[1].partner"));
        CHECK(error.message().contains(QStringLiteral("un engagement est celui d'un signataire")));
    }
    CHECK(PartnerRepository(*db).count() == 0);
}

} // namespace pacte_test_exchange_dump_commitments_test
