// The Meetings section: a local committee refused without its territory then saved with one,
// add/undo/redo, facets and footer, deletion restored exactly by undo. The database is checked
// through the repositories.
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_meetings_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// A demo database open in a main window, on the Meetings section of PTI 2022-2025 (15 meetings).
struct Fixture
{
    TempDir dir;
    MainWindow window;
    ListSection* section = nullptr;

    Fixture()
    {
        const QString path = dir.path(QStringLiteral("demo.pacte"));
        createDatabase(path, true).reset();
        section = qobject_cast<ListSection*>(child<QWidget>(&window, QStringLiteral("meetingsSection")));
        REQUIRE(section != nullptr);
        // Every model is checked by Qt's tester from the start: loading, filtering and changes.
        for (QAbstractItemModel* model :
             {static_cast<QAbstractItemModel*>(section->proxy()), section->proxy()->sourceModel()})
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, &window);
        window.show();
        REQUIRE(window.openFile(path));
        showSection(window, QStringLiteral("meetingsSection"));
    }

    Database& db() { return window.document()->database(); }
    MeetingRepository meetings() { return MeetingRepository(db()); }
    Meeting stored(const QUuid& uuid) { return meetings().findByUuid(uuid).value(); }
    void undo() { child<QAction>(&window, QStringLiteral("undoAction"))->trigger(); }
    void redo() { child<QAction>(&window, QStringLiteral("redoAction"))->trigger(); }
    int shown() const { return section->proxy()->rowCount(); }
    QList<int> footer() const
    {
        QCoreApplication::processEvents(); // the footer is computed once the list settled
        QList<int> numbers;
        auto matches = QRegularExpression(QStringLiteral("\\d+"))
                           .globalMatch(child<QLabel>(section, QStringLiteral("meetingsFooter"))->text());
        while (matches.hasNext())
            numbers << matches.next().captured().toInt();
        return numbers;
    }
};

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

Id territoryId(Database& db, const QString& name)
{
    const auto territories = recordsWhere<Territory>(db, QStringLiteral("name = ?"), {name});
    REQUIRE(territories.size() == 1);
    return territories.constFirst().id;
}

} // namespace

TEST_CASE("a local committee is refused without its territory, then saved with one", "[gui][meetings]")
{
    Fixture f;
    REQUIRE(f.shown() == 15);
    CHECK(f.footer() == QList<int>{15, 14, 0});
    child<QPushButton>(f.section, QStringLiteral("addMeetingButton"))->click();
    const QUuid uuid = f.section->selectedUuid();
    REQUIRE_FALSE(uuid.isNull());
    const Meeting created = f.stored(uuid);
    CHECK(created.date == std::min(QDate::currentDate(), QDate(2025, 12, 31))); // within the edition
    CHECK(created.status == MeetingStatus::Planned);
    CHECK(f.shown() == 16);
    CHECK(f.footer() == QList<int>{16, 14, 1});

    f.undo();
    CHECK_FALSE(f.meetings().findByUuid(uuid).has_value());
    CHECK(f.shown() == 15);
    f.redo();
    CHECK(f.stored(uuid) == created);
    REQUIRE(f.section->openItem(uuid));

    // Enter in the list (or a double click) takes the keyboard to the first field.
    QApplication::setActiveWindow(&f.window);
    emit f.section->tableView()->doubleClicked(f.section->tableView()->currentIndex());
    INFO("focus on " << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString()
                                                     : "nothing"));
    CHECK(QApplication::focusWidget() == child<QComboBox>(f.section, QStringLiteral("kindCombo")));

    auto* messages = child<QLabel>(f.section, QStringLiteral("validationMessages"));
    CHECK(messages->isHidden());
    const int steps = f.window.document()->undoStack()->count();
    choose(child<QComboBox>(f.section, QStringLiteral("kindCombo")), static_cast<int>(MeetingKind::LocalCommittee));
    CHECK_FALSE(messages->isHidden());
    CHECK_FALSE(messages->text().isEmpty());
    CHECK(f.stored(uuid) == created);
    CHECK(f.window.document()->undoStack()->count() == steps);

    const Id biterrois = territoryId(f.db(), QStringLiteral("Biterrois"));
    choose(child<QComboBox>(f.section, QStringLiteral("territoryCombo")), biterrois);
    CHECK(messages->isHidden());
    Meeting expected = created;
    expected.kind = MeetingKind::LocalCommittee;
    expected.territoryId = biterrois;
    CHECK(f.stored(uuid) == expected);

    typeInto(child<QLineEdit>(f.section, QStringLiteral("titleEdit")), QStringLiteral("Comite local du Biterrois"));
    auto* partners = child<QListWidget>(f.section, QStringLiteral("partnersList"));
    REQUIRE(partners->count() == 13);
    partners->item(0)->setCheckState(Qt::Checked);
    auto* persons = child<QListWidget>(f.section, QStringLiteral("personsList"));
    REQUIRE(persons->count() > 0);
    persons->item(0)->setCheckState(Qt::Checked);
    auto* headCount = child<QSpinBox>(f.section, QStringLiteral("headCountSpin"));
    headCount->selectAll();
    QTest::keyClicks(headCount, QStringLiteral("24"));
    QTest::keyClick(headCount, Qt::Key_Return);
    typeInto(child<QPlainTextEdit>(f.section, QStringLiteral("agendaEdit")), QStringLiteral("Bilan annuel"));
    typeInto(child<QPlainTextEdit>(f.section, QStringLiteral("decisionsEdit")), QStringLiteral("Plan d'actions"));
    choose(child<QComboBox>(f.section, QStringLiteral("statusCombo")), static_cast<int>(MeetingStatus::Held));

    expected.title = QStringLiteral("Comite local du Biterrois");
    expected.partnerIds = {partners->item(0)->data(Qt::UserRole).toLongLong()};
    expected.personIds = {persons->item(0)->data(Qt::UserRole).toLongLong()};
    expected.headCount = 24;
    expected.agenda = QStringLiteral("Bilan annuel");
    expected.decisions = QStringLiteral("Plan d'actions");
    expected.status = MeetingStatus::Held;
    CHECK(f.stored(uuid) == expected);
    CHECK(f.footer() == QList<int>{16, 15, 0});
    CHECK(f.section->selectedUuid() == uuid);

    // A working-group meeting needs its group: refused, nothing written.
    const Meeting before = f.stored(uuid);
    choose(child<QComboBox>(f.section, QStringLiteral("kindCombo")), static_cast<int>(MeetingKind::WorkingGroup));
    CHECK_FALSE(messages->isHidden());
    CHECK(f.stored(uuid) == before);
}

