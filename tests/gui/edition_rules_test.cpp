// Fichier ▸ Règles de gouvernance de l'édition…: the edition's "Règles" tab turns a rule off, sets its
// severity and deadline and edits its quote; the compliance section follows; one undo step, logged
// (issue 19).
#include "app/common/historydialog.h"
#include "app/editions/editionrulesdialog.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/rules.h"
#include "editing/document.h"
#include "storage/changelog.h"
#include "storage/editionloader.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_edition_rules_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct Scene
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("demo.pacte"));
    MainWindow window;

    Scene()
    {
        createDatabase(path, true).reset();
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(path));
        chooseEdition(window, QStringLiteral("PTI 2022-2025"));
    }
    Database& db() { return window.document()->database(); }
    Edition edition() { return *findEditionByTitle(db(), QStringLiteral("PTI 2022-2025")); }
};

int rowOf(const char* rule)
{
    return static_cast<int>(rules::allRuleIds().indexOf(QString::fromLatin1(rule)));
}

} // namespace

TEST_CASE("The edition's rules are edited in its Rules tab, undone in one step", "[gui][rules]")
{
    Scene scene;
    const Edition before = scene.edition();
    REQUIRE(rules::effectiveSettings(before.rules) == rules::defaultSettings());
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<EditionRulesDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        seen = true;
        auto* tabs = child<QTabWidget>(dialog, QStringLiteral("editionTabs"));
        CHECK(tabs->tabText(0) == QStringLiteral("&Règles"));
        auto* list = child<QListWidget>(dialog, QStringLiteral("rulesList"));
        CHECK(list->count() == rules::allRuleIds().size());
        // The territory referents: turned off.
        list->setCurrentRow(rowOf(rules::TerritoryReferent));
        auto* enabled = child<QCheckBox>(dialog, QStringLiteral("ruleEnabledCheck"));
        CHECK(enabled->isChecked());
        CHECK(child<QPlainTextEdit>(dialog, QStringLiteral("ruleQuoteEdit"))
                  ->toPlainText()
                  .contains(QStringLiteral("le département nommera un référent PTI")));
        enabled->setChecked(false);
        // The COPIL: a warning, with its mid-term deadline set.
        list->setCurrentRow(rowOf(rules::CopilCadence));
        auto* severity = child<QComboBox>(dialog, QStringLiteral("ruleSeverityCombo"));
        severity->setCurrentIndex(severity->findData(static_cast<int>(Severity::Warning)));
        auto* deadlineCheck = child<QCheckBox>(dialog, QStringLiteral("ruleDeadlineCheck"));
        CHECK(deadlineCheck->isVisible());
        deadlineCheck->setChecked(true);
        child<QDateEdit>(dialog, QStringLiteral("ruleDeadlineEdit"))->setDate(QDate(2024, 6, 30));
        // A rule without a deadline hides it.
        list->setCurrentRow(rowOf(rules::GroupPilots));
        CHECK_FALSE(deadlineCheck->isVisible());
        auto* source = child<QLineEdit>(dialog, QStringLiteral("ruleSourceEdit"));
        source->clear();
        QTest::keyClicks(source, QStringLiteral("§1.4, page 12"));
        child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    });
    child<QAction>(&scene.window, QStringLiteral("editionRulesAction"))->trigger();
    REQUIRE(seen);

    const Edition after = scene.edition();
    const auto setting = [&](const char* rule) {
        return rules::effectiveSetting(after.rules, QString::fromLatin1(rule));
    };
    CHECK_FALSE(setting(rules::TerritoryReferent).enabled);
    CHECK(setting(rules::CopilCadence).severity == Severity::Warning);
    CHECK(setting(rules::CopilCadence).deadline == QDate(2024, 6, 30));
    CHECK(setting(rules::GroupPilots).source == QStringLiteral("§1.4, page 12"));
    CHECK(setting(rules::GroupPilots).quote == rules::defaultSetting(QString::fromLatin1(rules::GroupPilots)).quote);
    // No territory-referent finding any more.
    const EditionData data = loadEditionData(scene.db(), after.id);
    for (const auto& f : rules::checkAll(data, QDate(2026, 6, 30))) {
        CHECK(f.rule != QLatin1String(rules::TerritoryReferent));
        if (f.rule == QLatin1String(rules::CopilCadence))
            CHECK(f.severity == Severity::Warning);
    }
    // Logged as an edit of the edition's rules.
    const auto history = ChangeLog(scene.db()).forEntity(before.uuid);
    CHECK(std::any_of(history.cbegin(), history.cend(), [](const ChangeEntry& entry) {
        return entry.field == QStringLiteral("rules") &&
               entry.newValue.contains(QStringLiteral("territory-referent: off"));
    }));
    CHECK(fieldLabel(QStringLiteral("rules")) == QStringLiteral("Règles de gouvernance"));

    child<QAction>(&scene.window, QStringLiteral("undoAction"))->trigger();
    CHECK(scene.edition() == before);
    child<QAction>(&scene.window, QStringLiteral("redoAction"))->trigger();
    CHECK_FALSE(rules::effectiveSetting(scene.edition().rules, QString::fromLatin1(rules::TerritoryReferent)).enabled);
}

} // namespace pacte_test_gui_edition_rules_test
