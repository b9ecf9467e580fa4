// The group editor's "Évaluation annuelle" (issue 18): the figures computed for the year shown
// read-only, the entered fields typed and stored in the database as undoable steps, and a frozen
// year's fields locked.
#include "app/common/listsection.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/groupevaluationstore.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QUndoStack>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_groupevaluation_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct Fixture
{
    TempDir dir;
    MainWindow window;
    QWidget* section = nullptr;
    WorkingGroup group;

    Fixture()
    {
        const QString path = dir.path(QStringLiteral("demo.pacte"));
        createDatabase(path, true).reset();
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(path));
        section = showSection(window, QStringLiteral("groupsSection"));
        chooseEdition(window, QStringLiteral("PTI 2017-2021"));
        const auto groups = recordsWhere<WorkingGroup>(db(), QStringLiteral("name = ?"),
                                                       {QStringLiteral("Illettrisme et illectronisme")});
        REQUIRE_FALSE(groups.isEmpty());
        group = groups.first();
        selectRow(section, group.name);
    }

    Database& db() { return window.document()->database(); }
    QComboBox* year() { return child<QComboBox>(section, QStringLiteral("evaluationYearCombo")); }
};

} // namespace

TEST_CASE("a group's yearly evaluation is typed in its editor, stored and undone", "[gui][groups][groupevaluation]")
{
    Fixture f;
    auto* year = f.year();
    REQUIRE(year->count() == 5); // 2017 to 2021
    year->setCurrentIndex(year->findData(2019));
    auto* figures = child<QLabel>(f.section, QStringLiteral("evaluationFiguresLabel"));
    CHECK(figures->text().contains(QStringLiteral("2019")));
    CHECK(containsTranslation(figures->text(), "pacte::GroupEvaluationPanel",
                              "Meetings of the group held in %1 (concertations): %2"));

    typeInto(child<QPlainTextEdit>(f.section, QStringLiteral("evaluationEffectsEdit")),
             QStringLiteral("Quinze prêts de véhicules."));
    auto stored = findGroupEvaluation(f.db(), f.group.id, 2019);
    REQUIRE(stored.has_value());
    CHECK(stored->effects == QStringLiteral("Quinze prêts de véhicules."));

    auto* quality = child<QComboBox>(f.section, QStringLiteral("evaluationQualityCombo"));
    const int index = quality->findData(static_cast<int>(PartnershipQuality::ToImprove));
    REQUIRE(index >= 0);
    quality->setCurrentIndex(index);
    emit quality->activated(index);
    typeInto(child<QPlainTextEdit>(f.section, QStringLiteral("evaluationAdjustmentsEdit")),
             QStringLiteral("Réunir le groupe chaque trimestre."));
    stored = findGroupEvaluation(f.db(), f.group.id, 2019);
    REQUIRE(stored.has_value());
    CHECK(stored->partnershipQuality == PartnershipQuality::ToImprove);
    CHECK(stored->adjustments == QStringLiteral("Réunir le groupe chaque trimestre."));
    CHECK_FALSE(findGroupEvaluation(f.db(), f.group.id, 2020).has_value());

    // Undo takes the steps back one by one, and the form follows.
    QUndoStack* stack = f.window.document()->undoStack();
    stack->undo();
    CHECK(findGroupEvaluation(f.db(), f.group.id, 2019)->adjustments.isEmpty());
    CHECK(child<QPlainTextEdit>(f.section, QStringLiteral("evaluationAdjustmentsEdit"))->toPlainText().isEmpty());
    stack->undo();
    stack->undo();
    CHECK_FALSE(findGroupEvaluation(f.db(), f.group.id, 2019).has_value());
    CHECK(child<QPlainTextEdit>(f.section, QStringLiteral("evaluationEffectsEdit"))->toPlainText().isEmpty());
}

TEST_CASE("a frozen year's group evaluation cannot be edited", "[gui][groups][groupevaluation]")
{
    Fixture f;
    const Id editionId = f.group.editionId;
    REQUIRE(edit::freezeYear(*f.window.document(), editionId, 2020, EvaluationKind::Intermediate).ok());
    auto* year = f.year();
    year->setCurrentIndex(year->findData(2020));
    auto* effects = child<QPlainTextEdit>(f.section, QStringLiteral("evaluationEffectsEdit"));
    CHECK_FALSE(effects->isEnabled());
    auto* message = child<QLabel>(f.section, QStringLiteral("evaluationMessageLabel"));
    CHECK(message->text().contains(QStringLiteral("2020")));
    year->setCurrentIndex(year->findData(2021));
    CHECK(effects->isEnabled());
}

} // namespace pacte_test_gui_groupevaluation_test
