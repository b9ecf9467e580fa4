// The « Financements » sheet of the referents' workbook (issue 20): the funding lines of the group's
// actions, one row per line and year, amounts in euros with unknown left empty; read back so that a
// referent can change an amount or add a year, a bad amount refused at its cell with nothing changed,
// and a workbook written before the sheet existed leaving the lines as they are.
#include "common/testutil.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetworkbook.h"
#include "exchange/sheetwriter.h"
#include "exchange/xlsxbook.h"
#include "exchange/xlsxreader.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>
#include <functional>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_sheet_workbook_funding_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const QString GroupName = QStringLiteral("Numérique, non-accès et rupture des droits");

// The demo's group with its first action funded twice: ESF+ in 2019 (committed unknown) and a partner
// without amounts.
struct Funded
{
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    WorkingGroup group;
    Action action;
    Partner partner;
    QByteArray workbook;

    Funded()
    {
        const Edition edition = findEditionByTitle(*db, QStringLiteral("PTI 2017-2021")).value();
        for (const auto& g : WorkingGroupRepository(*db).ofEdition(edition.id)) {
            if (g.name == GroupName)
                group = g;
        }
        REQUIRE(group.id != NoId);
        partner = PartnerRepository(*db).all().constFirst();
        action = ActionRepository(*db).ofGroup(group.id).constFirst();
        FundingLine esf;
        esf.fund = Fund::EsfPlus;
        esf.scheme = QStringLiteral("FSE+ appel 2019");
        esf.reference = QStringLiteral("201900042");
        esf.rate = 50;
        esf.notes = QStringLiteral("Convention signée");
        esf.amounts = {{2019, 1234567, std::nullopt, 0}};
        FundingLine byPartner;
        byPartner.partnerId = partner.id;
        action.fundings = {esf, byPartner};
        ActionRepository(*db).update(action);
        workbook = writeSheetWorkbook(readSheet(exportSheet(*db, group.id).bytes));
    }

    QList<FundingLine> storedLines() const { return ActionRepository(*db).find(action.id)->fundings; }
};

// The workbook written again with `edit` applied to its cells, as a referent's spreadsheet saves it.
QByteArray rewritten(const QByteArray& workbook, const std::function<void(XlsxWorkbook&)>& edit)
{
    XlsxWorkbook book = readXlsx(workbook);
    edit(book);
    XlsxBook out({});
    for (const auto& sheet : std::as_const(book.sheets)) {
        XlsxBook::Sheet s = out.addSheet(sheet.name);
        for (int r = 0; r < sheet.rows.size(); ++r) {
            for (int c = 0; c < sheet.rows.at(r).size(); ++c)
                s.write(r, c, sheet.rows.at(r).at(c));
        }
    }
    return out.finish();
}

XlsxSheet& fundingSheet(XlsxWorkbook& book)
{
    for (auto& sheet : book.sheets) {
        if (sheet.name == QStringLiteral("Financements"))
            return sheet;
    }
    FAIL("no « Financements » sheet");
    return book.sheets.first();
}

void setCell(XlsxSheet& sheet, int row, int column, const QVariant& value)
{
    while (sheet.rows.size() <= row)
        sheet.rows.append(QVariantList());
    QVariantList& cells = sheet.rows[row];
    while (cells.size() <= column)
        cells.append(QVariant());
    cells[column] = value;
}

// The columns of the sheet.
enum { Id_, ActionId, ActionTitle, Fund_, Partner_, Other, Scheme, Reference, Rate, Year, Planned, Committed, Paid };

} // namespace

TEST_CASE("The workbook's « Financements » sheet has a row per funding line and year, unknown empty",
          "[exchange][sheet][funding]")
{
    Funded f;
    const XlsxWorkbook book = readXlsx(f.workbook);
    CHECK(book.sheetNames().indexOf(QStringLiteral("Financements")) ==
          book.sheetNames().indexOf(QStringLiteral("Évaluation")) + 1);
    const XlsxSheet* sheet = book.sheet(QStringLiteral("Financements"));
    REQUIRE(sheet != nullptr);
    REQUIRE(sheet->rows.size() == 3);
    CHECK(sheet->rows.at(0).value(Planned) == QVariant(QStringLiteral("Prévu (€)")));
    const QVariantList& esf = sheet->rows.at(1);
    CHECK(esf.value(ActionTitle) == QVariant(f.action.title));
    CHECK(esf.value(Fund_) == QVariant(QStringLiteral("FSE+")));
    CHECK(esf.value(Year) == QVariant(2019.0));
    CHECK(esf.value(Planned) == QVariant(12345.67));
    CHECK(esf.value(Committed).isNull()); // unknown: empty, not 0
    CHECK(esf.value(Paid) == QVariant(0.0));
    const QVariantList& byPartner = sheet->rows.at(2);
    CHECK(byPartner.value(Partner_) == QVariant(f.partner.name));
    CHECK(byPartner.value(Year).isNull()); // a line without amounts: one row without year

    // Sent back unchanged, or written again by a spreadsheet: nothing to import.
    CHECK(SheetImport(*f.db, f.workbook, QStringLiteral("fiche.xlsx")).outcome().changes.isEmpty());
    CHECK(SheetImport(*f.db, rewritten(f.workbook, [](XlsxWorkbook&) {}), QStringLiteral("fiche.xlsx"))
              .outcome()
              .changes.isEmpty());
}

