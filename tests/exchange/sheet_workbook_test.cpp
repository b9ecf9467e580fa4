// The referents' workbook: a group's sheet as XLSX (instructions, actions, indicators, measurements,
// the group's yearly evaluations, hidden and protected identifiers, drop-down lists), and the returned workbook going
// through the same import as the JSON sheet: unchanged, re-saved by LibreOffice, edited in LibreOffice with a conflict,
// with rows added and deleted, already imported, and refused when it cannot be read.
#include "common/libreoffice.h"
#include "common/testutil.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetworkbook.h"
#include "exchange/sheetwriter.h"
#include "exchange/tablefiles.h"
#include "exchange/xlsxreader.h"
#include "storage/editionloader.h"
#include "storage/groupevaluationstore.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_sheet_workbook_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const QString GroupName = QStringLiteral("Numérique, non-accès et rupture des droits");

struct Exported
{
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    WorkingGroup group;
    ExportedSheet sheet;
    QByteArray workbook;
    QString path = dir.path(QStringLiteral("fiche.xlsx"));

    Exported()
    {
        const Edition edition = findEditionByTitle(*db, QStringLiteral("PTI 2017-2021")).value();
        for (const auto& g : WorkingGroupRepository(*db).ofEdition(edition.id)) {
            if (g.name == GroupName)
                group = g;
        }
        REQUIRE(group.id != NoId);
        // A measurement, so that the workbook has one to carry.
        Action action = ActionRepository(*db).ofGroup(group.id).constFirst();
        REQUIRE_FALSE(action.indicators.isEmpty());
        Measurement m;
        m.date = QDate(2020, 12, 31);
        m.value = 14;
        m.comment = QStringLiteral("bilan 2020");
        action.indicators[0].measurements.append(m);
        ActionRepository(*db).update(action);
        sheet = exportSheet(*db, group.id);
        workbook = writeSheetWorkbook(readSheet(sheet.bytes));
        saveExportFile(path, workbook);
    }

    std::unique_ptr<SheetImport> importOf(const QByteArray& bytes, const QString& name = QStringLiteral("fiche.xlsx"))
    {
        return std::make_unique<SheetImport>(*db, bytes, name);
    }
};

QStringList rowTexts(const XlsxSheet& sheet, int row)
{
    QStringList texts;
    for (const auto& cell : sheet.rows.value(row))
        texts << cell.toString();
    return texts;
}

QByteArray unzipMember(const QString& path, const QString& member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
    unzip.waitForFinished();
    return unzip.readAllStandardOutput();
}

// Edits the workbook as a referent would in LibreOffice: converted to flat ODS, `edit` applied to its
// XML, converted back to XLSX by LibreOffice. Empty when LibreOffice is not installed.
QByteArray editedByLibreOffice(const QString& xlsx, const std::function<QByteArray(QByteArray)>& edit,
                               const QString& outDir)
{
    QDir().mkpath(outDir + QStringLiteral("/ods"));
    const QStringList ods = convertWithLibreOffice(xlsx, QStringLiteral("fods"), outDir + QStringLiteral("/ods"));
    if (ods.isEmpty())
        return {};
    const QString edited = outDir + QStringLiteral("/ods/fiche-modifiee.fods");
    QFile out(edited);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(edit(fileBytes(ods.constFirst())));
    out.close();
    QDir().mkpath(outDir + QStringLiteral("/xlsx"));
    const QStringList back = convertWithLibreOffice(edited, QStringLiteral("xlsx"), outDir + QStringLiteral("/xlsx"));
    REQUIRE(back.size() == 1);
    return fileBytes(back.constFirst());
}

} // namespace

