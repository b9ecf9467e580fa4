#include "app/common/deletionquestion.h"
#include "app/common/listsection.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/rules.h"
#include "editing/document.h"
#include "storage/editionloader.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_groups_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// Types `text` as key presses; QTest::keyClicks() only knows ASCII.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// A demo database open in a main window, with the models of the groups section under test.
struct GroupsFixture
{
    TempDir dir;
    MainWindow window;
    ListSection* section = nullptr;

    GroupsFixture()
    {
        const QString path = dir.path(QStringLiteral("demo.pacte"));
        createDatabase(path, true).reset();
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(path));
        section = qobject_cast<ListSection*>(showSection(window, QStringLiteral("groupsSection")));
        REQUIRE(section != nullptr);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        new QAbstractItemModelTester(section->proxy()->sourceModel(), Mode::Fatal, section);
        new QAbstractItemModelTester(section->proxy(), Mode::Fatal, section);
    }

    Database& db() { return window.document()->database(); }

    void chooseEdition(const QString& title)
    {
        auto* combo = child<QComboBox>(&window, QStringLiteral("editionCombo"));
        const int index = combo->findText(title);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < section->proxy()->rowCount(); ++row)
            names << section->proxy()->index(row, 0).data().toString();
        return names;
    }

    // The text of `column` (by header) on the row of the group named `name`, with its colour.
    QModelIndex cell(const QString& name, const char* header) const
    {
        const auto* proxy = section->proxy();
        int column = -1;
        for (int c = 0; c < proxy->columnCount(); ++c) {
            if (proxy->headerData(c, Qt::Horizontal).toString() == translated("pacte::GroupsSection", header))
                column = c;
        }
        REQUIRE(column >= 0);
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data().toString() == name)
                return proxy->index(row, column);
        }
        FAIL("no group named " << name.toStdString());
        return {};
    }

    Id partnerId(const QString& acronym)
    {
        const auto partners = recordsWhere<Partner>(db(), QStringLiteral("acronym = ?"), {acronym});
        REQUIRE(partners.size() == 1);
        return partners.first().id;
    }

    WorkingGroup group(const QString& name)
    {
        const auto groups = recordsWhere<WorkingGroup>(db(), QStringLiteral("name = ?"), {name});
        REQUIRE(groups.size() == 1);
        return groups.first();
    }
};

