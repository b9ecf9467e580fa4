// The demo COPIL report in each format: Annexe 1 counts, every working group, the page numbering.
#include "common/testutil.h"
#include "domain/enums.h"
#include "reports/reportdata.h"
#include "reports/reportdocument.h"
#include "reports/reportfiles.h"
#include "reports/reportpages.h"
#include "reporttestutil.h"
#include "storage/editionloader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QXmlStreamReader>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_report_formats_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct DemoReport
{
    TempDir dir;
    std::unique_ptr<Database> db;
    ReportData data;
    Report report;

    explicit DemoReport(const std::function<void(ReportScope&)>& adjust = {})
    {
        db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
        ReportScope scope = demoScope(*db);
        if (adjust)
            adjust(scope);
        data = loadReportData(*db, scope);
        auto built = buildReport(data);
        REQUIRE(built.has_value());
        report = *built;
    }

    QString write(const QString& name, ReportFormat format)
    {
        const QString path = dir.path(name);
        REQUIRE(writeReportFile(report, path, format).isEmpty());
        REQUIRE(QFileInfo(path).size() > 0);
        return path;
    }
};

// "réalisée 9": the Annexe 1 table row of each status, as the text reads it.
void checkAnnexeCounts(const QString& text)
{
    CHECK(text.contains(QStringLiteral("38")));
    const QList<QPair<ActionStatus, int>> expected{{ActionStatus::Completed, 9},
                                                   {ActionStatus::Running, 10},
                                                   {ActionStatus::InProgress, 15},
                                                   {ActionStatus::Project, 4}};
    for (const auto& [status, count] : expected) {
        const QRegularExpression row(QRegularExpression::escape(enumLabel(status)) + QStringLiteral(" %1 ").arg(count));
        INFO(enumLabel(status).toStdString() << " " << count);
        CHECK(text.contains(row));
    }
}

void checkEveryGroup(const QString& text, const EditionData& data)
{
    REQUIRE(data.groups.size() == 17);
    for (const auto& group : data.groups) {
        INFO(group.name.toStdString());
        CHECK(text.contains(group.name));
    }
}

} // namespace

TEST_CASE("the demo report's figures are those of Annexe 1", "[reports]")
{
    DemoReport demo;
    CHECK(demo.data.stats.actions == 38);
    CHECK(demo.data.stats.actionsByStatus.value(ActionStatus::Completed) == 9);
    CHECK(demo.data.stats.actionsByStatus.value(ActionStatus::Running) == 10);
    CHECK(demo.data.stats.actionsByStatus.value(ActionStatus::InProgress) == 15);
    CHECK(demo.data.stats.actionsByStatus.value(ActionStatus::Project) == 4);
    CHECK(demo.data.data.groups.size() == 17);
    CHECK_FALSE(demo.report.charts.isEmpty());
    CHECK(demo.report.contentsAnchors.size() >= 7);
}

TEST_CASE("the demo report as PDF: counts, groups, accents and page N / M", "[reports][pdf]")
{
    DemoReport demo;
    const QString path = demo.write(QStringLiteral("rapport.pdf"), ReportFormat::Pdf);
    CHECK(fileBytes(path).startsWith("%PDF-"));
    const int pages = pdfPageCount(path);
    CHECK(pages == ReportPages(demo.report).pageCount());
    CHECK(pages > 5);
    const QString text = pdfText(path);
    checkAnnexeCounts(text);
    checkEveryGroup(text, demo.data.data);
    CHECK(text.contains(QStringLiteral("Cœur d'Hérault – Pic Saint-Loup")));
    CHECK(text.contains(QStringLiteral("Étang de Thau")));
    // French as it is written: one meeting in the singular. The 2017-2021 pact states no COPIL cadence
    // (the 2022-2025 pact does): its missing mid-term COPIL is "none recorded", not judged "not held"
    // (it was until issue 19), and the rule is said to be another pact's.
    CHECK(text.contains(QStringLiteral("réunion tenue "))); // not "réunions tenues"
    CHECK(text.contains(QStringLiteral("COPIL intermédiaire aucun enregistré")));
    CHECK_FALSE(text.contains(QStringLiteral("COPIL intermédiaire non tenu")));
    CHECK(text.contains(QStringLiteral("n'énonce pas")));
    CHECK(text.contains(QStringLiteral("6 partenaires attendus, 6 signatures enregistrées")));
    // A finding on an action names its territory too: two groups « Mobilité » have an action n°1.
    CHECK(text.contains(QStringLiteral("Action n°1 du groupe « Mobilité » Petite Camargue")));
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("page %1 / %2").arg(page).arg(pages)));
    }
    CHECK_FALSE(text.contains(QChar(0x27e6))); // every page token of the contents was filled in
}

