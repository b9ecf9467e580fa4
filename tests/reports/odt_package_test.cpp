// Finishing Qt's OpenDocument package (odtpackage.h): what a bad package gives, and headings
// matched to their blocks.
#include "common/testutil.h"
#include "reports/odtpackage.h"
#include "reporttestutil.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_odt_package_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QByteArray qtOdt(QTextDocument& document)
{
    QBuffer buffer;
    QTextDocumentWriter writer(&buffer, "odf");
    REQUIRE(writer.write(&document));
    return buffer.data();
}

} // namespace

TEST_CASE("a package that cannot be read is refused with a reason, and nothing is made", "[reports][odt]")
{
    OdtFinish finish;
    QString error;
    CHECK(finishOdt(QByteArray("not a zip at all"), finish, &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK(finishOdt(QByteArray(), finish, &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("headings become outline headings, a table's header rows repeat, the footer counts pages", "[reports][odt]")
{
    QTextDocument document;
    document.setHtml(QStringLiteral("<h1>Synthèse</h1><p>Texte.</p><h2>Par statut</h2>"
                                    "<table><thead><tr><th bgcolor=\"#e4ecf4\">Statut</th></tr></thead>"
                                    "<tbody><tr><td>réalisée</td></tr></tbody></table><p>Fin.</p>"));
    OdtFinish finish;
    finish.headerLeft = QStringLiteral("PTI 2017-2021 — Hérault");
    finish.footerLeft = QStringLiteral("Pacte — 28 novembre 2026");
    finish.pageText = QStringLiteral("page %1 / %2");
    describeStructure(document, finish);
    CHECK(finish.headingLevels.value(0) == 1);
    REQUIRE(finish.tableHeaderRows.size() == 1);
    CHECK(finish.tableHeaderRows.first() == 1);
    QString error;
    const QByteArray finished = finishOdt(qtOdt(document), finish, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(finished.isEmpty());
    CHECK(finished.startsWith("PK"));
    // Read back through Qt's own writer output checks: the members are there.
    CHECK(finished.contains("styles.xml"));
    CHECK(finished.contains("content.xml"));
    CHECK(finished.indexOf("mimetype") < finished.indexOf("content.xml")); // mimetype stays first
}

TEST_CASE("cell backgrounds follow their cells across merged cells and Qt's one cell per paragraph", "[reports][odt]")
{
    QTextDocument document;
    document.setHtml(QStringLiteral(
        "<table><tr><td colspan=\"2\" bgcolor=\"#ff0000\">rouge</td><td bgcolor=\"#00ff00\">vert</td></tr>"
        "<tr><td><p>un</p><p>deux</p></td><td>blanc</td><td bgcolor=\"#0000ff\">bleu</td></tr></table>"));
    OdtFinish finish;
    finish.pageText = QStringLiteral("page %1 / %2");
    describeStructure(document, finish);
    QString error;
    const QByteArray finished = finishOdt(qtOdt(document), finish, &error);
    REQUIRE_FALSE(finished.isEmpty());
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cells.odt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(finished);
    file.close();
    REQUIRE(zipIsSound(path));
    const QString content = QString::fromUtf8(zipMember(path, QStringLiteral("content.xml")));
    CHECK(content.contains(QStringLiteral("<office:document-content"))); // its own prefix kept
    // The style each cell names, and the background that style gives.
    const auto backgroundOf = [&](const QString& word) {
        const auto at = content.indexOf(QStringLiteral(">%1<").arg(word));
        const auto cell = content.lastIndexOf(QStringLiteral("<table:table-cell"), at);
        const QRegularExpression styleName(QStringLiteral("table:style-name=\"([^\"]+)\""));
        const QString style = styleName.match(content.mid(cell, at - cell)).captured(1);
        const auto definition = content.indexOf(QStringLiteral("style:name=\"%1\"").arg(style));
        const QRegularExpression colour(
            QStringLiteral("^[^>]*>\\s*<style:table-cell-properties[^>]*background-color=\"(#[0-9a-f]+)\""));
        return colour.match(content.mid(definition)).captured(1);
    };
    CHECK(backgroundOf(QStringLiteral("rouge")) == QStringLiteral("#ff0000"));
    CHECK(backgroundOf(QStringLiteral("vert")) == QStringLiteral("#00ff00"));
    CHECK(backgroundOf(QStringLiteral("blanc")).isEmpty());
    CHECK(backgroundOf(QStringLiteral("bleu")) == QStringLiteral("#0000ff"));
}

} // namespace pacte_test_reports_odt_package_test