TEST_CASE("The referents' workbook holds the group's sheet, its identifiers hidden and protected")
{
    Exported e;
    const XlsxWorkbook book = readXlsx(e.workbook);
    CHECK(book.sheetNames() == QStringList{QStringLiteral("Mode d'emploi"), QStringLiteral("Actions"),
                                           QStringLiteral("Indicateurs"), QStringLiteral("Mesures"),
                                           QStringLiteral("Évaluation"), QStringLiteral("Financements"),
                                           QStringLiteral("Listes"), QStringLiteral("Pacte")});
    CHECK_FALSE(book.sheet(QStringLiteral("Actions"))->hidden);
    CHECK(book.sheet(QStringLiteral("Listes"))->hidden);
    CHECK(book.sheet(QStringLiteral("Pacte"))->hidden);
    const XlsxSheet& instructions = *book.sheet(QStringLiteral("Mode d'emploi"));
    CHECK(instructions.rows.at(0).at(0).toString() ==
          QStringLiteral("Fiche du groupe de travail « %1 »").arg(GroupName));

    const auto actions = ActionRepository(*e.db).ofGroup(e.group.id);
    const XlsxSheet& sheet = *book.sheet(QStringLiteral("Actions"));
    CHECK(sheet.rows.size() == actions.size() + 1);
    CHECK(rowTexts(sheet, 0).mid(0, 4) == QStringList{QStringLiteral("Identifiant (ne pas modifier)"),
                                                      QStringLiteral("Action"), QStringLiteral("Statut"),
                                                      QStringLiteral("Thématique")});
    CHECK(rowTexts(sheet, 0).contains(QStringLiteral("Public : Séniors"))); // one drop-down column per public
    CHECK(sheet.rows.at(1).at(0).toString() == actions.at(0).uuid.toString(QUuid::WithoutBraces));
    CHECK(sheet.rows.at(1).at(1).toString() == actions.at(0).title);
    const XlsxSheet& measurements = *book.sheet(QStringLiteral("Mesures"));
    REQUIRE(measurements.rows.size() == 2);
    CHECK(measurements.rows.at(1).at(4).toDate() == QDate(2020, 12, 31)); // a real date
    CHECK(measurements.rows.at(1).at(5).toDouble() == 14.0);              // a real number

    // Unzipped: the identifier columns hidden, the sheets protected, the drop-down lists there.
    const QByteArray xml = unzipMember(e.path, QStringLiteral("xl/worksheets/sheet2.xml"));
    if (xml.isEmpty()) {
        WARN("unzip is not installed: the workbook's XML is not checked");
        return;
    }
    CHECK(xml.contains("<col min=\"1\" max=\"1\""));
    CHECK(xml.contains("hidden=\"1\""));
    CHECK(xml.contains("<sheetProtection"));
    CHECK(xml.contains("<dataValidations count=\""));
    CHECK(xml.contains("Listes!$A$2:$A$6")); // the five statuses
}

TEST_CASE("A workbook sent back unchanged, or re-saved by LibreOffice, changes nothing")
{
    Exported e;
    auto import = e.importOf(e.workbook);
    CHECK(import->outcome().changes.isEmpty());
    CHECK(import->exportRecord().exportId == e.sheet.exportId); // one export record, whichever format

    const QStringList resaved =
        convertWithLibreOffice(e.path, QStringLiteral("xlsx"), e.dir.path(QStringLiteral("resaved")));
    if (resaved.isEmpty()) {
        WARN("LibreOffice is not installed: the re-saved workbook is not checked");
        return;
    }
    auto again = e.importOf(fileBytes(resaved.constFirst()));
    CHECK(again->outcome().changes.isEmpty());
}

TEST_CASE("Rows added and deleted in the workbook become additions and deletions")
{
    Exported e;
    SheetData data = readSheet(e.sheet.bytes);
    REQUIRE(data.actions.size() >= 2);
    const QString removed = data.actions.takeLast().title;
    data.actions[0].status = ActionStatus::Completed;
    Action added;
    added.title = QStringLiteral("Cafés numériques");
    added.groupId = data.group.id;
    Indicator indicator;
    indicator.name = QStringLiteral("Cafés tenus");
    indicator.target = 10;
    Measurement measurement;
    measurement.date = QDate(2021, 6, 30);
    measurement.value = 4;
    indicator.measurements.append(measurement);
    // Unknown is not zero: a measurement not reported leaves its value cell empty.
    Measurement unknown;
    unknown.date = QDate(2021, 12, 31);
    indicator.measurements.append(unknown);
    added.indicators.append(indicator);
    data.actions.append(added); // no identifiers: a referent's new rows
    auto import = e.importOf(writeSheetWorkbook(data));
    QStringList summary;
    for (const auto& change : import->outcome().changes)
        summary << QStringLiteral("%1 %2").arg(static_cast<int>(change.change)).arg(change.label);
    INFO(summary.join(QLatin1Char('\n')).toStdString());
    CHECK(import->outcome().conflictCount() == 0);
    CHECK(import->problems().isEmpty());
    (void)import->apply();
    const auto actions = ActionRepository(*e.db).ofGroup(e.group.id);
    QStringList titles;
    for (const auto& a : actions)
        titles << a.title;
    CHECK(titles.contains(QStringLiteral("Cafés numériques")));
    CHECK_FALSE(titles.contains(removed));
    for (const auto& a : actions) {
        if (a.title == QStringLiteral("Cafés numériques")) {
            REQUIRE(a.indicators.size() == 1);
            CHECK(a.indicators.at(0).target == 10.0);
            REQUIRE(a.indicators.at(0).measurements.size() == 2);
            CHECK(a.indicators.at(0).measurements.at(0).date == QDate(2021, 6, 30));
            CHECK(a.indicators.at(0).measurements.at(0).value == 4.0);
            CHECK(a.indicators.at(0).measurements.at(1).date == QDate(2021, 12, 31));
            CHECK_FALSE(a.indicators.at(0).measurements.at(1).value.has_value());
        }
        if (a.uuid == data.actions.at(0).uuid)
            CHECK(a.status == ActionStatus::Completed);
    }
    // The same export again: the already-imported rule of the JSON sheet.
    CHECK(e.importOf(e.workbook)->alreadyImported());
}

