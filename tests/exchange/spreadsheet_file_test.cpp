// Reading a spreadsheet to import: CSV in the encodings and with the separators French offices use,
// workbooks saved by LibreOffice, and files that cannot be read, refused in French with the place.
#include "common/testutil.h"
#include "exchange/inputerror.h"
#include "exchange/spreadsheetfile.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_spreadsheet_file_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QString tablePath(const QString& name)
{
    return testDataPath(QStringLiteral("tables/") + name);
}

QString refusal(const QString& path)
{
    try {
        (void)readSpreadsheetFile(path);
    } catch (const InputError& error) {
        return error.message();
    }
    return {};
}

QStringList texts(const QVariantList& row)
{
    QStringList result;
    for (const auto& cell : row)
        result << (cell.typeId() == QMetaType::QDate ? cell.toDate().toString(QStringLiteral("dd/MM/yyyy"))
                                                     : cell.toString());
    return result;
}

} // namespace

TEST_CASE("The encoding of a CSV file is found among UTF-8, UTF-16 and Windows-1252")
{
    QString encoding;
    CHECK(decodeCsvText(QByteArray("Mobilit\xc3\xa9;C\xc5\x93ur"), &encoding) == QStringLiteral("Mobilité;Cœur"));
    CHECK(encoding == QStringLiteral("UTF-8"));
    CHECK(decodeCsvText(QByteArray("\xef\xbb\xbf\xc3\xa9t\xc3\xa9"), &encoding) == QStringLiteral("été"));
    CHECK(encoding == QStringLiteral("UTF-8"));
    // Windows-1252: é, œ and € (0x80-0x9F are not Latin-1 there)
    CHECK(decodeCsvText(QByteArray("Mobilit\xe9;C\x9cur;5 \x80"), &encoding) == QStringLiteral("Mobilité;Cœur;5 €"));
    CHECK(encoding == QStringLiteral("Windows-1252"));
    const QString text = QStringLiteral("Nom\tSigle\r\nCœur d'Hérault\tCD\r\n");
    QByteArray utf16("\xff\xfe");
    utf16 += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    CHECK(decodeCsvText(utf16, &encoding) == text);
    CHECK(encoding == QStringLiteral("UTF-16"));
}

TEST_CASE("The separator is found among semicolon, comma and tab")
{
    CHECK(detectCsvSeparator(QStringLiteral("Nom;Sigle;Catégorie\r\nCAF de l'Hérault;CAF;CAF\r\n")) == u';');
    CHECK(detectCsvSeparator(QStringLiteral("Nom,Sigle\n\"Vallée, Hérault\",CCVH\n")) == u',');
    CHECK(detectCsvSeparator(QStringLiteral("Nom\tNotes\nCAF\tUne note, avec virgule\n")) == u'\t');
    // a semicolon inside the values does not win over the commas that split every line
    CHECK(detectCsvSeparator(QStringLiteral("Nom,Notes\nCAF,\"a;b;c\"\nCD,x\n")) == u',');
}

TEST_CASE("CSV records follow RFC 4180, and a quote never closed is refused with its line")
{
    const auto rows = parseCsv(QStringLiteral("a;\"b;c\";\"dit \"\"oui\"\"\"\r\n\"deux\nlignes\";;x\r\n\r\nfin"), u';');
    REQUIRE(rows.size() == 4);
    CHECK(texts(rows.at(0)) == QStringList{QStringLiteral("a"), QStringLiteral("b;c"), QStringLiteral("dit \"oui\"")});
    CHECK(rows.at(1).at(0).toString() == QStringLiteral("deux\nlignes"));
    CHECK(rows.at(1).at(1).isNull()); // an empty field is an empty cell
    CHECK(rows.at(2).size() == 1);    // the empty line is kept: lines keep their numbers
    CHECK(rows.at(3).at(0).toString() == QStringLiteral("fin"));
    try {
        (void)parseCsv(QStringLiteral("a;b\nc;\"d\n\ne;f\n"), u';');
        FAIL("an unclosed quote was accepted");
    } catch (const InputError& error) {
        CHECK(error.message().startsWith(QStringLiteral("ligne 2 : un guillemet")));
    }
}

