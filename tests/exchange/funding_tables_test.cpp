// The financing and local pacts' tables of the edition's exports (issue 20): one row per funding line
// and year, amounts in euros as numbers, an unknown amount an empty cell and never 0; the local pacts'
// yearly reviews and priorities; in CSV and in the workbook read back.
#include "common/csvtext.h"
#include "common/testutil.h"
#include "exchange/csvwriter.h"
#include "exchange/editiontables.h"
#include "exchange/tableworkbook.h"
#include "exchange/xlsxreader.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_funding_tables_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// One edition, one territory with its local pact, one group and one action funded twice: ESF+ over
// two years (2025's planned amount unknown) and the CAF with no amount at all.
struct FundedEdition
{
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir.path(QStringLiteral("funded.pacte")));
    Edition edition;

    FundedEdition()
    {
        edition.title = QStringLiteral("PTI 2024-2025");
        edition.startDate = QDate(2024, 1, 1);
        edition.endDate = QDate(2025, 12, 31);
        EditionRepository(*db).insert(edition);
        Territory territory{NoId, {}, QStringLiteral("Lodévois"), {}, {}, {}};
        TerritoryRepository(*db).insert(territory);
        Partner caf;
        caf.name = QStringLiteral("CAF de l'Hérault");
        caf.category = PartnerCategory::Caf;
        PartnerRepository(*db).insert(caf);
        WorkingGroup group;
        group.editionId = edition.id;
        group.name = QStringLiteral("Mobilité");
        group.territoryIds = {territory.id};
        WorkingGroupRepository(*db).insert(group);
        Action action;
        action.groupId = group.id;
        action.title = QStringLiteral("Plateforme mobilité");
        FundingLine esf;
        esf.fund = Fund::EsfPlus;
        esf.scheme = QStringLiteral("FSE+ — appel à projets 2024");
        esf.reference = QStringLiteral("202400123");
        esf.rate = 60;
        esf.amounts = {{2024, 1234567, 0, std::nullopt}, {2025, std::nullopt, 500000, std::nullopt}};
        FundingLine cafLine;
        cafLine.partnerId = caf.id;
        action.fundings = {esf, cafLine};
        ActionRepository(*db).insert(action);

        LocalPact pact;
        pact.editionId = edition.id;
        pact.territoryId = territory.id;
        LocalPriority mobility;
        mobility.rank = 1;
        mobility.title = QStringLiteral("Mobilité des publics éloignés");
        mobility.groupIds = {group.id};
        mobility.actionIds = {action.id};
        pact.priorities = {mobility};
        LocalPactReview review;
        review.year = 2024;
        review.progress = QStringLiteral("La plateforme a ouvert.");
        review.difficulties = QStringLiteral("Peu de véhicules.");
        review.adjustments = QStringLiteral("Associer les EPCI.");
        LocalPactReview blank;
        blank.year = 2025;
        pact.reviews = {review, blank};
        LocalPactRepository(*db).insert(pact);
    }

    TableData table(EditionTable which) const
    {
        return buildEditionTable(loadEditionTablesSource(*db, edition.id, false), which);
    }
};

} // namespace

