// Where a record comes from, in the editors (issue 19): the demo's invented actions say so, and the
// coordinator changes a provenance in its dialog, with undo.
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/demowindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/changelog.h"
#include "storage/provenancestore.h"
#include "storage/repository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_provenance_test {

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

namespace {

// Answers the provenance dialog opened next: kind `kind`, source `source`.
void answerProvenanceDialog(ProvenanceKind kind, const QString& source)
{
    QTimer::singleShot(0, [kind, source] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        auto* combo = child<QComboBox>(dialog, QStringLiteral("provenanceKindCombo"));
        combo->setCurrentIndex(combo->findData(static_cast<int>(kind)));
        child<QLineEdit>(dialog, QStringLiteral("provenanceSourceEdit"))->setText(source);
        dialog->accept();
    });
}

} // namespace

TEST_CASE("a theme's provenance shows under its axis's themes and is changed with undo", "[gui][provenance]")
{
    DemoWindow demo;
    chooseEdition(demo.window, QStringLiteral("PTI 2017-2021"));
    auto* section = showSection(demo.window, QStringLiteral("axesSection"));
    selectRow(section, QStringLiteral("1"));
    auto* label = child<QLabel>(section, QStringLiteral("currentThemeProvenanceLabel"));
    auto* button = child<QPushButton>(section, QStringLiteral("currentThemeProvenanceButton"));
    auto* table = child<QTableWidget>(section, QStringLiteral("themesTable"));
    // The axis shows with its first theme selected; with no theme chosen, nothing to say, nothing to set.
    CHECK(table->currentRow() == 0);
    table->setCurrentCell(-1, -1);
    CHECK(label->text().isEmpty());
    CHECK_FALSE(button->isEnabled());

    REQUIRE(table->item(0, 0)->text() == QStringLiteral("Accès aux droits"));
    table->setCurrentCell(0, 0);
    CHECK(label->text().simplified() ==
          QStringLiteral("Provenance de la thématique : Déduit (Annexe 1 : les groupes de travail des PTI locaux au 31 "
                         "juillet 2021)"));
    CHECK(button->isEnabled());
    // The axis's own line is another one.
    CHECK(child<QLabel>(section, QStringLiteral("provenanceLabel"))->text() != label->text());

    const Axis axis = *AxisRepository(demo.window.document()->database())
                           .findByUuid(qobject_cast<ListSection*>(section)->selectedUuid());
    const QUuid theme = axis.themes.constFirst().uuid;
    ProvenanceStore store(demo.window.document()->database());
    answerProvenanceDialog(ProvenanceKind::Quoted, QStringLiteral("Bilan 2021, p. 2"));
    button->click();
    CHECK(store.get(theme).kind == ProvenanceKind::Quoted);
    CHECK(store.get(theme).source == QStringLiteral("Bilan 2021, p. 2"));
    CHECK(label->text().simplified() ==
          QStringLiteral("Provenance de la thématique : Cité du pacte (Bilan 2021, p. 2)"));
    // A theme has no history of its own: the axis's keeps the change.
    const auto entries = ChangeLog(demo.window.document()->database()).forEntity(axis.uuid);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.constFirst().field == QStringLiteral("themes[Accès aux droits].provenance"));
    child<QAction>(&demo.window, QStringLiteral("undoAction"))->trigger();
    CHECK(store.get(theme).kind == ProvenanceKind::Deduced);
    CHECK(label->text().simplified().startsWith(QStringLiteral("Provenance de la thématique : Déduit")));
}

TEST_CASE("a signature's provenance shows in its group and is logged in the partner's history", "[gui][provenance]")
{
    DemoWindow demo;
    chooseEdition(demo.window, QStringLiteral("PTI 2022-2025"));
    auto* section = showSection(demo.window, QStringLiteral("partnersSection"));
    selectRow(section, QStringLiteral("Communauté de communes Vallée de l'Hérault"));
    // The partner itself is quoted from the pact, its signature deduced.
    CHECK(child<QLabel>(section, QStringLiteral("provenanceLabel"))->text().simplified() ==
          QStringLiteral("Provenance : Cité du pacte (Délibération du conseil communautaire du 30 janvier 2023)"));
    auto* label = child<QLabel>(section, QStringLiteral("editionSignatureProvenanceLabel"));
    CHECK(label->text().simplified() ==
          QStringLiteral("Provenance de la signature : Déduit (§1.2 Le comité de pilotage départemental)"));
    CHECK(label->toolTip().contains(QStringLiteral("comité de pilotage")));

    Database& db = demo.window.document()->database();
    const QUuid partnerUuid = qobject_cast<ListSection*>(section)->selectedUuid();
    const Partner partner = *PartnerRepository(db).findByUuid(partnerUuid);
    const Id edition = EditionRepository(db).all().constLast().id;
    REQUIRE(partner.signatureFor(edition) != nullptr);
    const QUuid signature = partner.signatureFor(edition)->uuid;

    answerProvenanceDialog(ProvenanceKind::Quoted, QStringLiteral("Délibération du 12 décembre 2022"));
    child<QPushButton>(section, QStringLiteral("editionSignatureProvenanceButton"))->click();
    ProvenanceStore store(db);
    CHECK(store.get(signature).kind == ProvenanceKind::Quoted);
    CHECK(label->text().simplified() ==
          QStringLiteral("Provenance de la signature : Cité du pacte (Délibération du 12 décembre 2022)"));
    const auto entries = ChangeLog(db).forEntity(partnerUuid);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.constFirst().field == QStringLiteral("signatures[PTI 2022-2025].provenance"));
    child<QAction>(&demo.window, QStringLiteral("undoAction"))->trigger();
    CHECK(store.get(signature).kind == ProvenanceKind::Deduced);
    CHECK(label->text().simplified().startsWith(QStringLiteral("Provenance de la signature : Déduit")));

    // A partner that is not a signatory has no signature to source.
    selectRow(section, QStringLiteral("Sydel Pays Cœur d'Hérault"));
    CHECK(label->text().isEmpty());
    CHECK_FALSE(child<QPushButton>(section, QStringLiteral("editionSignatureProvenanceButton"))->isEnabled());
}

TEST_CASE("the edition's provenance is set from the File menu, with undo", "[gui][provenance]")
{
    DemoWindow demo;
    chooseEdition(demo.window, QStringLiteral("PTI 2017-2021"));
    Database& db = demo.window.document()->database();
    const auto edition = EditionRepository(db).all().constFirst();
    REQUIRE(edition.title == QStringLiteral("PTI 2017-2021"));
    ProvenanceStore store(db);
    REQUIRE(store.get(edition.uuid).kind == ProvenanceKind::Quoted);

    QString seenSource;
    QTimer::singleShot(0, [&seenSource] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        seenSource = child<QLineEdit>(dialog, QStringLiteral("provenanceSourceEdit"))->text();
        auto* combo = child<QComboBox>(dialog, QStringLiteral("provenanceKindCombo"));
        combo->setCurrentIndex(combo->findData(static_cast<int>(ProvenanceKind::Illustrative)));
        dialog->accept();
    });
    child<QAction>(&demo.window, QStringLiteral("editionProvenanceAction"))->trigger();
    CHECK(seenSource == QStringLiteral("§1.2 Le nouveau contexte ; annexe 1")); // the dialog shows what is stored
    CHECK(store.get(edition.uuid).kind == ProvenanceKind::Illustrative);
    child<QAction>(&demo.window, QStringLiteral("undoAction"))->trigger();
    CHECK(store.get(edition.uuid).kind == ProvenanceKind::Quoted);
}

} // namespace pacte_test_gui_provenance_test