TEST_CASE("meetings are filtered by kind, territory and status", "[gui][meetings]")
{
    Fixture f;
    auto* kind = child<QComboBox>(f.section, QStringLiteral("meetingKindFilter"));
    choose(kind, static_cast<int>(MeetingKind::TerritorialSeminar));
    CHECK(f.shown() == 12);
    CHECK(f.footer() == QList<int>{12, 12, 0, 15});
    auto* territory = child<QComboBox>(f.section, QStringLiteral("meetingTerritoryFilter"));
    choose(territory, territoryId(f.db(), QStringLiteral("Biterrois")));
    CHECK(f.shown() == 2);
    kind->setCurrentIndex(0);
    territory->setCurrentIndex(0);
    choose(child<QComboBox>(f.section, QStringLiteral("meetingStatusFilter")),
           static_cast<int>(MeetingStatus::Postponed));
    CHECK(f.shown() == 1);
    child<QComboBox>(f.section, QStringLiteral("meetingStatusFilter"))->setCurrentIndex(0);
    child<QLineEdit>(&f.window, QStringLiteral("quickSearch"))->setText(QStringLiteral("seminaire n°2"));
    CHECK(f.shown() == 6);
}

TEST_CASE("a deleted meeting comes back exactly with undo", "[gui][meetings]")
{
    Fixture f;
    const auto copils = recordsWhere<Meeting>(f.db(), QStringLiteral("kind = ?"), {QStringLiteral("copil")});
    REQUIRE(copils.size() == 1);
    const Meeting before = copils.constFirst();
    REQUIRE_FALSE(before.partnerIds.isEmpty());
    REQUIRE(f.section->openItem(before.uuid));
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        box->button(QMessageBox::Yes)->click();
    });
    f.section->deleteSelectedItem();
    CHECK_FALSE(f.meetings().findByUuid(before.uuid).has_value());
    CHECK(f.shown() == 14);
    f.undo();
    CHECK(f.stored(before.uuid) == before);
    CHECK(f.shown() == 15);
    f.redo();
    CHECK_FALSE(f.meetings().findByUuid(before.uuid).has_value());
    f.undo();
    CHECK(f.stored(before.uuid) == before);
}

// Not run by default: pictures of the section at 1366×768 for a human to look at.
TEST_CASE("screenshots of the meetings section", "[.screenshots]")
{
    Fixture f;
    f.window.resize(1366, 768);
    child<QPushButton>(f.section, QStringLiteral("addMeetingButton"))->click();
    choose(child<QComboBox>(f.section, QStringLiteral("kindCombo")), static_cast<int>(MeetingKind::LocalCommittee));
    QCoreApplication::processEvents();
    f.window.grab().save(QStringLiteral("/tmp/actions-shot-meeting-refused.png"));
    const auto copils = recordsWhere<Meeting>(f.db(), QStringLiteral("kind = ?"), {QStringLiteral("copil")});
    REQUIRE(f.section->openItem(copils.constFirst().uuid));
    QCoreApplication::processEvents();
    f.window.grab().save(QStringLiteral("/tmp/actions-shot-meeting.png"));
}

} // namespace pacte_test_gui_meetings_test