// Picks the entry of a combo box as a user would (the current index changes, then `activated`).
void chooseData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void chooseText(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    INFO("combo entry " << text.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

// Answers the next modal question with `button`, keeping its text.
void answerNextQuestion(QMessageBox::StandardButton button, QString* text = nullptr)
{
    QTimer::singleShot(0, [button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

// typeInto() with accented text: replaces the content of a line edit, types `text`, and leaves it.
void typeLine(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("a new working group with one structure as pilot and co-pilot is saved, with the rule's warning",
          "[gui][groups]")
{
    GroupsFixture f;
    CHECK(f.section->count() == 0); // the 2022-2025 edition has no group yet
    auto* add = child<QPushButton>(f.section, QStringLiteral("addGroupButton"));
    add->click();
    REQUIRE(f.shownNames().size() == 1);
    const QUuid uuid = f.section->selectedUuid();
    REQUIRE_FALSE(uuid.isNull());
    // The new group's name is where the keyboard goes.
    CHECK(f.window.focusWidget() == child<QLineEdit>(f.section, QStringLiteral("nameEdit")));
    typeLine(child<QLineEdit>(f.section, QStringLiteral("nameEdit")), QStringLiteral("Mobilité solidaire"));

    auto* messages = child<QLabel>(f.section, QStringLiteral("validationMessages"));
    const Id cd = f.partnerId(QStringLiteral("CD"));
    chooseData(child<QComboBox>(f.section, QStringLiteral("pilotCombo")), QVariant::fromValue<qint64>(cd));
    CHECK(messages->isVisible());
    chooseData(child<QComboBox>(f.section, QStringLiteral("coPilotCombo")), QVariant::fromValue<qint64>(cd));
    CHECK(messages->isVisible());
    const QString partnerName = PartnerRepository(f.db()).find(cd)->name;
    CHECK(messages->text().contains(partnerName.toHtmlEscaped()));

    const auto stored = WorkingGroupRepository(f.db()).findByUuid(uuid);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("Mobilité solidaire"));
    CHECK(stored->pilotPartnerId == cd);
    CHECK(stored->coPilotPartnerId == cd);
    EditionData data = loadEditionData(f.db(), stored->editionId);
    CHECK(rules::checkGroupPilots(data).size() == 1);
    // The list says it too.
    CHECK_FALSE(f.cell(QStringLiteral("Mobilité solidaire"), "Rule").data().toString().isEmpty());

    // Another structure as co-pilot: the warning goes.
    chooseData(child<QComboBox>(f.section, QStringLiteral("coPilotCombo")),
               QVariant::fromValue<qint64>(f.partnerId(QStringLiteral("DDETS"))));
    CHECK_FALSE(messages->isVisible());
    CHECK(f.cell(QStringLiteral("Mobilité solidaire"), "Rule").data().toString().isEmpty());
}

TEST_CASE("adding a working group is undone and redone with the same uuid", "[gui][groups]")
{
    GroupsFixture f;
    child<QPushButton>(f.section, QStringLiteral("addGroupButton"))->click();
    const QUuid uuid = f.section->selectedUuid();
    WorkingGroupRepository groups(f.db());
    const auto added = groups.findByUuid(uuid);
    REQUIRE(added);
    CHECK(added->territoryIds.size() == 1);

    child<QAction>(&f.window, QStringLiteral("undoAction"))->trigger();
    CHECK_FALSE(groups.findByUuid(uuid));
    CHECK(f.shownNames().isEmpty());
    child<QAction>(&f.window, QStringLiteral("redoAction"))->trigger();
    const auto back = groups.findByUuid(uuid);
    REQUIRE(back);
    CHECK(*back == *added);
    CHECK(f.shownNames().size() == 1);
}

TEST_CASE("the 2017-2021 groups show rule 1, and the quick search and facets narrow the list", "[gui][groups]")
{
    GroupsFixture f;
    f.chooseEdition(QStringLiteral("PTI 2017-2021"));
    CHECK(f.shownNames().size() == 17);
    auto* footer = child<QLabel>(f.section, QStringLiteral("groupsFooter"));
    CHECK(footer->text().contains(QStringLiteral("17")));

    // Groups led by the Département alone break rule 1; those co-piloted by another structure do not.
    const QModelIndex alone = f.cell(QStringLiteral("Illettrisme et illectronisme"), "Rule");
    CHECK_FALSE(alone.data().toString().isEmpty());
    CHECK(alone.data(Qt::ForegroundRole).value<QColor>() == QColor(0x8b, 0x00, 0x00));
    CHECK_FALSE(alone.data(Qt::ToolTipRole).toString().isEmpty());
    CHECK(f.cell(QStringLiteral("Insertion par l'activité économique"), "Rule").data().toString().isEmpty());
    CHECK(f.cell(QStringLiteral("Insertion par l'activité économique"), "Pilot • co-pilot").data().toString() ==
          QStringLiteral("DDETS • CD"));
    const EditionData data = loadEditionData(f.db(), f.window.currentEdition());
    const auto findings = rules::checkGroupPilots(data);
    CHECK(findings.size() == 10);
    CHECK(footer->text().contains(QStringLiteral("10")));

    auto* search = child<QLineEdit>(&f.window, QStringLiteral("quickSearch"));
    search->setText(QStringLiteral("montpellierain"));
    const QStringList montpellier{QStringLiteral("Illettrisme et illectronisme"), QStringLiteral("Mobilité"),
                                  QStringLiteral("Insertion par l'activité économique")};
    QStringList shown = f.shownNames();
    shown.sort();
    QStringList expected = montpellier;
    expected.sort();
    CHECK(shown == expected);
    search->clear();
    CHECK(f.shownNames().size() == 17);

    auto* territory = child<QComboBox>(f.section, QStringLiteral("groupTerritoryFilter"));
    chooseText(territory, QStringLiteral("Petite Camargue"));
    CHECK(f.shownNames().size() == 4);
    CHECK(f.shownNames().contains(QStringLiteral("Étude sociologique sur la mobilisation des publics")));
    chooseText(territory, territory->itemText(0));

    // DDETS pilots the four groups that Annexe 1 names "DDETS • CD".
    auto* partner = child<QComboBox>(f.section, QStringLiteral("groupPartnerFilter"));
    chooseText(partner, QStringLiteral("DDETS"));
    CHECK(f.shownNames().size() == 4);
    CHECK(f.shownNames().contains(QStringLiteral("ESS et IAE")));
    CHECK(footer->text().contains(QStringLiteral("4")));
    chooseText(partner, partner->itemText(0));

    auto* axis = child<QComboBox>(f.section, QStringLiteral("groupAxisFilter"));
    chooseText(axis, QStringLiteral("3 · Mobilité pour tous"));
    CHECK(f.shownNames().size() == 4);
    chooseText(axis, axis->itemText(0));

    auto* theme = child<QComboBox>(f.section, QStringLiteral("groupThemeFilter"));
    REQUIRE(theme->count() == 1 + 12); // "All" and the themes of the five axes
    chooseText(theme, QStringLiteral("1 · Accès aux droits"));
    CHECK(f.shownNames() == QStringList{QStringLiteral("Accès aux droits")});
    chooseText(theme, theme->itemText(0));

    auto* status = child<QComboBox>(f.section, QStringLiteral("groupStatusFilter"));
    chooseText(status, enumLabel(GroupStatus::Closed));
    CHECK(f.shownNames().isEmpty());
    chooseText(status, enumLabel(GroupStatus::Active));
    CHECK(f.shownNames().size() == 17);
}

TEST_CASE("deleting a working group deletes its actions, undo restores them exactly", "[gui][groups]")
{
    GroupsFixture f;
    f.chooseEdition(QStringLiteral("PTI 2017-2021"));
    const WorkingGroup before = f.group(QStringLiteral("Accès aux droits"));
    ActionRepository actions(f.db());
    const auto actionsBefore = recordsWhere<Action>(f.db(), QStringLiteral("group_id = ?"), {before.id});
    REQUIRE(actionsBefore.size() == 2);
    const int allActions = actions.count();

    selectRow(f.section, QStringLiteral("Accès aux droits"));
    const QString expected = deletionQuestion(f.db(), Entity::WorkingGroup, before.id,
                                              QStringLiteral("Accès aux droits (Cœur d'Hérault – Pic Saint-Loup)"));
    QString asked;
    answerNextQuestion(QMessageBox::Yes, &asked);
    f.section->deleteSelectedItem();
    CHECK(asked == expected);
    CHECK_FALSE(WorkingGroupRepository(f.db()).find(before.id));
    CHECK(recordsWhere<Action>(f.db(), QStringLiteral("group_id = ?"), {before.id}).isEmpty());
    CHECK(actions.count() == allActions - 2);
    CHECK(f.shownNames().size() == 16);

    child<QAction>(&f.window, QStringLiteral("undoAction"))->trigger();
    const auto restored = WorkingGroupRepository(f.db()).find(before.id);
    REQUIRE(restored);
    CHECK(*restored == before);
    CHECK(recordsWhere<Action>(f.db(), QStringLiteral("group_id = ?"), {before.id}) == actionsBefore);
    CHECK(f.shownNames().size() == 17);

    // Cancel leaves everything as it is.
    selectRow(f.section, QStringLiteral("Accès aux droits"));
    answerNextQuestion(QMessageBox::Cancel);
    f.section->deleteSelectedItem();
    CHECK(WorkingGroupRepository(f.db()).find(before.id));
}

TEST_CASE("the group editor offers the axis's themes and refuses a group without territory", "[gui][groups]")
{
    GroupsFixture f;
    f.chooseEdition(QStringLiteral("PTI 2017-2021"));
    selectRow(f.section, QStringLiteral("ESS et IAE"));
    const WorkingGroup before = f.group(QStringLiteral("ESS et IAE"));
    // Enter in the list opens the group in the editor (shortcuts need the active window).
    f.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    f.section->tableView()->setFocus();
    QTest::keyClick(f.section->tableView(), Qt::Key_Return);
    CHECK(f.window.focusWidget() == child<QLineEdit>(f.section, QStringLiteral("nameEdit")));
    CHECK(child<QLabel>(f.section, QStringLiteral("validationMessages"))->isHidden());

    auto* axis = child<QComboBox>(f.section, QStringLiteral("axisCombo"));
    auto* theme = child<QComboBox>(f.section, QStringLiteral("themeCombo"));
    CHECK(theme->count() == 1 + 4); // "None" and the four themes of axis 4
    chooseText(axis, QStringLiteral("2 · Continuité des parcours d'insertion"));
    CHECK(theme->count() == 1 + 3);
    CHECK(theme->currentIndex() == 0); // the old theme belongs to another axis
    auto after = f.group(QStringLiteral("ESS et IAE"));
    CHECK(after.axisId != before.axisId);
    CHECK(after.themeId == NoId);
    chooseText(theme, theme->itemText(2));
    CHECK(f.group(QStringLiteral("ESS et IAE")).themeId == theme->currentData().toLongLong());

    // Unchecking the only territory is refused with a message; nothing is written.
    auto* territories = child<QListWidget>(f.section, QStringLiteral("territoriesList"));
    const int undoCount = f.window.document()->undoStack()->count();
    for (int row = 0; row < territories->count(); ++row)
        territories->item(row)->setCheckState(Qt::Unchecked);
    auto* messages = child<QLabel>(f.section, QStringLiteral("validationMessages"));
    CHECK(messages->isVisible());
    CHECK(f.group(QStringLiteral("ESS et IAE")).territoryIds == before.territoryIds);
    CHECK(f.window.document()->undoStack()->count() == undoCount);

    // Checking it again clears the message; nothing was changed.
    const auto biterrois = territories->findItems(QStringLiteral("Biterrois"), Qt::MatchExactly);
    REQUIRE(biterrois.size() == 1);
    biterrois.first()->setCheckState(Qt::Checked);
    CHECK(messages->isHidden());
    CHECK(f.window.document()->undoStack()->count() == undoCount);

    // A second territory goes after the first, which keeps its place.
    territories->item(0)->setCheckState(Qt::Checked);
    const auto twoPlaces = f.group(QStringLiteral("ESS et IAE")).territoryIds;
    REQUIRE(twoPlaces.size() == 2);
    CHECK(twoPlaces.first() == before.territoryIds.first());
    CHECK(twoPlaces.last() == territories->item(0)->data(Qt::UserRole).toLongLong());

    // Members and status.
    auto* members = child<QListWidget>(f.section, QStringLiteral("membersList"));
    members->item(members->count() - 1)->setCheckState(Qt::Checked);
    CHECK(f.group(QStringLiteral("ESS et IAE")).memberPartnerIds.size() == before.memberPartnerIds.size() + 1);
    chooseText(child<QComboBox>(f.section, QStringLiteral("statusCombo")), enumLabel(GroupStatus::Closed));
    CHECK(f.group(QStringLiteral("ESS et IAE")).status == GroupStatus::Closed);
    CHECK(f.cell(QStringLiteral("ESS et IAE"), "Status").data().toString() == enumLabel(GroupStatus::Closed));

    // Undo all the way back: the group is as it was.
    while (f.window.document()->undoStack()->canUndo())
        f.window.document()->undoStack()->undo();
    CHECK(f.group(QStringLiteral("ESS et IAE")) == before);
}

// Not run by default: `PACTE_SCREENSHOT_DIR=/tmp gui_tests "[screenshots]"` saves what the sections look
// like at 1366×768, to look at them.
TEST_CASE("screenshots of the working groups and axes sections", "[.][screenshots]")
{
    const QString folder = qEnvironmentVariable("PACTE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    GroupsFixture f;
    f.window.resize(1366, 768);
    child<QPushButton>(f.section, QStringLiteral("addGroupButton"))->click();
    const Id cd = f.partnerId(QStringLiteral("CD"));
    chooseData(child<QComboBox>(f.section, QStringLiteral("pilotCombo")), QVariant::fromValue<qint64>(cd));
    chooseData(child<QComboBox>(f.section, QStringLiteral("coPilotCombo")), QVariant::fromValue<qint64>(cd));
    QCoreApplication::processEvents();
    f.window.grab().save(folder + QStringLiteral("/groups-new.png"));

    f.chooseEdition(QStringLiteral("PTI 2017-2021"));
    selectRow(f.section, QStringLiteral("Mobilité et insertion"));
    QCoreApplication::processEvents();
    f.window.grab().save(folder + QStringLiteral("/groups-2017.png"));

    auto* axes = qobject_cast<ListSection*>(showSection(f.window, QStringLiteral("axesSection")));
    selectRow(axes, QStringLiteral("4"));
    QCoreApplication::processEvents();
    f.window.grab().save(folder + QStringLiteral("/groups-axes-2017.png"));
}

} // namespace pacte_test_gui_groups_test
