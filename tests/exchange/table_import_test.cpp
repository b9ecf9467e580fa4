// Importing a coordinator's spreadsheet: the dry run's counts and rejected rows (line, column, value,
// reason in French), what apply() writes and what it leaves alone, matching by name whatever the
// accents, case and spaces, and the tables Pacte exports coming back unchanged.
#include "common/testutil.h"
#include "exchange/csvwriter.h"
#include "exchange/editiontables.h"
#include "exchange/inputerror.h"
#include "exchange/spreadsheetfile.h"
#include "exchange/tableimport.h"
#include "exchange/tableworkbook.h"
#include "storage/changelog.h"
#include "storage/editionloader.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_table_import_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct Demo
{
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    Edition old = findEditionByTitle(*db, QStringLiteral("PTI 2017-2021")).value();
    Edition current = findEditionByTitle(*db, QStringLiteral("PTI 2022-2025")).value();

    XlsxSheet sheet(const QString& file, const QString& name = {}) const
    {
        const SpreadsheetFile spreadsheet = readSpreadsheetFile(testDataPath(QStringLiteral("tables/") + file));
        return spreadsheet.sheet(name);
    }

    QList<Action> actionsTitled(const QString& title) const
    {
        QList<Action> found;
        for (const auto& a : ActionRepository(*db).ofEdition(old.id)) {
            if (a.title == title)
                found.append(a);
        }
        return found;
    }
    const WorkingGroup* groupOf(const Action& action, const EditionData& data) const
    {
        return data.group(action.groupId);
    }
};

QStringList rejectedLines(const TableImport& import)
{
    QStringList lines;
    for (const auto& r : import.rejected())
        lines << QStringLiteral("%1 %2").arg(r.line).arg(r.column);
    return lines;
}

