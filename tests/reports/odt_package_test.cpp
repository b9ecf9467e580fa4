// Finishing Qt's OpenDocument package (odtpackage.h): what a bad package gives, and headings
// matched to their blocks.
#include "reports/odtpackage.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

using namespace pacte;

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