TEST_CASE("A workbook edited in LibreOffice merges back, with the conflict against the database")
{
    Exported e;
    Action first;
    for (const auto& a : ActionRepository(*e.db).ofGroup(e.group.id)) {
        if (a.title.startsWith(QStringLiteral("Action n°2")))
            first = a;
    }
    REQUIRE(first.id != NoId);
    const QByteArray edited = editedByLibreOffice(
        e.path,
        [&](QByteArray xml) { return xml.replace(first.title.toUtf8(), QByteArray("Réseau Digi'Thau étendu")); },
        e.dir.path(QStringLiteral("lo")));
    if (edited.isEmpty()) {
        WARN("LibreOffice is not installed: the workbook is not edited in LibreOffice");
        return;
    }
    // Meanwhile the coordinator renamed the same action in Pacte.
    Action renamed = first;
    renamed.title = QStringLiteral("Réseau Digi'Thau (Sète)");
    ActionRepository(*e.db).update(renamed);

    auto import = e.importOf(edited, QStringLiteral("fiche-modifiee.xlsx"));
    REQUIRE(import->outcome().changes.size() >= 1);
    CHECK(import->outcome().conflictCount() == 1);
    const ItemChange& change = import->outcome().changes.constFirst();
    CHECK(change.uuid == first.uuid);
    bool titleConflict = false;
    for (const auto& field : change.fields) {
        if (field.conflict && field.sheet == QStringLiteral("Réseau Digi'Thau étendu") &&
            field.database == QStringLiteral("Réseau Digi'Thau (Sète)"))
            titleConflict = true;
    }
    CHECK(titleConflict);
}

TEST_CASE("A workbook that is not a Pacte sheet, or holds a bad value, is refused in French")
{
    Exported e;
    try {
        e.importOf(fileBytes(testDataPath(QStringLiteral("tables/coordinateur.xlsx"))));
        FAIL("a coordinator's workbook was taken for a sheet");
    } catch (const InputError& error) {
        CHECK(error.message().contains(QStringLiteral("n'est pas la fiche d'un groupe de travail exportée par Pacte")));
    }
    const QByteArray edited = editedByLibreOffice(
        e.path, [](QByteArray xml) { return xml.replace(">en fonctionnement<", ">en retard<"); },
        e.dir.path(QStringLiteral("lo")));
    if (edited.isEmpty()) {
        WARN("LibreOffice is not installed: a bad value typed in LibreOffice is not checked");
        return;
    }
    try {
        e.importOf(edited);
        FAIL("a bad status was accepted");
    } catch (const InputError& error) {
        CHECK(error.message().startsWith(QStringLiteral("Actions, C")));
        CHECK(error.message().contains(QStringLiteral("« en retard » : valeur inconnue")));
    }
}

TEST_CASE("The workbook's « Évaluation » sheet has a row per year of the edition, the group's evaluation in it")
{
    Exported e;
    GroupEvaluation stored;
    stored.groupId = e.group.id;
    stored.year = 2019;
    stored.effects = QStringLiteral("Douze personnes équipées d'un ordinateur.");
    stored.partnershipQuality = PartnershipQuality::ToImprove;
    stored.adjustments = QStringLiteral("Associer les médiathèques.");
    GroupEvaluationRepository(*e.db).insert(stored);
    const QByteArray workbook = writeSheetWorkbook(readSheet(exportSheet(*e.db, e.group.id).bytes));

    const XlsxWorkbook book = readXlsx(workbook);
    const XlsxSheet* sheet = book.sheet(QStringLiteral("Évaluation"));
    REQUIRE(sheet);
    CHECK_FALSE(sheet->hidden);
    CHECK(rowTexts(*sheet, 0).value(1) == QStringLiteral("Année"));
    CHECK(rowTexts(*sheet, 0).value(4) == QStringLiteral("Qualité du partenariat"));
    QList<int> years;
    for (int row = 1; row < sheet->rows.size(); ++row) {
        if (!rowTexts(*sheet, row).value(1).isEmpty())
            years << rowTexts(*sheet, row).value(1).toInt();
    }
    CHECK(years == QList<int>{2017, 2018, 2019, 2020, 2021});
    const QStringList row2019 = rowTexts(*sheet, 3);
    CHECK(row2019.value(0) == stored.uuid.toString(QUuid::WithoutBraces)); // the hidden identifier
    CHECK(row2019.value(2) == stored.effects);
    CHECK(row2019.value(4) == enumLabel(PartnershipQuality::ToImprove));
    CHECK(row2019.value(7) == stored.adjustments);
    CHECK(rowTexts(*sheet, 2).value(0).isEmpty()); // 2018: no evaluation yet
    // The scale is offered as a drop-down list.
    saveExportFile(e.path, workbook);
    CHECK(unzipMember(e.path, QStringLiteral("xl/worksheets/sheet5.xml")).contains("Listes!$E$2:$E$5"));

    // Sent back unchanged: nothing to import.
    CHECK(e.importOf(workbook)->outcome().changes.isEmpty());
}

