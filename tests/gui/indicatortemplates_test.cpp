// Indicator templates in the GUI (issue 18): the axes editor lists the selected theme's templates and
// adds one through its dialog (one undoable axis edit); the action editor proposes the templates of the
// action's theme, fills the new indicator from the one chosen and keeps it linked, shows the link and
// unlinks it.
#include "app/common/listsection.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_indicatortemplates_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct Fixture
{
    TempDir dir;
    MainWindow window;

    Fixture()
    {
        const QString path = dir.path(QStringLiteral("demo.pacte"));
        createDatabase(path, true).reset();
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(path));
        chooseEdition(window, QStringLiteral("PTI 2017-2021"));
    }

    Database& db() { return window.document()->database(); }
    Axis mobility()
    {
        const auto axes =
            recordsWhere<Axis>(db(), QStringLiteral("edition_id = ? AND number = 3"), {window.currentEdition()});
        REQUIRE(axes.size() == 1);
        REQUIRE(axes.first().themes.size() == 1);
        return axes.first();
    }
    void undo() { child<QAction>(&window, QStringLiteral("undoAction"))->trigger(); }
};

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("a template is added to a theme in the axes editor, and undone", "[gui][axes][templates]")
{
    Fixture f;
    auto* section = showSection(f.window, QStringLiteral("axesSection"));
    selectRow(section, QStringLiteral("3"));
    auto* themes = child<QTableWidget>(section, QStringLiteral("themesTable"));
    auto* list = child<QListWidget>(section, QStringLiteral("templatesList"));
    const Axis before = f.mobility();
    const int demoTemplates = static_cast<int>(before.themes.first().templates.size());
    REQUIRE(demoTemplates == 2);
    // Showing an axis selects its first theme: its templates are listed without a click.
    CHECK(themes->currentRow() == 0);
    REQUIRE(list->count() == demoTemplates);
    CHECK(list->item(0)->text().contains(QStringLiteral("exemple"))); // the demo's are examples

    bool filled = false;
    QTimer::singleShot(0, [&filled] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        CHECK(dialog->objectName() == QStringLiteral("indicatorTemplateDialog"));
        child<QLineEdit>(dialog, QStringLiteral("templateNameEdit"))->setText(QStringLiteral("Véhicules prêtés"));
        child<QLineEdit>(dialog, QStringLiteral("templateUnitEdit"))->setText(QStringLiteral("véhicules"));
        child<QPlainTextEdit>(dialog, QStringLiteral("templateMeasurementEdit"))
            ->setPlainText(QStringLiteral("Contrats de prêt signés dans l'année"));
        child<QLineEdit>(dialog, QStringLiteral("templateTargetEdit"))->setText(QStringLiteral("30"));
        child<QDialogButtonBox>(dialog, QStringLiteral("templateButtons"))->button(QDialogButtonBox::Ok)->click();
        filled = true;
    });
    child<QPushButton>(section, QStringLiteral("addTemplateButton"))->click();
    settle();
    REQUIRE(filled);
    const Axis after = f.mobility();
    REQUIRE(after.themes.first().templates.size() == 3);
    const IndicatorTemplate& added = after.themes.first().templates.last();
    CHECK(added.name == QStringLiteral("Véhicules prêtés"));
    CHECK(added.unit == QStringLiteral("véhicules"));
    CHECK(added.measurement == QStringLiteral("Contrats de prêt signés dans l'année"));
    CHECK(added.suggestedTarget == 30.0);
    CHECK_FALSE(added.example);
    CHECK(list->count() == 3);

    f.undo();
    CHECK(f.mobility() == before);
    CHECK(list->count() == 2);
}

TEST_CASE("an indicator is added to an action from a template of its theme and kept linked",
          "[gui][actions][templates]")
{
    Fixture f;
    const Axis axis = f.mobility();
    const Theme& theme = axis.themes.first();
    REQUIRE_FALSE(theme.templates.isEmpty());
    const IndicatorTemplate& chosen = theme.templates.first();
    // An action of a "Mobilité" group.
    const auto actions = recordsWhere<Action>(f.db(), QStringLiteral("theme_id = ?"), {theme.id});
    REQUIRE_FALSE(actions.isEmpty());
    const Action action = actions.first();
    auto* section = qobject_cast<ListSection*>(showSection(f.window, QStringLiteral("actionsSection")));
    REQUIRE(section != nullptr);
    REQUIRE(section->openItem(action.uuid));
    child<QTabWidget>(section, QStringLiteral("tabs"))->setCurrentIndex(1);
    auto* button = child<QPushButton>(section, QStringLiteral("addFromTemplateButton"));
    CHECK(button->isEnabled());
    REQUIRE(button->menu() != nullptr);
    const auto proposed = button->menu()->actions();
    REQUIRE(proposed.size() == theme.templates.size());
    CHECK(proposed.first()->text().contains(chosen.name));
    proposed.first()->trigger();
    settle();

    const Action stored = ActionRepository(f.db()).findByUuid(action.uuid).value();
    REQUIRE(stored.indicators.size() == action.indicators.size() + 1);
    const Indicator& made = stored.indicators.last();
    CHECK(made.name == chosen.name);
    CHECK(made.kind == chosen.kind);
    CHECK(made.unit == chosen.unit);
    CHECK(made.target == chosen.suggestedTarget);
    CHECK(made.templateId == chosen.id);
    auto* label = child<QLabel>(section, QStringLiteral("indicatorTemplateLabel"));
    CHECK(label->isVisible());
    CHECK(label->text().contains(chosen.name));

    child<QPushButton>(section, QStringLiteral("unlinkTemplateButton"))->click();
    settle();
    CHECK(ActionRepository(f.db()).findByUuid(action.uuid)->indicators.last().templateId == NoId);
    CHECK(ActionRepository(f.db()).findByUuid(action.uuid)->indicators.last().name == chosen.name);
    CHECK_FALSE(label->isVisible());
    f.undo();
    CHECK(ActionRepository(f.db()).findByUuid(action.uuid)->indicators.last().templateId == chosen.id);
}

} // namespace pacte_test_gui_indicatortemplates_test