TEST_CASE("The coordinator's table reads the same from the workbook LibreOffice saved and from the CSV files")
{
    const SpreadsheetFile workbook = readSpreadsheetFile(tablePath(QStringLiteral("coordinateur.xlsx")));
    CHECK(workbook.format == SpreadsheetFile::Format::Xlsx);
    CHECK(workbook.sheets.size() == 2);
    const SpreadsheetFile csv = readSpreadsheetFile(tablePath(QStringLiteral("coordinateur-actions.csv")));
    CHECK(csv.format == SpreadsheetFile::Format::Csv);
    CHECK(csv.encoding == QStringLiteral("Windows-1252"));
    CHECK(csv.separator == u';');
    const XlsxSheet& fromWorkbook = workbook.sheet(QStringLiteral("actions")); // case ignored
    const XlsxSheet& fromCsv = csv.sheet({});
    CHECK(fromCsv.name == QStringLiteral("coordinateur-actions"));
    // the title, an empty row, the header, then the rows
    CHECK(fromWorkbook.rows.at(0).at(0).toString() == QStringLiteral("Fiches actions — mise à jour du 15/09/2021"));
    CHECK(fromCsv.rows.at(0).at(0).toString() == QStringLiteral("Fiches actions — mise à jour du 15/09/2021"));
    CHECK(fromWorkbook.rows.at(2).at(0).toString() == QStringLiteral("Intitulé de l'action"));
    CHECK(fromCsv.rows.at(2).at(0).toString() == QStringLiteral("Intitulé de l'action"));
    // a date is a date in the workbook, text in the CSV; both read as the same day
    CHECK(fromWorkbook.rows.at(3).at(6).toDate() == QDate(2019, 9, 1));
    CHECK(fromCsv.rows.at(3).at(6).toString() == QStringLiteral("01/09/2019"));
    CHECK(fromWorkbook.rows.at(3).at(11).toDouble() == 25.0);
    for (int row = 3; row < 14; ++row) {
        INFO("row " << row + 1);
        CHECK(texts(fromWorkbook.rows.at(row)).first(2) == texts(fromCsv.rows.at(row)).first(2));
    }

    const SpreadsheetFile unicode = readSpreadsheetFile(tablePath(QStringLiteral("partenaires-unicode.txt")));
    CHECK(unicode.encoding == QStringLiteral("UTF-16"));
    CHECK(unicode.separator == u'\t');
    CHECK(unicode.sheets.at(0).rows.at(1).at(0).toString() == QStringLiteral("Fondation Agir Contre l'Exclusion"));
    const SpreadsheetFile referents = readSpreadsheetFile(tablePath(QStringLiteral("referents.csv")));
    CHECK(referents.encoding == QStringLiteral("UTF-8"));
    CHECK(referents.separator == u',');
}

TEST_CASE("Files that cannot be read are refused in French, saying what and where")
{
    CHECK(refusal(tablePath(QStringLiteral("bad/guillemet-non-ferme.csv"))) ==
          QStringLiteral("ligne 3 : un guillemet (\") ouvre un champ qui n'est jamais refermé."));
    CHECK(refusal(tablePath(QStringLiteral("bad/classeur-tronque.xlsx"))).contains(QStringLiteral("archive zip")));
    CHECK(refusal(tablePath(QStringLiteral("bad/image.csv"))) ==
          QStringLiteral("Le fichier n'est ni une table CSV ni un classeur Excel (.xlsx)."));
    CHECK(refusal(tablePath(QStringLiteral("absent.csv"))) == QStringLiteral("Le fichier absent.csv n'existe pas."));
    const SpreadsheetFile workbook = readSpreadsheetFile(tablePath(QStringLiteral("coordinateur.xlsx")));
    try {
        (void)workbook.sheet(QStringLiteral("Partenaires"));
        FAIL("a missing sheet was found");
    } catch (const InputError& error) {
        CHECK(error.message() ==
              QStringLiteral(
                  "Le classeur n'a pas de feuille « Partenaires » ; ses feuilles sont « Groupes », « Actions »."));
    }
}

} // namespace pacte_test_exchange_spreadsheet_file_test
