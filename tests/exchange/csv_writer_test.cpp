// writeCsv(): RFC 4180 quoting, CRLF records, typed values written as French or English spreadsheets
// read them, and the optional byte-order mark.
#include "common/csvtext.h"
#include "exchange/csvwriter.h"

#include <catch2/catch.hpp>

#include <QDate>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_csv_writer_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("CSV quotes separators, quotes and line breaks, and nothing else", "[exchange][csv]")
{
    TableData table{QStringLiteral("Essai"),
                    {QStringLiteral("Texte"), QStringLiteral("Autre")},
                    {{QStringLiteral("simple"), QStringLiteral("a;b")},
                     {QStringLiteral("il a dit \"oui\""), QStringLiteral("ligne 1\nligne 2")},
                     {QStringLiteral("a,b"), QStringLiteral("retour\r")},
                     {QVariant(), QString()}}};
    const QByteArray bytes = writeCsv(table);
    CHECK(bytes == QByteArray("Texte;Autre\r\n"
                              "simple;\"a;b\"\r\n"
                              "\"il a dit \"\"oui\"\"\";\"ligne 1\nligne 2\"\r\n"
                              "a,b;\"retour\r\"\r\n"
                              ";\r\n"));
    CsvOptions comma;
    comma.separator = QLatin1Char(',');
    const auto rows = parseCsv(writeCsv(table, comma), QLatin1Char(','));
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(1) == QStringList{QStringLiteral("simple"), QStringLiteral("a;b")});
    CHECK(rows.at(2) == QStringList{QStringLiteral("il a dit \"oui\""), QStringLiteral("ligne 1\nligne 2")});
    CHECK(rows.at(3).at(0) == QStringLiteral("a,b"));
}

TEST_CASE("CSV writes numbers, dates and yes/no for the spreadsheet's language", "[exchange][csv]")
{
    const TableData table{QStringLiteral("Essai"),
                          {QStringLiteral("n"), QStringLiteral("x"), QStringLiteral("d"), QStringLiteral("b")},
                          {{46, 12.5, QDate(2023, 1, 30), true}, {0, 1e6, QDate(), false}}};
    CHECK(writeCsv(table) == QByteArray("n;x;d;b\r\n46;12,5;30/01/2023;oui\r\n0;1000000;;non\r\n"));
    CsvOptions comma;
    comma.separator = QLatin1Char(',');
    CHECK(writeCsv(table, comma) == QByteArray("n,x,d,b\r\n46,12.5,2023-01-30,oui\r\n0,1000000,,non\r\n"));
}

TEST_CASE("CSV is UTF-8, with a byte-order mark on request", "[exchange][csv]")
{
    const TableData table{QStringLiteral("Essai"), {QStringLiteral("Territoire")}, {{QStringLiteral("Étang de Thau")}}};
    CHECK(writeCsv(table) == QByteArray("Territoire\r\n\xC3\x89tang de Thau\r\n"));
    CsvOptions bom;
    bom.byteOrderMark = true;
    CHECK(writeCsv(table, bom) == QByteArray("\xEF\xBB\xBFTerritoire\r\n\xC3\x89tang de Thau\r\n"));
}

} // namespace pacte_test_exchange_csv_writer_test