TEST_CASE("An amount changed and a year added in the workbook reach the database", "[exchange][sheet][funding]")
{
    Funded f;
    const QByteArray edited = rewritten(f.workbook, [&](XlsxWorkbook& book) {
        XlsxSheet& sheet = fundingSheet(book);
        setCell(sheet, 1, Planned, QStringLiteral("15 000,50")); // typed as text
        setCell(sheet, 1, Committed, 9000.0);                    // a number cell
        // A year added to the ESF+ line: a new row with the same action, fund, scheme and reference.
        const QVariantList esf = sheet.rows.at(1);
        setCell(sheet, 3, ActionTitle, f.action.title);
        setCell(sheet, 3, Fund_, esf.value(Fund_));
        setCell(sheet, 3, Scheme, esf.value(Scheme));
        setCell(sheet, 3, Reference, esf.value(Reference));
        setCell(sheet, 3, Rate, esf.value(Rate));
        setCell(sheet, 3, Year, 2020.0);
        setCell(sheet, 3, Planned, QStringLiteral("1 000"));
        // A new line: another fund, named.
        setCell(sheet, 4, ActionTitle, f.action.title);
        setCell(sheet, 4, Other, QStringLiteral("Fondation X"));
        setCell(sheet, 4, Year, 2021.0);
        setCell(sheet, 4, Paid, 250.0);
    });
    SheetImport import(*f.db, edited, QStringLiteral("fiche.xlsx"));
    CHECK(import.outcome().conflictCount() == 0);
    CHECK(import.problems().isEmpty());
    (void)import.apply();

    const QList<FundingLine> lines = f.storedLines();
    REQUIRE(lines.size() == 3);
    const FundingLine& esf = lines.at(0);
    CHECK(esf.uuid == f.action.fundings.at(0).uuid);
    CHECK(esf.notes == QStringLiteral("Convention signée")); // not in the workbook, kept
    REQUIRE(esf.amounts.size() == 2);
    CHECK(esf.amounts.at(0) == FundingAmount{2019, 1500050, 900000, 0});
    CHECK(esf.amounts.at(1) == FundingAmount{2020, 100000, std::nullopt, std::nullopt});
    CHECK(lines.at(1) == [&] {
        FundingLine expected = f.action.fundings.at(1);
        expected.id = lines.at(1).id;
        return expected;
    }());
    CHECK(lines.at(2).fund == Fund::Other);
    CHECK(lines.at(2).otherFunder == QStringLiteral("Fondation X"));
    REQUIRE(lines.at(2).amounts.size() == 1);
    CHECK(lines.at(2).amounts.at(0) == FundingAmount{2021, std::nullopt, std::nullopt, 25000});
}

TEST_CASE("A bad amount in the workbook is refused naming its cell, nothing changed", "[exchange][sheet][funding]")
{
    Funded f;
    const QList<FundingLine> before = f.storedLines();
    const auto refused = [&](const QVariant& value, const QString& where) {
        INFO(value.toString().toStdString());
        const QByteArray edited =
            rewritten(f.workbook, [&](XlsxWorkbook& book) { setCell(fundingSheet(book), 1, Planned, value); });
        try {
            SheetImport import(*f.db, edited, QStringLiteral("fiche.xlsx"));
            FAIL("a bad amount was accepted");
        } catch (const InputError& error) {
            CHECK(error.message().startsWith(where));
        }
        CHECK(f.storedLines() == before);
    };
    refused(QStringLiteral("douze euros"), QStringLiteral("Financements, K2 : « douze euros » :"));
    refused(QStringLiteral("-5"), QStringLiteral("Financements, K2"));
    refused(12.345, QStringLiteral("Financements, K2"));
}

TEST_CASE("A workbook written before the « Financements » sheet leaves the funding lines as they are",
          "[exchange][sheet][funding]")
{
    Funded f;
    const QList<FundingLine> before = f.storedLines();
    const QByteArray old = rewritten(f.workbook, [&](XlsxWorkbook& book) {
        book.sheets.removeIf([](const XlsxSheet& s) { return s.name == QStringLiteral("Financements"); });
        // The referent changed the action's notes.
        for (auto& sheet : book.sheets) {
            if (sheet.name != QStringLiteral("Actions"))
                continue;
            for (int r = 1; r < sheet.rows.size(); ++r) {
                if (sheet.rows.at(r).value(1) == QVariant(f.action.title))
                    setCell(sheet, r, 11, QStringLiteral("Notes du référent"));
            }
        }
    });
    SheetImport import(*f.db, old, QStringLiteral("fiche.xlsx"));
    CHECK(import.problems().isEmpty());
    CHECK_FALSE(import.outcome().changes.isEmpty());
    (void)import.apply();
    const Action stored = *ActionRepository(*f.db).find(f.action.id);
    CHECK(stored.notes == QStringLiteral("Notes du référent"));
    CHECK(stored.fundings == before);
    REQUIRE(stored.fundings.size() == 2);
    CHECK(stored.fundings.at(0).amounts == f.action.fundings.at(0).amounts);
}

} // namespace pacte_test_exchange_sheet_workbook_funding_test
