// The whole-edition workbook (libxlsxwriter): read back by our own reader, checked by unzipping, and,
// when LibreOffice is installed, converted to CSV by LibreOffice and compared with our CSV of the same
// tables, and re-saved by LibreOffice and read again.
#include "common/csvtext.h"
#include "common/libreoffice.h"
#include "common/testutil.h"
#include "exchange/csvwriter.h"
#include "exchange/editiontables.h"
#include "exchange/inputerror.h"
#include "exchange/tablefiles.h"
#include "exchange/tableworkbook.h"
#include "exchange/xlsxreader.h"
#include "storage/editionloader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_workbook_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct DemoWorkbook
{
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    Edition edition = findEditionByTitle(*db, QStringLiteral("PTI 2022-2025")).value();
    FixedClock clock{QDateTime(QDate(2024, 6, 14), QTime(9, 0), Qt::UTC)};
    QList<TableData> tables = buildEditionTables(loadEditionTablesSource(*db, edition.id, true));
    QByteArray bytes = writeEditionWorkbook(*db, edition.id);
    QString path = dir.path(QStringLiteral("pti.xlsx"));

    DemoWorkbook() { saveExportFile(path, bytes); }

    QByteArray member(const QString& name) const
    {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, name});
        REQUIRE(unzip.waitForFinished());
        REQUIRE(unzip.exitCode() == 0);
        return unzip.readAllStandardOutput();
    }
};

// What our reader gives back for a cell written from `value`.
QVariant asRead(const QVariant& value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("oui") : QStringLiteral("non");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QString:
        return value.toString().isEmpty() ? QVariant() : value;
    default:
        return value;
    }
}

void checkSameCells(const TableData& table, const XlsxSheet& sheet)
{
    INFO(table.name.toStdString());
    REQUIRE(sheet.rows.size() == table.rows.size() + 1);
    QVariantList header;
    for (const auto& h : table.headers)
        header << h;
    CHECK(sheet.rows.constFirst() == header);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList& written = table.rows.at(r);
        const QVariantList& read = sheet.rows.at(r + 1);
        for (qsizetype c = 0; c < written.size(); ++c) {
            INFO("row " << r + 2 << ", column " << c + 1);
            const QVariant expected = asRead(written.at(c));
            const QVariant actual = c < read.size() ? read.at(c) : QVariant();
            CHECK(actual.typeId() == expected.typeId());
            CHECK(actual == expected);
        }
        CHECK(read.size() <= written.size());
    }
}

} // namespace

TEST_CASE("The edition's workbook holds every table, one sheet each, in French", "[exchange][xlsx]")
{
    DemoWorkbook w;
    const XlsxWorkbook read = readXlsx(w.bytes);
    CHECK(read.sheetNames() ==
          QStringList{QStringLiteral("Partenaires"), QStringLiteral("Personnes"), QStringLiteral("Territoires"),
                      QStringLiteral("Axes et thématiques"), QStringLiteral("Groupes de travail"),
                      QStringLiteral("Actions"), QStringLiteral("Indicateurs"), QStringLiteral("Mesures"),
                      QStringLiteral("Réunions"), QStringLiteral("Financements"), QStringLiteral("Pactes locaux"),
                      QStringLiteral("Priorités territoriales"), QStringLiteral("Constats de gouvernance"),
                      QStringLiteral("Évaluation annuelle")});
    REQUIRE(read.sheets.size() == w.tables.size());
    for (qsizetype i = 0; i < w.tables.size(); ++i)
        checkSameCells(w.tables.at(i), read.sheets.at(i));

    // Dates are dates, numbers numbers: the COPIL of 19 May 2022 and the six territories' groups.
    const XlsxSheet* meetings = read.sheet(QStringLiteral("Réunions"));
    REQUIRE(meetings != nullptr);
    bool copil = false;
    for (const auto& row : meetings->rows)
        copil = copil || (!row.isEmpty() && row.constFirst() == QVariant(QDate(2022, 5, 19)));
    CHECK(copil);
    const XlsxSheet* territories = read.sheet(QStringLiteral("Territoires"));
    REQUIRE(territories->rows.size() == 7);
    CHECK(territories->rows.at(1).at(1).typeId() == QMetaType::Double);
    const XlsxSheet* evaluation = read.sheet(QStringLiteral("Évaluation annuelle"));
    CHECK(evaluation->rows.constFirst() == QVariantList{QStringLiteral("Décompte"), QStringLiteral("2022"),
                                                        QStringLiteral("2023"),
                                                        QStringLiteral("2024")}); // the years begun by 14 June 2024
}