TEST_CASE("A yearly evaluation filled in the workbook reaches the database, a bad one is refused at its cell")
{
    Exported e;
    GroupEvaluation stored;
    stored.groupId = e.group.id;
    stored.year = 2019;
    stored.effects = QStringLiteral("Premiers ateliers.");
    GroupEvaluationRepository(*e.db).insert(stored);
    const ExportedSheet exported = exportSheet(*e.db, e.group.id);

    // The referent judges 2020 and completes 2019.
    SheetData data = readSheet(exported.bytes);
    REQUIRE(data.evaluations.size() == 1);
    data.evaluations[0].coherence = QStringLiteral("Complète le PDI.");
    GroupEvaluation added;
    added.year = 2020;
    added.effects = QStringLiteral("Vingt personnes ont ouvert leurs droits en ligne.");
    added.partnershipQuality = PartnershipQuality::Satisfactory;
    added.partnershipComment = QStringLiteral("La CAF a rejoint le groupe.");
    added.difficulties = QStringLiteral("Peu de bénévoles.");
    data.evaluations.append(added);
    auto import = e.importOf(writeSheetWorkbook(data));
    CHECK(import->outcome().conflictCount() == 0);
    CHECK(import->problems().isEmpty());
    (void)import->apply();
    const auto y2019 = findGroupEvaluation(*e.db, e.group.id, 2019);
    REQUIRE(y2019.has_value());
    CHECK(y2019->uuid == stored.uuid);
    CHECK(y2019->effects == stored.effects);
    CHECK(y2019->coherence == QStringLiteral("Complète le PDI."));
    const auto y2020 = findGroupEvaluation(*e.db, e.group.id, 2020);
    REQUIRE(y2020.has_value());
    CHECK(y2020->effects == added.effects);
    CHECK(y2020->partnershipQuality == PartnershipQuality::Satisfactory);
    CHECK(y2020->partnershipComment == added.partnershipComment);
    CHECK(y2020->difficulties == added.difficulties);
    CHECK_FALSE(findGroupEvaluation(*e.db, e.group.id, 2018).has_value()); // years left empty add nothing

    // A quality typed off the scale, in LibreOffice: refused, naming the sheet and the cell.
    GroupEvaluation judged = *y2020;
    const ExportedSheet again = exportSheet(*e.db, e.group.id);
    const QString path = e.dir.path(QStringLiteral("fiche2.xlsx"));
    saveExportFile(path, writeSheetWorkbook(readSheet(again.bytes)));
    const QString satisfactory = enumLabel(PartnershipQuality::Satisfactory);
    const QByteArray edited = editedByLibreOffice(
        path,
        [&](QByteArray xml) {
            return xml.replace(QStringLiteral(">%1<").arg(satisfactory).toUtf8(), QByteArray(">excellente<"));
        },
        e.dir.path(QStringLiteral("lo")));
    if (edited.isEmpty()) {
        WARN("LibreOffice is not installed: a bad quality typed in LibreOffice is not checked");
        return;
    }
    try {
        e.importOf(edited);
        FAIL("a quality off the scale was accepted");
    } catch (const InputError& error) {
        CHECK(error.message().startsWith(QStringLiteral("Évaluation, E")));
        CHECK(error.message().contains(QStringLiteral("« excellente » : valeur inconnue")));
    }
    CHECK(*findGroupEvaluation(*e.db, e.group.id, 2020) == judged);
}

} // namespace pacte_test_exchange_sheet_workbook_test
