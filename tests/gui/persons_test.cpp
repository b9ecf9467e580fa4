#include "app/common/listsection.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/validation.h"
#include "editing/document.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_persons_test {

using namespace pacte;
using namespace pacte::test;

namespace {

constexpr int LastNameColumn = 0;
constexpr int RolesColumn = 4;

// A demo database open in a main window; the persons section's models are checked from the start.
struct PersonsFixture
{
    TempDir dir;
    MainWindow window;
    ListSection* section = nullptr;

    PersonsFixture()
    {
        const QString path = dir.path(QStringLiteral("demo.pacte"));
        createDatabase(path, true).reset();
        section = window.findChild<ListSection*>(QStringLiteral("personsSection"));
        REQUIRE(section != nullptr);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        new QAbstractItemModelTester(section->proxy()->sourceModel(), Mode::Fatal, section);
        new QAbstractItemModelTester(section->proxy(), Mode::Fatal, section);
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openFile(path));
        showSection(window, QStringLiteral("personsSection"));
    }

    Database& db() { return window.document()->database(); }

    Person person(const QString& lastName)
    {
        const auto persons = recordsWhere<Person>(db(), QStringLiteral("last_name = ?"), {lastName});
        REQUIRE(persons.size() == 1);
        return persons.first();
    }

    Id partnerId(const QString& acronym)
    {
        const auto partners = recordsWhere<Partner>(db(), QStringLiteral("acronym = ?"), {acronym});
        REQUIRE(partners.size() == 1);
        return partners.first().id;
    }

    Id territoryId(const QString& name)
    {
        const auto territories = recordsWhere<Territory>(db(), QStringLiteral("name = ?"), {name});
        REQUIRE(territories.size() == 1);
        return territories.first().id;
    }

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < section->proxy()->rowCount(); ++row)
            names << section->proxy()->index(row, LastNameColumn).data().toString();
        names.sort();
        return names;
    }

    QString cell(const QString& lastName, int column) const
    {
        const auto* proxy = section->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, LastNameColumn).data().toString() == lastName)
                return proxy->index(row, column).data().toString();
        }
        FAIL("no person named " << lastName.toStdString());
        return {};
    }

    // Checks the territory `name` in the editor's list of territories the person is referent of.
    void checkReferentTerritory(const QString& name, bool checked)
    {
        auto* list = child<QListWidget>(section, QStringLiteral("referentTerritoriesList"));
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text() == name) {
                list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
                return;
            }
        }
        FAIL("no territory " << name.toStdString());
    }

    void undo() { child<QAction>(&window, QStringLiteral("undoAction"))->trigger(); }
    void redo() { child<QAction>(&window, QStringLiteral("redoAction"))->trigger(); }
};

