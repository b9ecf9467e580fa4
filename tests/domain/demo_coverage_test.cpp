// The coverage of the demo's PTI 2017-2021, computed from its 17 groups and 38 actions (Annexe 1 of the
// source), read from the demo database as the command line and the report read it: the counts below
// were made by hand from resources/demo/herault.json.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "domain/coverage.h"
#include "domain/coveragelookup.h"
#include "storage/editionloader.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_demo_coverage_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct Demo2017
{
    TempDir dir;
    std::unique_ptr<Database> db;
    EditionData data;
    Coverage coverage;

    Demo2017()
        : db(createDatabase(dir.path(QStringLiteral("demo.pacte")), true))
    {
        const auto edition = findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
        REQUIRE(edition.has_value());
        data = loadEditionData(*db, edition->id, ActionLoading::WithoutChildren);
        coverage = computeCoverage(data);
    }

    qsizetype territoryIndex(const QString& name) const
    {
        const CoverageLookup names(data);
        for (qsizetype i = 0; i < coverage.territoryIds.size(); ++i) {
            if (names.territory(coverage.territoryIds.at(i)) == name)
                return i;
        }
        FAIL("no territory " << name.toStdString());
        return -1;
    }
    qsizetype themeIndex(const QString& name) const
    {
        const CoverageLookup names(data);
        for (qsizetype i = 0; i < coverage.themeIds.size(); ++i) {
            if (names.theme(coverage.themeIds.at(i)) == name)
                return i;
        }
        FAIL("no theme " << name.toStdString());
        return -1;
    }
    const CoverageCell& cell(const QString& territory, const QString& theme) const
    {
        return coverage.cell(territoryIndex(territory), themeIndex(theme));
    }
};

} // namespace

TEST_CASE("The demo 2017-2021 coverage has 6 territories by 12 themes and 18 cells with a group", "[coverage][demo]")
{
    Demo2017 demo;
    CHECK(demo.coverage.territoryIds.size() == 6);
    CHECK(demo.coverage.themeIds.size() == 12);
    REQUIRE(demo.coverage.cells.size() == 72);
    int withGroup = 0;
    int placements = 0;
    for (const auto& cell : demo.coverage.cells) {
        withGroup += cell.groupIds.isEmpty() ? 0 : 1;
        placements += static_cast<int>(cell.actionIds.size());
    }
    CHECK(withGroup == 18);
    // 38 actions, the sociological survey counted in Biterrois and in Petite Camargue.
    CHECK(placements == 39);
    CHECK(demo.coverage.unplacedGroupIds.isEmpty());
}

TEST_CASE("The demo 2017-2021 coverage counts each territory's groups and actions", "[coverage][demo]")
{
    Demo2017 demo;
    const QList<std::tuple<QString, int, int>> expected{
        {QStringLiteral("Montpelliérain"), 3, 9},
        {QStringLiteral("Étang de Thau"), 3, 8},
        {QStringLiteral("Cœur d'Hérault – Pic Saint-Loup"), 3, 6},
        {QStringLiteral("Petite Camargue"), 4, 7},
        {QStringLiteral("Biterrois"), 3, 5},
        {QStringLiteral("Haut-Languedoc et Ouest Héraultais"), 2, 4},
    };
    for (const auto& [territory, groups, actions] : expected) {
        INFO(territory.toStdString());
        const qsizetype t = demo.territoryIndex(territory);
        QSet<Id> groupIds;
        int actionCount = 0;
        for (qsizetype h = 0; h < demo.coverage.themeIds.size(); ++h) {
            for (Id id : demo.coverage.cell(t, h).groupIds)
                groupIds.insert(id);
            actionCount += static_cast<int>(demo.coverage.cell(t, h).actionIds.size());
        }
        CHECK(groupIds.size() == groups);
        CHECK(actionCount == actions);
    }

    const CoverageCell& literacy =
        demo.cell(QStringLiteral("Montpelliérain"), QStringLiteral("Illettrisme et illectronisme"));
    CHECK(literacy.groupIds.size() == 1);
    CHECK(literacy.actionIds.size() == 3);
    CHECK(literacy.actionsByStatus.value(ActionStatus::Running) == 1);
    CHECK(literacy.actionsByStatus.value(ActionStatus::InProgress) == 1);
    CHECK(literacy.actionsByStatus.value(ActionStatus::Completed) == 1);
    CHECK(literacy.partnerIds.size() == 1); // the Département alone

    const CoverageCell& mobility = demo.cell(QStringLiteral("Petite Camargue"), QStringLiteral("Mobilité"));
    CHECK(mobility.groupIds.size() == 1);
    CHECK(mobility.actionIds.size() == 2);
    CHECK(mobility.partnerIds.size() == 2); // PLIE Est Héraultais and the Département

    // The survey's group works on both of its territories.
    CHECK(demo.cell(QStringLiteral("Biterrois"), QStringLiteral("Mobilisation des publics")).groupIds ==
          demo.cell(QStringLiteral("Petite Camargue"), QStringLiteral("Mobilisation des publics")).groupIds);
    CHECK(demo.cell(QStringLiteral("Biterrois"), QStringLiteral("Mobilité")).groupIds.isEmpty());
}

TEST_CASE("The demo 2017-2021 coverage finds 54 themes without a group and no overlap or duplicate", "[coverage][demo]")
{
    Demo2017 demo;
    int noGroup = 0;
    int noLive = 0;
    for (const auto& gap : demo.coverage.gaps)
        (gap.kind == CoverageGapKind::NoGroup ? noGroup : noLive)++;
    CHECK(noGroup == 54);
    CHECK(noLive == 0);
    CHECK(demo.coverage.overlaps.isEmpty());
    CHECK(demo.coverage.duplicates.isEmpty());
}

TEST_CASE("The demo 2017-2021 partner view: the Département pilots 10 groups and co-pilots 7", "[coverage][demo]")
{
    Demo2017 demo;
    const CoverageLookup names(demo.data);
    REQUIRE(demo.coverage.partners.size() == 5);
    const PartnerCoverage& cd = demo.coverage.partners.at(0);
    CHECK(names.partner(cd.partnerId) == QStringLiteral("CD"));
    CHECK(cd.pilots == 10);
    CHECK(cd.coPilots == 7);
    CHECK(cd.memberships == 0);
    CHECK(cd.territoryIds.size() == 6);
    CHECK(cd.themeIds.size() == 12);
    CHECK(cd.places.size() == 18);
    const PartnerCoverage& ddets = demo.coverage.partners.at(1);
    CHECK(names.partner(ddets.partnerId) == QStringLiteral("DDETS"));
    CHECK(ddets.pilots == 4);
    CHECK(ddets.coPilots == 0);
    CHECK(ddets.territoryIds.size() == 3);
    CHECK(ddets.themeIds.size() == 4);
    for (qsizetype i = 2; i < 5; ++i) {
        CHECK(demo.coverage.partners.at(i).pilots == 1);
        CHECK(demo.coverage.partners.at(i).coPilots == 0);
    }
}

} // namespace pacte_test_domain_demo_coverage_test