const Indicator* indicatorNamed(const Action& action, const QString& name)
{
    for (const auto& i : action.indicators) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The coordinator's actions: a dry run that writes nothing, its rejected rows, then the import")
{
    Demo demo;
    const int actionsBefore = static_cast<int>(ActionRepository(*demo.db).ofEdition(demo.old.id).size());
    const auto logBefore = ChangeLog(*demo.db).all().size();

    TableImport import(*demo.db, demo.old.id, ImportTable::Actions,
                       demo.sheet(QStringLiteral("coordinateur.xlsx"), QStringLiteral("Actions")));
    CHECK(import.headerRow() == 2); // below the title and an empty row
    CHECK(import.createdCount() == 2);
    CHECK(import.updatedCount() == 2);
    CHECK(import.summary() == QStringLiteral("créés : 2, mis à jour : 2, rejetés : 6"));
    CHECK(rejectedLines(import) == QStringList{QStringLiteral("8 B « Groupe »"), QStringLiteral("9 B « Groupe »"),
                                               QStringLiteral("10 D « Statut »"), QStringLiteral("11 G « Début »"),
                                               QStringLiteral("12 H « Fin »"),
                                               QStringLiteral("13 A « Intitulé de l'action »")});
    const auto& rejected = import.rejected();
    CHECK(rejected.at(0).value == QStringLiteral("Mobilité"));
    CHECK(rejected.at(0).reason.startsWith(QStringLiteral("2 groupes de travail portent ce nom")));
    CHECK(rejected.at(1).reason ==
          QStringLiteral("aucun groupe de travail de ce nom dans l'édition ; importez d'abord les groupes"));
    CHECK(rejected.at(2).value == QStringLiteral("en retard"));
    CHECK(rejected.at(2).reason ==
          QStringLiteral("valeur inconnue ; valeurs possibles : « projet », « en cours », « en "
                         "fonctionnement », « réalisée », « abandonnée »"));
    CHECK(rejected.at(3).value == QStringLiteral("32/13/2021"));
    CHECK(rejected.at(3).reason == QStringLiteral("ce n'est pas une date (JJ/MM/AAAA attendu)"));
    CHECK(rejected.at(4).reason.contains(QStringLiteral("date de fin")));

    // The dry run wrote nothing, and with rejected rows apply() refuses unless told to skip them.
    CHECK(ActionRepository(*demo.db).ofEdition(demo.old.id).size() == actionsBefore);
    CHECK(ChangeLog(*demo.db).all().size() == logBefore);
    CHECK_THROWS_AS(import.apply(QStringLiteral("coordinateur.xlsx")), StorageError);
    CHECK(ChangeLog(*demo.db).all().size() == logBefore);

    const QString backup = import.apply(QStringLiteral("coordinateur.xlsx"), true);
    CHECK(QFile::exists(backup));
    const EditionData data = loadEditionData(*demo.db, demo.old.id);
    CHECK(data.actions.size() == actionsBefore + 2);

    // Found whatever the case, accents and spaces of "RESEAU DE REFERENTS  illettrisme", and updated.
    const auto reseau = demo.actionsTitled(QStringLiteral("Réseau de référents illettrisme"));
    REQUIRE(reseau.size() == 1);
    CHECK(reseau.at(0).status == ActionStatus::Completed);
    CHECK(reseau.at(0).startDate == QDate(2019, 9, 1));
    CHECK(reseau.at(0).endDate == QDate(2021, 12, 31));
    CHECK(reseau.at(0).publicIds.size() == 2);
    CHECK(reseau.at(0).objectives.startsWith(QStringLiteral("Mieux détecter"))); // an empty cell changes nothing
    REQUIRE(indicatorNamed(reseau.at(0), QStringLiteral("Nombre de participants")));
    CHECK(indicatorNamed(reseau.at(0), QStringLiteral("Nombre de participants"))->target == 25.0);
    CHECK(indicatorNamed(reseau.at(0), QStringLiteral("Nombre de concertations"))); // kept

    // A new action with its two indicators, given on two rows; axis and theme are its group's.
    const auto permanences = demo.actionsTitled(QStringLiteral("Permanences numériques en médiathèque"));
    REQUIRE(permanences.size() == 1);
    const Action& p = permanences.at(0);
    CHECK(data.group(p.groupId)->name == QStringLiteral("Illectronisme"));
    CHECK(p.status == ActionStatus::InProgress);
    CHECK(p.experimentation);
    CHECK(p.axisId == data.group(p.groupId)->axisId);
    CHECK(p.themeId == data.group(p.groupId)->themeId);
    REQUIRE(p.indicators.size() == 2);
    CHECK(indicatorNamed(p, QStringLiteral("Ateliers tenus"))->unit == QStringLiteral("ateliers"));
    CHECK(indicatorNamed(p, QStringLiteral("Ateliers tenus"))->target == 40.0);

    // "Mobilité" names two groups: the row's territory chose Petite Camargue's; "1 200" is a number.
    const auto garage = demo.actionsTitled(QStringLiteral("Garage solidaire"));
    REQUIRE(garage.size() == 1);
    CHECK(data.territoryNames(data.group(garage.at(0).groupId)->territoryIds) == QStringLiteral("Petite Camargue"));
    CHECK(garage.at(0).indicators.at(0).target == 1200.0);
    CHECK(demo.actionsTitled(QStringLiteral("Auto-école sociale")).isEmpty());
    CHECK(demo.actionsTitled(QStringLiteral("Forum de l'emploi")).isEmpty());

    const auto mobilite =
        demo.actionsTitled(QStringLiteral("Action n°1 du groupe « Mobilité des publics en insertion »"));
    REQUIRE(mobilite.size() == 1);
    CHECK(mobilite.at(0).status == ActionStatus::Abandoned);

    // The history says where the changes came from.
    int imported = 0;
    for (const auto& entry : ChangeLog(*demo.db).all()) {
        if (entry.source == QStringLiteral("import") && entry.sourceDetail == QStringLiteral("coordinateur.xlsx"))
            ++imported;
    }
    CHECK(imported >= 4);

    // The same file again creates nothing and finds nothing to update.
    TableImport again(*demo.db, demo.old.id, ImportTable::Actions,
                      demo.sheet(QStringLiteral("coordinateur.xlsx"), QStringLiteral("Actions")));
    CHECK(again.createdCount() == 0);
    CHECK(again.updatedCount() == 0);
    CHECK(again.unchangedCount() == 4);
}

TEST_CASE("The Windows-1252 CSV of the same actions gives the same plan as the workbook")
{
    Demo demo;
    const TableImport fromWorkbook(*demo.db, demo.old.id, ImportTable::Actions,
                                   demo.sheet(QStringLiteral("coordinateur.xlsx"), QStringLiteral("Actions")));
    const TableImport fromCsv(*demo.db, demo.old.id, ImportTable::Actions,
                              demo.sheet(QStringLiteral("coordinateur-actions.csv")));
    CHECK(fromCsv.summary() == fromWorkbook.summary());
    CHECK(rejectedLines(fromCsv) == rejectedLines(fromWorkbook));
    REQUIRE(fromCsv.inserts().actions.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const Action& a = fromCsv.inserts().actions.at(i);
        const Action& b = fromWorkbook.inserts().actions.at(i);
        CHECK(a.title == b.title);
        CHECK(a.startDate == b.startDate);
        CHECK(a.endDate == b.endDate);
        CHECK(a.indicators == b.indicators);
    }
}

TEST_CASE("Working groups: pilots by name or acronym, axes by number, territories without accents")
{
    Demo demo;
    TableImport import(*demo.db, demo.old.id, ImportTable::Groups,
                       demo.sheet(QStringLiteral("coordinateur.xlsx"), QStringLiteral("Groupes")));
    CHECK(import.summary() == QStringLiteral("créés : 1, mis à jour : 1, rejetés : 3"));
    CHECK(rejectedLines(import) == QStringList{QStringLiteral("6 D « Thématique »"),
                                               QStringLiteral("7 B « Territoire »"),
                                               QStringLiteral("8 E « Structure pilote »")});
    CHECK(import.rejected().at(1).reason == QStringLiteral("« Lodévois » : aucun territoire de ce nom"));
    CHECK(import.rejected().at(2).reason == QStringLiteral("aucun partenaire de ce nom ou de ce sigle"));
    (void)import.apply(QStringLiteral("coordinateur.xlsx"), true);

    const EditionData data = loadEditionData(*demo.db, demo.old.id, ActionLoading::SheetsOnly);
    const WorkingGroup* created = nullptr;
    for (const auto& g : data.groups) {
        if (g.name == QStringLiteral("Emploi des séniors"))
            created = &g;
    }
    REQUIRE(created);
    CHECK(data.partner(created->pilotPartnerId)->name == QStringLiteral("France Travail")); // named by its former name
    CHECK(data.partner(created->coPilotPartnerId)->name == QStringLiteral("CAF de l'Hérault"));
    CHECK(data.territoryNames(created->territoryIds) == QStringLiteral("Biterrois"));
    CHECK(data.axis(created->axisId)->number == 5);
    int notes = 0;
    for (const auto& g : data.groups) {
        if (g.name == QStringLiteral("Mobilité") && g.notes == QStringLiteral("Co-animé avec la MSA depuis 2021."))
            ++notes;
    }
    CHECK(notes == 1); // Petite Camargue's, not Montpelliérain's
}

TEST_CASE("Partners from Excel's Unicode text, persons and referents from a UTF-8 CSV")
{
    Demo demo;
    TableImport partners(*demo.db, demo.current.id, ImportTable::Partners,
                         demo.sheet(QStringLiteral("partenaires-unicode.txt")));
    CHECK(partners.summary() == QStringLiteral("créés : 2, mis à jour : 1, rejetés : 1"));
    REQUIRE(partners.rejected().size() == 1);
    CHECK(partners.rejected().at(0).line == 5);
    CHECK(partners.rejected().at(0).column == QStringLiteral("C « Catégorie »"));
    CHECK(partners.rejected().at(0).value == QStringLiteral("Garage associatif"));
    (void)partners.apply(QStringLiteral("partenaires-unicode.txt"), true);
    const EditionData data = loadEditionData(*demo.db, demo.current.id, ActionLoading::SheetsOnly);
    const Partner* cci = nullptr;
    const Partner* region = nullptr;
    for (const auto& p : data.partners) {
        if (p.acronym == QStringLiteral("CCI"))
            cci = &p;
        if (p.name == QStringLiteral("Région Occitanie"))
            region = &p;
    }
    REQUIRE(cci);
    CHECK(cci->category == PartnerCategory::ChamberOfCommerce);
    REQUIRE(cci->signatureFor(demo.current.id));
    CHECK(cci->signatureFor(demo.current.id)->status == SignatureStatus::Pending);
    REQUIRE(region);
    CHECK(region->signatureFor(demo.current.id)->date == QDate(2023, 2, 3));

    TableImport persons(*demo.db, demo.current.id, ImportTable::Persons, demo.sheet(QStringLiteral("referents.csv")));
    // "Vassas-Mejri Claudine" is the demo's "Claudine VASSAS-MEJRI", with nothing new to say.
    CHECK(persons.summary() == QStringLiteral("créés : 2, mis à jour : 0, rejetés : 1"));
    CHECK(persons.unchangedCount() == 1);
    CHECK(rejectedLines(persons) == QStringList{QStringLiteral("5 E « Structure »")});
    (void)persons.apply(QStringLiteral("referents.csv"), true);
    bool found = false;
    for (const auto& p : PersonRepository(*demo.db).all()) {
        if (p.lastName == QStringLiteral("Martin")) {
            found = true;
            CHECK(p.hasRole(PersonRoleKind::PartnerReferent));
            CHECK(p.email == QStringLiteral("k.martin@caf34.example"));
        }
        if (p.lastName == QStringLiteral("Durand"))
            CHECK(p.hasRole(PersonRoleKind::Coordinator));
    }
    CHECK(found);
}

TEST_CASE("A partner named by its acronym alone is the partner of that acronym, not a new one")
{
    Demo demo;
    const SpreadsheetFile file = readSpreadsheet(
        QByteArray("Nom;Notes\r\nCAF;Co-financeur des ateliers\r\nCaisse inconnue;\r\n"), QStringLiteral("p.csv"));
    const TableImport import(*demo.db, demo.current.id, ImportTable::Partners, file.sheet({}));
    CHECK(import.summary() == QStringLiteral("créés : 1, mis à jour : 1, rejetés : 0"));
    REQUIRE(import.updates().partners.size() == 1);
    CHECK(import.updates().partners.at(0).name == QStringLiteral("CAF de l'Hérault"));
    CHECK(import.updates().partners.at(0).notes == QStringLiteral("Co-financeur des ateliers"));
    CHECK(import.inserts().partners.at(0).name == QStringLiteral("Caisse inconnue"));
}

TEST_CASE("The tables Pacte exports, as CSV and as a workbook, import back without a change")
{
    Demo demo;
    const EditionTablesSource source = loadEditionTablesSource(*demo.db, demo.old.id, false);
    const std::pair<EditionTable, ImportTable> tables[] = {{EditionTable::Partners, ImportTable::Partners},
                                                           {EditionTable::Persons, ImportTable::Persons},
                                                           {EditionTable::Groups, ImportTable::Groups},
                                                           {EditionTable::Actions, ImportTable::Actions}};
    for (const auto& [exported, imported] : tables) {
        const TableData table = buildEditionTable(source, exported);
        INFO(table.name.toStdString());
        for (const QByteArray& bytes : {writeCsv(table), writeTablesWorkbook({table}, {})}) {
            const SpreadsheetFile file = readSpreadsheet(bytes, QStringLiteral("export"));
            const TableImport import(*demo.db, demo.old.id, imported, file.sheet({}));
            INFO(import.summary().toStdString());
            CHECK(import.rejected().isEmpty());
            CHECK(import.createdCount() == 0);
            CHECK(import.updatedCount() == 0);
            CHECK(import.unchangedCount() > 0);
        }
    }
}

TEST_CASE("A mapping names the columns the headers do not, and a bad one is refused")
{
    Demo demo;
    const XlsxSheet sheet = demo.sheet(QStringLiteral("coordinateur.xlsx"), QStringLiteral("Groupes"));
    const TableImport guessed(*demo.db, demo.old.id, ImportTable::Groups, sheet);
    CHECK(guessed.mapping().fields == QStringList{QStringLiteral("name"), QStringLiteral("territories"),
                                                  QStringLiteral("axis"), QStringLiteral("theme"),
                                                  QStringLiteral("pilot"), QStringLiteral("coPilot"),
                                                  QStringLiteral("status"), QStringLiteral("notes")});
    // Skipping "Remarques" leaves Mobilité as it was.
    const ColumnMapping mapping =
        mappingFromJson(ImportTable::Groups, guessed.headers(), QByteArray(R"({"Remarques": null})"));
    const TableImport mapped(*demo.db, demo.old.id, ImportTable::Groups, sheet, mapping);
    CHECK(mapped.updatedCount() == 0);
    CHECK(mapped.unchangedCount() == 1);
    // Written and read back, a mapping is the same.
    CHECK(mappingFromJson(ImportTable::Groups, guessed.headers(), mappingToJson(guessed.headers(), mapping)) ==
          mapping);

    CHECK_THROWS_WITH(mappingFromJson(ImportTable::Groups, guessed.headers(), QByteArray(R"({"Remarques": "budget"})")),
                      Catch::Contains("champ « budget » inconnu"));
    CHECK_THROWS_AS(mappingFromJson(ImportTable::Groups, guessed.headers(), QByteArray("[1, 2")), InputError);
    // Without a column for the group's name, nothing can be imported.
    const ColumnMapping none =
        mappingFromJson(ImportTable::Groups, guessed.headers(), QByteArray(R"({"Nom du groupe": null})"));
    try {
        TableImport(*demo.db, demo.old.id, ImportTable::Groups, sheet, none);
        FAIL("a mapping without the group's name was accepted");
    } catch (const InputError& error) {
        CHECK(error.message().startsWith(QStringLiteral("ligne 3 : aucune colonne pour « Groupe de travail »")));
    }
}

} // namespace pacte_test_exchange_table_import_test
