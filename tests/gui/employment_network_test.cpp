// A CLE meeting recorded in the meetings form (issue #15): the kind shows the territories it covers in
// place of the territory, what the PTI presented is kept, and a CLE without territory is refused.
#include "app/common/historydialog.h"
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_employment_network_test {

using namespace pacte;
using namespace pacte::test;

namespace {

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

QListWidgetItem* itemNamed(QListWidget* list, const QString& text)
{
    const auto found = list->findItems(text, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    return found.first();
}

} // namespace

TEST_CASE("A CLE meeting covers the territories checked and says what the PTI presented", "[gui][network]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(path));
    chooseEdition(window, QStringLiteral("PTI 2022-2025"));
    auto* section = qobject_cast<ListSection*>(showSection(window, QStringLiteral("meetingsSection")));
    REQUIRE(section != nullptr);
    Database& db = window.document()->database();

    child<QPushButton>(section, QStringLiteral("addMeetingButton"))->click();
    const QUuid uuid = section->selectedUuid();
    REQUIRE_FALSE(uuid.isNull());
    auto* covered = child<QListWidget>(section, QStringLiteral("coveredTerritoriesEdit"));
    auto* territory = child<QComboBox>(section, QStringLiteral("territoryCombo"));
    CHECK_FALSE(covered->isVisible());
    CHECK(territory->isVisible());

    auto* messages = child<QLabel>(section, QStringLiteral("validationMessages"));
    choose(child<QComboBox>(section, QStringLiteral("kindCombo")),
           static_cast<int>(MeetingKind::EmploymentCommitteeLocal));
    CHECK(covered->isVisible());
    CHECK_FALSE(territory->isVisible());
    CHECK(messages->text().contains(QStringLiteral("Un comité local pour l'emploi couvre au moins un territoire")));
    CHECK(MeetingRepository(db).findByUuid(uuid)->kind != MeetingKind::EmploymentCommitteeLocal);

    itemNamed(covered, QStringLiteral("Biterrois"))->setCheckState(Qt::Checked);
    itemNamed(covered, QStringLiteral("Petite Camargue"))->setCheckState(Qt::Checked);
    auto* presented = child<QPlainTextEdit>(section, QStringLiteral("ptiPresentedEdit"));
    presented->setFocus();
    typeInto(presented, QStringLiteral("Les actions mobilité des PTI locaux."));
    child<QComboBox>(section, QStringLiteral("kindCombo"))->setFocus(); // leaving the text stores it

    const Meeting stored = *MeetingRepository(db).findByUuid(uuid);
    CHECK(stored.kind == MeetingKind::EmploymentCommitteeLocal);
    CHECK(stored.territoryId == NoId);
    QStringList names;
    for (Id id : stored.coveredTerritoryIds)
        names << TerritoryRepository(db).find(id)->name;
    CHECK(names == QStringList{QStringLiteral("Biterrois"), QStringLiteral("Petite Camargue")});
    CHECK(stored.ptiPresented == QStringLiteral("Les actions mobilité des PTI locaux."));
    CHECK(fieldLabel(QStringLiteral("coveredTerritories")) == QStringLiteral("Territoires couverts"));
    CHECK(fieldLabel(QStringLiteral("ptiPresented")) == QStringLiteral("Présenté par le PTI"));

    // Undone field by field like any edit.
    child<QAction>(&window, QStringLiteral("undoAction"))->trigger();
    CHECK(MeetingRepository(db).findByUuid(uuid)->ptiPresented.isEmpty());
}

} // namespace pacte_test_gui_employment_network_test
