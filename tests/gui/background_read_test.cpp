// A hidden findings list reads every action sheet on a worker thread: the window answers meanwhile,
// the count arrives, and a change made during the read is not lost to it.
#include "app/common/listsection.h"
#include "app/compliance/compliancesection.h"
#include "app/dashboard/dashboardsection.h"
#include "common/demowindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/rules.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/editionloader.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_background_read_test {

using namespace pacte;
using namespace pacte::test;

namespace {

Findings expectedFindings(Database& db, Id editionId)
{
    return rules::checkAll(loadEditionData(db, editionId, ActionLoading::SheetsOnly), Clock::currentDate());
}

// The demo opened in a main window at 1366×768, the findings list hidden.

} // namespace

TEST_CASE("a hidden findings list is read on a worker thread, and its count shown", "[gui][compliance][background]")
{
    DemoWindow demo;
    MainWindow& window = demo.window;
    auto* section = window.findChild<ComplianceSection*>(QStringLiteral("complianceSection"));
    auto* dashboard = window.findChild<DashboardSection*>();
    REQUIRE(section != nullptr);
    REQUIRE(dashboard != nullptr);
    REQUIRE(!section->isVisible());

    // Right after the opening the rows are being read elsewhere.
    CHECK(section->rowsPending());
    REQUIRE(waitUntil([&] { return !section->rowsPending() && dashboard->isUpToDate(); }));
    Database& db = window.document()->database();
    const Findings expected = expectedFindings(db, section->editionId());
    REQUIRE(!expected.isEmpty());
    CHECK(section->count() == expected.size());
    CHECK(section->findings().size() == expected.size());
}

TEST_CASE("an edit made while the findings are read elsewhere is in the findings shown",
          "[gui][compliance][background]")
{
    DemoWindow demo;
    MainWindow& window = demo.window;
    chooseEdition(window, QStringLiteral("PTI 2017-2021"));
    auto* section = window.findChild<ComplianceSection*>(QStringLiteral("complianceSection"));
    REQUIRE(section != nullptr);
    Database& db = window.document()->database();
    const Id editionId = section->editionId();
    const Findings before = expectedFindings(db, editionId);

    // An action whose sheet is complete loses its objectives while the read runs: its finding
    // must be in the list once everything has settled (the read that started before is dropped).
    const auto actions = recordsWhere<Action>(
        db,
        QStringLiteral("group_id IN (SELECT id FROM working_group WHERE edition_id = ?) AND TRIM(objectives) <> ''"),
        {editionId});
    REQUIRE(!actions.isEmpty());
    Action after = actions.first();
    const Action original = after;
    after.objectives.clear();
    REQUIRE(section->rowsPending());
    REQUIRE(edit::update(*window.document(), original, after));
    REQUIRE(waitUntil([&] { return !section->rowsPending(); }));
    const Findings expected = expectedFindings(db, editionId);
    CHECK(expected.size() >= before.size());
    CHECK(section->count() == expected.size());
    const Findings shown = section->findings();
    CHECK(std::any_of(shown.cbegin(), shown.cend(), [&](const Finding& f) { return f.uuid == original.uuid; }));

    // Shown now: the list is the same as a fresh check.
    showSection(window, QStringLiteral("complianceSection"));
    CHECK(section->findings().size() == expected.size());
}

} // namespace pacte_test_gui_background_read_test
