// Where a record comes from, in the editors (issue 19): the demo's invented actions say so, and the
// coordinator changes a provenance in its dialog, with undo.
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/provenancestore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using namespace pacte;
using namespace pacte::test;

TEST_CASE("an invented action says so, and its provenance is changed with undo", "[gui][provenance]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));
    chooseEdition(window, QStringLiteral("PTI 2017-2021"));
    showSection(window, QStringLiteral("actionsSection"));
    auto* section = qobject_cast<ListSection*>(child<QWidget>(&window, QStringLiteral("actionsSection")));
    REQUIRE(section != nullptr);
    selectRow(section, QStringLiteral("Réseau Digi'Thau"));
    const QUuid uuid = section->selectedUuid();
    ProvenanceStore store(window.document()->database());
    REQUIRE(store.get(uuid).kind == ProvenanceKind::Illustrative);

    auto* label = child<QLabel>(section, QStringLiteral("provenanceLabel"));
    CHECK(label->text().simplified() == QStringLiteral("Provenance : Illustratif (Annexe 1 : le PTI 2017-2021)"));
    CHECK(label->toolTip().contains(QStringLiteral("son groupe et son statut sont illustratifs")));
    CHECK(label->isVisible());

    // The coordinator found the action's status in a later document: quoted now.
    QString dialogTitle;
    QTimer::singleShot(0, [&dialogTitle] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialogTitle = dialog->windowTitle();
        auto* kind = child<QComboBox>(dialog, QStringLiteral("provenanceKindCombo"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(ProvenanceKind::Quoted)));
        child<QLineEdit>(dialog, QStringLiteral("provenanceSourceEdit"))->setText(QStringLiteral("Bilan 2021, p. 4"));
        child<QPlainTextEdit>(dialog, QStringLiteral("provenanceNoteEdit"))
            ->setPlainText(QStringLiteral("Statut cité."));
        dialog->accept();
    });
    child<QPushButton>(section, QStringLiteral("provenanceButton"))->click();
    CHECK(dialogTitle.contains(QStringLiteral("Digi'Thau")));
    CHECK(store.get(uuid) ==
          Provenance{ProvenanceKind::Quoted, QStringLiteral("Bilan 2021, p. 4"), QStringLiteral("Statut cité.")});
    CHECK(label->text().simplified() == QStringLiteral("Provenance : Cité du pacte (Bilan 2021, p. 4)"));
    CHECK(label->toolTip().simplified() == QStringLiteral("Cité du pacte — Statut cité. (Bilan 2021, p. 4)"));

    child<QAction>(&window, QStringLiteral("undoAction"))->trigger();
    CHECK(store.get(uuid).kind == ProvenanceKind::Illustrative);
    CHECK(label->text().simplified().startsWith(QStringLiteral("Provenance : Illustratif (")));
    child<QAction>(&window, QStringLiteral("redoAction"))->trigger();
    CHECK(store.get(uuid).kind == ProvenanceKind::Quoted);

    // A record nobody marked: entered, by whom and when.
    selectRow(section, QStringLiteral("Action n°2 du groupe « Mobilité »"));
    const QUuid other = section->selectedUuid();
    store.put({QStringLiteral("action"), other, Provenance{}});
    selectRow(section, QStringLiteral("Réseau Digi'Thau"));
    selectRow(section, QStringLiteral("Action n°2 du groupe « Mobilité »"));
    CHECK(label->text().simplified().startsWith(QStringLiteral("Provenance : Saisi")));
}