// Types `text` as key presses (QTest::keyClicks() only knows ASCII), then Enter, which ends the edit.
void typeLine(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(edit, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
    QTest::keyClick(edit, Qt::Key_Return);
}

void chooseData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void answerNextQuestion(QMessageBox::StandardButton button, QString* text = nullptr)
{
    QTimer::singleShot(0, [button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        CHECK(box != nullptr);
        if (!box)
            return;
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

TEST_CASE("a person is added, named, undone and redone with the same uuid", "[gui][persons]")
{
    PersonsFixture f;
    CHECK(f.section->count() == 4);
    child<QPushButton>(f.section, QStringLiteral("addPersonButton"))->click();
    CHECK(f.section->count() == 5);
    const QUuid uuid = f.section->selectedUuid();
    REQUIRE_FALSE(uuid.isNull());
    auto* lastName = child<QLineEdit>(f.section, QStringLiteral("lastNameEdit"));
    CHECK(QApplication::focusWidget() == lastName);
    CHECK(lastName->selectedText() == lastName->text());
    typeLine(lastName, QStringLiteral("Martin"));
    typeLine(child<QLineEdit>(f.section, QStringLiteral("firstNameEdit")), QStringLiteral("Élodie"));
    typeLine(child<QLineEdit>(f.section, QStringLiteral("emailEdit")), QStringLiteral("e.martin@herault.fr"));
    chooseData(child<QComboBox>(f.section, QStringLiteral("partnerCombo")),
               QVariant::fromValue(f.partnerId(QStringLiteral("CD"))));
    child<QCheckBox>(f.section, QStringLiteral("coordinatorCheck"))->click();
    CHECK(f.section->selectedUuid() == uuid);

    PersonRepository persons(f.db());
    const auto added = persons.findByUuid(uuid);
    REQUIRE(added);
    CHECK(added->displayName() == QStringLiteral("Élodie Martin"));
    CHECK(added->email == QStringLiteral("e.martin@herault.fr"));
    CHECK(added->partnerId == f.partnerId(QStringLiteral("CD")));
    CHECK(added->roles == QList<PersonRole>{{PersonRoleKind::Coordinator, NoId}});
    CHECK(f.cell(QStringLiteral("Martin"), RolesColumn) == enumLabel(PersonRoleKind::Coordinator));

    const int steps = f.window.document()->undoStack()->count();
    for (int i = 0; i < steps; ++i)
        f.undo();
    CHECK_FALSE(persons.findByUuid(uuid));
    CHECK(f.section->count() == 4);
    for (int i = 0; i < steps; ++i)
        f.redo();
    const auto back = persons.findByUuid(uuid);
    REQUIRE(back);
    CHECK(*back == *added);
}

TEST_CASE("deleting a person deletes their roles, undo restores them exactly", "[gui][persons]")
{
    PersonsFixture f;
    selectRow(f.section, QStringLiteral("VASSAS-MEJRI"));
    f.checkReferentTerritory(QStringLiteral("Biterrois"), true);
    child<QCheckBox>(f.section, QStringLiteral("partnerReferentCheck"))->click();
    const Person before = f.person(QStringLiteral("VASSAS-MEJRI"));
    REQUIRE(before.roles.size() == 2);
    const auto personsBefore = PersonRepository(f.db()).all();
    // She pilots a working group of the previous pact: the group loses its pilot person.
    WorkingGroup group = WorkingGroupRepository(f.db()).all().first();
    group.pilotPersonId = before.id;
    group.memberPersonIds.append(before.id);
    WorkingGroupRepository(f.db()).update(group);
    const WorkingGroup piloted = WorkingGroupRepository(f.db()).find(group.id).value();

    selectRow(f.section, QStringLiteral("VASSAS-MEJRI"));
    QString question;
    answerNextQuestion(QMessageBox::Yes, &question);
    f.section->tableView()->setFocus();
    QTest::keyClick(f.section->tableView(), Qt::Key_Delete);
    CHECK(
        question.contains(QCoreApplication::translate("pacte::DeletionQuestion", "%n role(s) of persons", nullptr, 2)));
    CHECK_FALSE(PersonRepository(f.db()).find(before.id));
    CHECK(f.section->count() == 3);
    const auto groupAfter = WorkingGroupRepository(f.db()).find(group.id);
    REQUIRE(groupAfter);
    CHECK(groupAfter->pilotPersonId == NoId);
    CHECK_FALSE(groupAfter->memberPersonIds.contains(before.id));

    f.undo();
    CHECK(PersonRepository(f.db()).all() == personsBefore);
    CHECK(f.person(QStringLiteral("VASSAS-MEJRI")) == before);
    CHECK(WorkingGroupRepository(f.db()).find(group.id).value() == piloted);
    CHECK(f.section->count() == 4);
}

TEST_CASE("a malformed e-mail is refused with the domain's message and kept in the field", "[gui][persons]")
{
    PersonsFixture f;
    selectRow(f.section, QStringLiteral("MESQUIDA"));
    auto* email = child<QLineEdit>(f.section, QStringLiteral("emailEdit"));
    typeLine(email, QStringLiteral("kleber.mesquida@herault"));
    auto* messages = child<QLabel>(f.section, QStringLiteral("validationMessages"));
    CHECK(messages->isVisible());
    Person attempted = f.person(QStringLiteral("MESQUIDA"));
    attempted.email = QStringLiteral("kleber.mesquida@herault");
    const FieldErrors errors = validate(attempted);
    REQUIRE(errors.size() == 1);
    CHECK(messages->text().contains(errors.first().message.toHtmlEscaped()));
    CHECK(email->text() == QStringLiteral("kleber.mesquida@herault"));
    CHECK(f.person(QStringLiteral("MESQUIDA")).email.isEmpty());
    CHECK_FALSE(f.window.document()->undoStack()->canUndo());

    typeLine(email, QStringLiteral("kleber.mesquida@herault.fr"));
    CHECK_FALSE(messages->isVisible());
    CHECK(f.person(QStringLiteral("MESQUIDA")).email == QStringLiteral("kleber.mesquida@herault.fr"));
}

TEST_CASE("the partner referent role needs a partner", "[gui][persons]")
{
    PersonsFixture f;
    selectRow(f.section, QStringLiteral("SALASC"));
    auto* check = child<QCheckBox>(f.section, QStringLiteral("partnerReferentCheck"));
    REQUIRE(check->isEnabled());
    check->click();
    CHECK(f.person(QStringLiteral("SALASC")).hasRole(PersonRoleKind::PartnerReferent));
    CHECK(f.cell(QStringLiteral("SALASC"), RolesColumn) == enumLabel(PersonRoleKind::PartnerReferent));

    chooseData(child<QComboBox>(f.section, QStringLiteral("partnerCombo")), QVariant::fromValue(NoId));
    CHECK_FALSE(check->isEnabled());
    CHECK_FALSE(check->isChecked());
    const Person salasc = f.person(QStringLiteral("SALASC"));
    CHECK(salasc.partnerId == NoId);
    CHECK(salasc.roles.isEmpty());
    CHECK(f.cell(QStringLiteral("SALASC"), 3).isEmpty());
}

TEST_CASE("the quick search and each facet filter the persons", "[gui][persons]")
{
    PersonsFixture f;
    // Kléber MESQUIDA becomes the Département's referent for the Montpelliérain.
    selectRow(f.section, QStringLiteral("MESQUIDA"));
    f.checkReferentTerritory(QStringLiteral("Montpelliérain"), true);
    CHECK(f.person(QStringLiteral("MESQUIDA"))
              .hasRole(PersonRoleKind::TerritoryReferent, f.territoryId(QStringLiteral("Montpelliérain"))));
    CHECK(f.cell(QStringLiteral("MESQUIDA"), RolesColumn).contains(QStringLiteral("Montpelliérain")));

    auto* search = child<QLineEdit>(&f.window, QStringLiteral("quickSearch"));
    search->setText(QStringLiteral("montpellierain"));
    CHECK(f.shownNames() == QStringList{QStringLiteral("MESQUIDA")});
    search->setText(QStringLiteral("ccvh"));
    CHECK(f.shownNames() == QStringList{QStringLiteral("SALASC"), QStringLiteral("SANCHEZ")});
    search->clear();
    CHECK(f.shownNames().size() == 4);

    auto* partner = child<QComboBox>(f.section, QStringLiteral("personPartnerFilter"));
    partner->setCurrentIndex(partner->findData(f.partnerId(QStringLiteral("CD"))));
    CHECK(f.shownNames() == QStringList{QStringLiteral("MESQUIDA"), QStringLiteral("VASSAS-MEJRI")});
    partner->setCurrentIndex(0);

    auto* role = child<QComboBox>(f.section, QStringLiteral("personRoleFilter"));
    role->setCurrentIndex(role->findData(static_cast<qint64>(PersonRoleKind::TerritoryReferent)));
    CHECK(f.shownNames() == QStringList{QStringLiteral("MESQUIDA")});
    role->setCurrentIndex(role->findData(static_cast<qint64>(-1)));
    CHECK(f.shownNames().size() == 3);
    role->setCurrentIndex(0);

    auto* territory = child<QComboBox>(f.section, QStringLiteral("personTerritoryFilter"));
    territory->setCurrentIndex(territory->findData(f.territoryId(QStringLiteral("Montpelliérain"))));
    CHECK(f.shownNames() == QStringList{QStringLiteral("MESQUIDA")});
    territory->setCurrentIndex(territory->findData(f.territoryId(QStringLiteral("Biterrois"))));
    CHECK(f.shownNames().isEmpty());
    territory->setCurrentIndex(0);
    CHECK(f.shownNames().size() == 4);
    CHECK(child<QLabel>(f.section, QStringLiteral("personsFooter"))
              ->text()
              .contains(QCoreApplication::translate("pacte::PersonsSection", "%n PTI referent(s)", nullptr, 1)));
}

TEST_CASE("a person's partner can be shown in the partners section", "[gui][persons]")
{
    PersonsFixture f;
    selectRow(f.section, QStringLiteral("SALASC"));
    child<QToolButton>(f.section, QStringLiteral("openPartnerButton"))->click();
    auto* partners = child<ListSection>(&f.window, QStringLiteral("partnersSection"));
    CHECK(partners->isVisible());
    const auto ccvh = recordsWhere<Partner>(f.db(), QStringLiteral("acronym = ?"), {QStringLiteral("CCVH")});
    REQUIRE(ccvh.size() == 1);
    CHECK(partners->selectedUuid() == ccvh.first().uuid);
}

} // namespace pacte_test_gui_persons_test