TEST_CASE("The financing table has one row per funding line and year, unknown amounts empty",
          "[exchange][funding][tables]")
{
    FundedEdition f;
    REQUIRE(editionTableFromCode(u"funding") == EditionTable::Funding);
    const TableData table = f.table(EditionTable::Funding);
    CHECK(table.name == QStringLiteral("Financements"));
    REQUIRE(table.rows.size() == 3);

    const auto rows = parseCsv(writeCsv(table));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) == QStringList{QStringLiteral("Groupe de travail"), QStringLiteral("Action"),
                                    QStringLiteral("Financeur"), QStringLiteral("Dispositif ou appel"),
                                    QStringLiteral("Référence"), QStringLiteral("Taux de cofinancement (%)"),
                                    QStringLiteral("Année"), QStringLiteral("Prévu (€)"), QStringLiteral("Engagé (€)"),
                                    QStringLiteral("Versé (€)")});
    CHECK(rows.at(1) == QStringList{QStringLiteral("Mobilité"), QStringLiteral("Plateforme mobilité"),
                                    QStringLiteral("FSE+"), QStringLiteral("FSE+ — appel à projets 2024"),
                                    QStringLiteral("202400123"), QStringLiteral("60"), QStringLiteral("2024"),
                                    QStringLiteral("12345,67"), QStringLiteral("0"), QString()});
    // 2025: the planned amount is unknown, an empty cell and not 0.
    CHECK(rows.at(2).mid(6) == QStringList{QStringLiteral("2025"), QString(), QStringLiteral("5000"), QString()});
    // A line without amounts: one row, without year.
    CHECK(rows.at(3) == QStringList{QStringLiteral("Mobilité"), QStringLiteral("Plateforme mobilité"),
                                    QStringLiteral("CAF de l'Hérault"), QString(), QString(), QString(), QString(),
                                    QString(), QString(), QString()});

    // In the workbook: numbers in euros, the unknown cells empty.
    const XlsxWorkbook book = readXlsx(writeTablesWorkbook({table}, {}));
    const XlsxSheet* sheet = book.sheet(QStringLiteral("Financements"));
    REQUIRE(sheet != nullptr);
    REQUIRE(sheet->rows.size() == 4);
    const QVariantList& first = sheet->rows.at(1);
    CHECK(first.at(7).typeId() == QMetaType::Double);
    CHECK(first.at(7).toDouble() == Approx(12345.67));
    CHECK(first.at(8) == QVariant(0.0)); // zero is zero
    CHECK((first.size() <= 9 || first.at(9).isNull()));
    const QVariantList& second = sheet->rows.at(2);
    CHECK(second.at(6) == QVariant(2025.0));
    CHECK(second.at(7).isNull());
    CHECK(second.at(8) == QVariant(5000.0));
}

TEST_CASE("The local pacts' tables list the written reviews and the priorities", "[exchange][localpact][tables]")
{
    FundedEdition f;
    REQUIRE(editionTableFromCode(u"local-pacts") == EditionTable::LocalPactReviews);
    const auto reviews = parseCsv(writeCsv(f.table(EditionTable::LocalPactReviews)));
    REQUIRE(reviews.size() == 2); // the blank 2025 review gives no row
    CHECK(reviews.at(0) == QStringList{QStringLiteral("Territoire"), QStringLiteral("Année"),
                                       QStringLiteral("Ce qui a bougé"), QStringLiteral("Difficultés"),
                                       QStringLiteral("Ajustements")});
    CHECK(reviews.at(1) == QStringList{QStringLiteral("Lodévois"), QStringLiteral("2024"),
                                       QStringLiteral("La plateforme a ouvert."), QStringLiteral("Peu de véhicules."),
                                       QStringLiteral("Associer les EPCI.")});

    const auto priorities = parseCsv(writeCsv(f.table(EditionTable::LocalPriorities)));
    REQUIRE(priorities.size() == 2);
    CHECK(priorities.at(1) == QStringList{QStringLiteral("Lodévois"), QStringLiteral("1"),
                                          QStringLiteral("Mobilité des publics éloignés"), QString(), QString(),
                                          QString(), QStringLiteral("Mobilité"),
                                          QStringLiteral("Plateforme mobilité")});
}

TEST_CASE("The edition's workbook holds the financing and local pacts' sheets", "[exchange][funding][tables]")
{
    FundedEdition f;
    const XlsxWorkbook book = readXlsx(writeEditionWorkbook(*f.db, f.edition.id));
    const XlsxSheet* funding = book.sheet(QStringLiteral("Financements"));
    REQUIRE(funding != nullptr);
    CHECK(funding->rows.size() == 4);
    const XlsxSheet* reviews = book.sheet(QStringLiteral("Pactes locaux"));
    REQUIRE(reviews != nullptr);
    CHECK(reviews->rows.size() == 2);
    REQUIRE(book.sheet(QStringLiteral("Priorités territoriales")) != nullptr);
}

} // namespace pacte_test_exchange_funding_tables_test
