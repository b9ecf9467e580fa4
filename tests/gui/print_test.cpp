// The report dialog's defaults (issue #22).
#include "app/mainwindow.h"
#include "app/reports/reportdialog.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"

#include <QComboBox>

using namespace pacte;
using namespace pacte::test;

TEST_CASE("The report's file name says the edition, the territory and the year", "[gui][report]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    REQUIRE(window.openFile(path));
    ReportDialog dialog(*window.document(), NoId);
    auto* edition = child<QComboBox>(&dialog, QStringLiteral("reportEditionCombo"));
    edition->setCurrentIndex(edition->findText(QStringLiteral("PTI 2017-2021")));
    auto* territory = child<QComboBox>(&dialog, QStringLiteral("reportTerritoryCombo"));
    territory->setCurrentIndex(territory->findText(QStringLiteral("Étang de Thau")));
    auto* year = child<QComboBox>(&dialog, QStringLiteral("reportYearCombo"));
    year->setCurrentIndex(year->findData(2019));
    CHECK(dialog.defaultFileName() == translated("pacte::ReportDialog", "COPIL report") +
                                          QStringLiteral(" - PTI 2017-2021 - Étang de Thau - 2019.pdf"));
    territory->setCurrentIndex(0);
    CHECK(dialog.defaultFileName().contains(QStringLiteral(" - Hérault - 2019.pdf")));
}
