// Dates typed are the dates stored, or refused: in a measurement cell and in a form's date field,
// with four-digit years, stored without leaving the field (issue #22).
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_dates_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct ActionsWindow
{
    TempDir dir;
    MainWindow window;
    QWidget* section = nullptr;
    ActionsWindow()
    {
        const QString path = dir.path(QStringLiteral("demo.pacte"));
        createDatabase(path, true).reset();
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(path));
        chooseEdition(window, QStringLiteral("PTI 2017-2021"));
        section = showSection(window, QStringLiteral("actionsSection"));
        selectRow(section, QStringLiteral("Réseau Digi'Thau"));
    }
    Action digithau()
    {
        return recordsWhere<Action>(window.document()->database(), QStringLiteral("title = ?"),
                                    {QStringLiteral("Réseau Digi'Thau")})
            .first();
    }
};

} // namespace

TEST_CASE("A date typed in a measurement cell is stored as typed, or refused", "[gui][dates]")
{
    ActionsWindow w;
    child<QTabWidget>(w.section, QStringLiteral("tabs"))->setCurrentIndex(1);
    auto* indicators = child<QTableView>(w.section, QStringLiteral("indicatorsTable"));
    indicators->setCurrentIndex(indicators->model()->index(0, 0));
    auto* measurements = child<QTableView>(w.section, QStringLiteral("measurementsTable"));
    const int before = w.digithau().indicators.at(0).measurements.size();
    QTest::mouseClick(child<QPushButton>(w.section, QStringLiteral("addMeasurementButton")), Qt::LeftButton);
    QCoreApplication::processEvents();
    // A new measurement of PTI 2017-2021 is dated within it.
    auto stored = w.digithau().indicators.at(0).measurements;
    REQUIRE(stored.size() == before + 1);
    CHECK(std::all_of(stored.cbegin(), stored.cend(), [](const Measurement& m) {
        return m.date >= QDate(2017, 1, 1) && m.date <= QDate(2021, 12, 31);
    }));
    if (QWidget* open = QApplication::focusWidget(); open && open->objectName() == QStringLiteral("cellEditor"))
        QTest::keyClick(open, Qt::Key_Escape);

    // Its row: the one dated 31/12/2021 (today is after the edition).
    int row = -1;
    for (int r = 0; r < measurements->model()->rowCount(); ++r) {
        if (measurements->model()->index(r, 0).data(Qt::EditRole).toDate() == QDate(2021, 12, 31))
            row = r;
    }
    REQUIRE(row >= 0);
    // Typed over the cell, as a user does: the first key opens the editor.
    const QModelIndex date = measurements->model()->index(row, 0);
    measurements->setFocus();
    measurements->setCurrentIndex(date);
    QTest::keyClick(measurements, Qt::Key_3);
    QWidget* editor = measurements->indexWidget(date);
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("0/06/2020"));
    CHECK(qobject_cast<QLineEdit*>(editor)->text() == QStringLiteral("30/06/2020"));
    // Four-digit years, shown whole.
    CHECK(editor->width() >= editor->fontMetrics().horizontalAdvance(QStringLiteral("30/06/2020")));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    stored = w.digithau().indicators.at(0).measurements;
    CHECK(
        std::any_of(stored.cbegin(), stored.cend(), [](const Measurement& m) { return m.date == QDate(2020, 6, 30); }));
    CHECK(std::none_of(stored.cbegin(), stored.cend(),
                       [](const Measurement& m) { return m.date == QDate(2021, 12, 31); }));

    // A date that does not read is refused: the editor stays open, nothing changes.
    int again = -1;
    for (int r = 0; r < measurements->model()->rowCount(); ++r) {
        if (measurements->model()->index(r, 0).data(Qt::EditRole).toDate() == QDate(2020, 6, 30))
            again = r;
    }
    REQUIRE(again >= 0);
    const QModelIndex same = measurements->model()->index(again, 0);
    measurements->setFocus();
    measurements->setCurrentIndex(same);
    QTest::keyClick(measurements, Qt::Key_3);
    editor = measurements->indexWidget(same);
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("1/06/20"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(measurements->indexWidget(same) == editor);
    CHECK(w.digithau().indicators.at(0).measurements == stored);
    QTest::keyClick(editor, Qt::Key_Escape);
}

TEST_CASE("A date typed in a form's date field is stored without leaving the field", "[gui][dates]")
{
    ActionsWindow w;
    auto* check = child<QCheckBox>(w.section, QStringLiteral("startDateCheck"));
    if (!check->isChecked())
        check->click();
    auto* start = child<QDateEdit>(w.section, QStringLiteral("startDateEdit"));
    CHECK(start->displayFormat() == QStringLiteral("dd/MM/yyyy"));
    start->setFocus();
    QCoreApplication::processEvents();
    start->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(start, QStringLiteral("2019"));
    start->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(start, QStringLiteral("03"));
    start->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(start, QStringLiteral("01"));
    // No Enter, no click elsewhere: a moment later it is stored.
    for (int waited = 0; w.digithau().startDate != QDate(2019, 3, 1) && waited < 3000; waited += 100)
        QTest::qWait(100);
    CHECK(w.digithau().startDate == QDate(2019, 3, 1));
    CHECK(start->hasFocus());
}

} // namespace pacte_test_gui_dates_test