TEST_CASE("The workbook's header is bold and frozen, filtered, its columns fitted", "[exchange][xlsx]")
{
    DemoWorkbook w;
    const QString styles = QString::fromUtf8(w.member(QStringLiteral("xl/styles.xml")));
    CHECK(styles.contains(QStringLiteral("<b/>")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"dd/mm/yyyy\"")));
    for (int sheet = 1; sheet <= 14; ++sheet) {
        INFO("sheet " << sheet);
        const QString xml = QString::fromUtf8(w.member(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
        CHECK(xml.contains(QStringLiteral("ySplit=\"1\"")));
        CHECK(xml.contains(QStringLiteral("state=\"frozen\"")));
        CHECK(xml.contains(QStringLiteral("<autoFilter ref=\"A1:")));
        CHECK(xml.contains(QRegularExpression(QStringLiteral("<c r=\"A1\" s=\"1\""))));
        auto widths = QRegularExpression(QStringLiteral("width=\"([0-9.]+)\"")).globalMatch(xml);
        int count = 0;
        while (widths.hasNext()) {
            CHECK(widths.next().captured(1).toDouble() <= MaxColumnWidth + 1);
            ++count;
        }
        CHECK(count > 0);
    }
    const QString core = QString::fromUtf8(w.member(QStringLiteral("docProps/core.xml")));
    CHECK(core.contains(QStringLiteral("<dc:title>PTI 2022-2025 — Hérault</dc:title>")));
    CHECK(core.contains(QStringLiteral("<dc:creator>testeur</dc:creator>")));
    CHECK(core.contains(QStringLiteral("2024-06-14T09:00:00Z")));
}

TEST_CASE("LibreOffice reads the workbook as we wrote it", "[exchange][xlsx][libreoffice]")
{
    if (sofficePath().isEmpty()) {
        WARN("LibreOffice (soffice) is not installed: the comparison with LibreOffice is skipped.");
        return;
    }
    DemoWorkbook w;
    SECTION("converted to CSV, each sheet is our CSV of the same table")
    {
        const QString out = w.dir.path(QStringLiteral("csv"));
        QDir().mkpath(out);
        const QStringList files = convertWithLibreOffice(w.path, libreOfficeCsvAllSheets(), out);
        REQUIRE(files.size() == w.tables.size());
        for (const auto& table : std::as_const(w.tables)) {
            INFO(table.name.toStdString());
            const QString file = QDir(out).filePath(QStringLiteral("pti-%1.csv").arg(table.name));
            REQUIRE(QFileInfo::exists(file));
            const auto theirs = parseCsv(fileBytes(file), QLatin1Char(';'), false);
            const auto ours = parseCsv(writeCsv(table));
            REQUIRE(theirs.size() == ours.size());
            for (qsizetype r = 0; r < ours.size(); ++r)
                CHECK(theirs.at(r) == ours.at(r));
        }
    }
    SECTION("saved again by LibreOffice, it reads the same (shared strings, its own styles)")
    {
        const QString out = w.dir.path(QStringLiteral("resaved"));
        QDir().mkpath(out);
        const QStringList files = convertWithLibreOffice(w.path, QStringLiteral("xlsx"), out);
        REQUIRE(files.size() == 1);
        const QByteArray resaved = fileBytes(files.constFirst());
        CHECK(resaved != w.bytes);
        const XlsxWorkbook read = readXlsx(resaved);
        REQUIRE(read.sheets.size() == w.tables.size());
        for (qsizetype i = 0; i < w.tables.size(); ++i)
            checkSameCells(w.tables.at(i), read.sheets.at(i));
    }
}

TEST_CASE("The workbook reader refuses what is not a workbook", "[exchange][xlsx]")
{
    for (const QByteArray& bytes : {QByteArray("Nom;Sigle\r\n"), QByteArray("PK\x03\x04 tronqué"), QByteArray()}) {
        try {
            readXlsx(bytes);
            FAIL("accepted");
        } catch (const InputError& error) {
            CHECK(error.message().contains(QStringLiteral("classeur")));
        }
    }
}

} // namespace pacte_test_exchange_workbook_test