TEST_CASE("the contents give the page each section starts on", "[reports][pdf]")
{
    DemoReport demo;
    const ReportPages pages(demo.report);
    const QString path = demo.write(QStringLiteral("rapport.pdf"), ReportFormat::Pdf);
    const QHash<QString, double> positions = pages.headingPositions();
    QString plain;
    for (const auto& part : pages.parts()) {
        if (part.document)
            plain += folded(part.document->toPlainText()) + QLatin1Char(' ');
    }
    int checked = 0;
    for (const auto& part : pages.parts())
        for (QTextBlock block = part.document ? part.document->begin() : QTextBlock(); block.isValid();
             block = block.next()) {
            const int level = block.blockFormat().headingLevel();
            if (level < 1 || level > 2 || block.begin().atEnd())
                continue;
            const QStringList anchors = block.begin().fragment().charFormat().anchorNames();
            if (anchors.isEmpty())
                continue; // the contents' own title
            const int page = pageAt(pages.pages(), positions.value(anchors.constFirst()) + 0.5) + 1;
            INFO(block.text().toStdString() << " on page " << page);
            CHECK(plain.contains(QStringLiteral("%1 %2").arg(folded(block.text())).arg(page)));
            if (level == 1) {
                QProcess pdftotext;
                pdftotext.start(QStringLiteral("pdftotext"),
                                {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                 QString::number(page), path, QStringLiteral("-")});
                REQUIRE(pdftotext.waitForFinished());
                CHECK(folded(QString::fromUtf8(pdftotext.readAllStandardOutput())).contains(folded(block.text())));
            }
            ++checked;
        }
    CHECK(checked == demo.report.contentsAnchors.size());
}

TEST_CASE("the demo report as ODT is an OpenDocument package with the counts and groups", "[reports][odt]")
{
    DemoReport demo;
    const QString path = demo.write(QStringLiteral("rapport.odt"), ReportFormat::Odt);
    REQUIRE(zipIsSound(path));
    CHECK(zipMember(path, QStringLiteral("mimetype")) == "application/vnd.oasis.opendocument.text");
    const QString manifest = QString::fromUtf8(zipMember(path, QStringLiteral("META-INF/manifest.xml")));
    CHECK(manifest.contains(QStringLiteral("content.xml")));
    CHECK(manifest.contains(QStringLiteral("image/png"))); // the charts travel as pictures
    const QString content = QString::fromUtf8(zipMember(path, QStringLiteral("content.xml")));
    // Finished for a word processor: headings in the outline, header rows repeated, cells shaded,
    // a running header and footer with "page N / M".
    CHECK(content.contains(QStringLiteral("<text:h text:style-name=")));
    CHECK(content.count(QStringLiteral("text:outline-level=\"1\"")) >= 5);
    CHECK(content.contains(QStringLiteral("<table:table-header-rows>")));
    CHECK(content.contains(QStringLiteral("fo:keep-with-next=\"always\"")));
    CHECK(content.contains(QStringLiteral("fo:background-color=\"#e4ecf4\""))); // table.grid th
    CHECK(manifest.contains(QStringLiteral("styles.xml")));
    const QString styles = QString::fromUtf8(zipMember(path, QStringLiteral("styles.xml")));
    CHECK(styles.contains(QStringLiteral("<text:page-number")));
    CHECK(styles.contains(QStringLiteral("<text:page-count")));
    CHECK(styles.contains(demo.report.title.toHtmlEscaped()));
    QXmlStreamReader xml(content);
    while (!xml.atEnd())
        xml.readNext();
    CHECK_FALSE(xml.hasError());
    // Column widths in points: ODF knows no "24%", and LibreOffice would make the columns equal.
    CHECK(content.contains(QStringLiteral("style:column-width=\"")));
    CHECK_FALSE(content.contains(QRegularExpression(QStringLiteral("style:column-width=\"[0-9.]+%\""))));
    const QString text = markupText(content);
    checkAnnexeCounts(text);
    checkEveryGroup(text, demo.data.data);
    CHECK_FALSE(text.contains(QChar(0x27e6)));
}

TEST_CASE("the demo report as HTML is one self-contained page", "[reports][html]")
{
    DemoReport demo;
    const QString path = demo.write(QStringLiteral("rapport.html"), ReportFormat::Html);
    const QString html = QString::fromUtf8(fileBytes(path));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\" />")));
    CHECK(html.contains(QStringLiteral("table.grid th"))); // the stylesheet, inline
    CHECK(html.contains(QStringLiteral("src=\"data:image/png;base64,")));
    CHECK_FALSE(html.contains(QStringLiteral("chart:")));
    const QString text = markupText(html);
    checkAnnexeCounts(text);
    checkEveryGroup(text, demo.data.data);
    CHECK_FALSE(text.contains(QChar(0x27e6)));
}

TEST_CASE("a format is chosen by the file's suffix", "[reports]")
{
    CHECK(reportFormatForPath(QStringLiteral("/tmp/r.PDF")) == ReportFormat::Pdf);
    CHECK(reportFormatForPath(QStringLiteral("r.odt")) == ReportFormat::Odt);
    CHECK(reportFormatForPath(QStringLiteral("r.htm")) == ReportFormat::Html);
    CHECK_FALSE(reportFormatForPath(QStringLiteral("r.docx")).has_value());
    CHECK_FALSE(reportFormatForPath(QStringLiteral("rapport")).has_value());
}

} // namespace pacte_test_reports_report_formats_test
