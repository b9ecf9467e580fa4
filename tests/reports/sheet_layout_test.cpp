// Action sheets laid out on their own (sheetlayout.h): the stylesheet's look, where pages may end in
// a sheet, and a sheet longer than a page on paper.
#include "common/testutil.h"
#include "reports/reportdocument.h"
#include "reports/reportfiles.h"
#include "reports/reporthtml.h"
#include "reports/reportpages.h"
#include "reports/sheetlayout.h"
#include "reporttestutil.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include <QFileInfo>
#include <QProcess>
#include <QTextDocument>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_sheet_layout_test {

using namespace pacte;
using namespace pacte::test;

namespace {

constexpr double Width = 642;
constexpr double PageHeight = 930;

ActionSheet shortSheet()
{
    ActionSheet sheet;
    sheet.title = QStringLiteral("Réseau de référents illettrisme");
    sheet.lines.append(
        {QStringLiteral("Groupe de travail"), {SheetRun(QStringLiteral("Illettrisme (Montpelliérain)"))}});
    sheet.lines.append({QStringLiteral("Statut"),
                        {SheetRun(QStringLiteral("\u25a0"), SheetStyle::Body, Qt::darkGreen),
                         SheetRun(QStringLiteral(" ")), SheetRun(QStringLiteral("réalisée"), SheetStyle::Strong)}});
    sheet.lines.append(
        {QStringLiteral("À renseigner"), {SheetRun(QStringLiteral("Publics ciblés"), SheetStyle::Missing)}});
    sheet.indicatorHeaders = {QStringLiteral("Indicateur"), QStringLiteral("Type"), QStringLiteral("Cible"),
                              QStringLiteral("Dernière valeur")};
    sheet.indicatorWidths = {46, 18, 16, 20};
    sheet.indicators.append({SheetCell({SheetRun(QStringLiteral("Nombre de participants"))}),
                             SheetCell({SheetRun(QStringLiteral("réalisation"))}),
                             SheetCell({SheetRun(QStringLiteral("85 personnes"))}, true),
                             SheetCell({SheetRun(QStringLiteral("94 personnes\n")),
                                        SheetRun(QStringLiteral("31 décembre 2024"), SheetStyle::Small)},
                                       true)});
    return sheet;
}

// Objectives three pages long, and 80 indicators.
ActionSheet longSheet()
{
    ActionSheet sheet = shortSheet();
    QStringList paragraphs;
    for (int i = 1; i <= 180; ++i)
        paragraphs << QStringLiteral("Objectif détaillé numéro %1 : lever les freins à l'insertion.").arg(i);
    sheet.lines.insert(2, {QStringLiteral("Objectifs"), {SheetRun(paragraphs.join(QLatin1Char('\n')))}});
    for (int i = 2; i <= 80; ++i)
        sheet.indicators.append({SheetCell({SheetRun(QStringLiteral("Indicateur numéro %1").arg(i))}),
                                 SheetCell({SheetRun(QStringLiteral("résultat / effet"))}),
                                 SheetCell({SheetRun(QStringLiteral("%1 %").arg(i))}, true),
                                 SheetCell({SheetRun(missingText(), SheetStyle::Missing)}, true)});
    return sheet;
}

SheetStyles styles()
{
    return SheetStyles::read(reportStyleSheet(), reportFont());
}

} // namespace

TEST_CASE("the sheets take their look from the report stylesheet", "[reports][sheets]")
{
    const SheetStyles look = styles();
    CHECK(look.label.background == QColor(0xf2, 0xf5, 0xf8)); // table.sheet td.label
    CHECK(look.label.text.font.bold());
    CHECK(look.label.text.font.pointSizeF() == Approx(8.5));
    CHECK(look.value.text.font.pointSizeF() == Approx(9.5));
    CHECK(look.value.border == QColor(0xcf, 0xd9, 0xe3));
    CHECK(look.value.padding == Approx(4));
    CHECK(look.header.background == QColor(0xee, 0xf2, 0xf6)); // table.indicators th
    CHECK(look.header.border == QColor(0xb6, 0xc6, 0xd6));
    CHECK(look.number.alignment == Qt::AlignRight);
    CHECK(look.runs.at(static_cast<size_t>(SheetStyle::Missing)).font.italic());
    CHECK(look.runs.at(static_cast<size_t>(SheetStyle::Missing)).colour == QColor(0x9a, 0xa5, 0xb1));
    CHECK(look.runs.at(static_cast<size_t>(SheetStyle::Tag)).colour == QColor(0x7c, 0x2d, 0x12));
    CHECK(look.runs.at(static_cast<size_t>(SheetStyle::Strong)).font.bold());
    CHECK(look.runs.at(static_cast<size_t>(SheetStyle::Small)).font.pointSizeF() == Approx(8));
    CHECK(look.heading.font.bold());
    CHECK(look.headingTop == Approx(14));
    CHECK(look.tableBottom == Approx(10));
}

TEST_CASE("a sheet that fits on a page is only cut above its title", "[reports][sheets]")
{
    const SheetStyles look = styles();
    const SheetLayout sheet(shortSheet(), look, Width, reportLayoutDevice());
    CHECK(sheet.height() > 100);
    CHECK(sheet.height() < PageHeight / 2);
    const QList<PageCut> cuts = sheet.cuts(PageHeight);
    REQUIRE(cuts.size() == 1);
    CHECK(cuts.constFirst().y < look.headingTop);
    CHECK(sheet.texts().contains(QStringLiteral("31 décembre 2024").prepend(QStringLiteral("94 personnes\u2028"))));
}

TEST_CASE("a sheet longer than a page is cut between rows and lines, the indicators' header repeated",
          "[reports][sheets]")
{
    const SheetStyles look = styles();
    const SheetLayout sheet(longSheet(), look, Width, reportLayoutDevice());
    REQUIRE(sheet.height() > 3 * PageHeight);
    const QList<PageSlice> pages = paginate({ReportPart{nullptr, sheet.extent(0, PageHeight), 0}}, PageHeight);
    REQUIRE(pages.size() >= 4);
    double covered = 0;
    bool repeatedHeader = false;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PageSlice& page = pages.at(i);
        INFO("page " << i + 1);
        CHECK(page.top == Approx(covered).margin(0.01)); // nothing skipped, nothing twice
        CHECK(page.bottom > page.top + PageHeight / 4);  // no page left nearly empty
        CHECK(page.bottom - page.top + page.headerHeight() <= PageHeight + 0.01);
        repeatedHeader = repeatedHeader || page.headerHeight() > 0;
        covered = page.bottom;
    }
    CHECK(covered == Approx(sheet.height()));
    CHECK(repeatedHeader);
    // The title stays with the first row: the first page ends well below it.
    CHECK(pages.constFirst().bottom > look.headingTop + 60);
}

TEST_CASE("pages end only where the sheet allows, even when its first row is longer than a page", "[reports][sheets]")
{
    const SheetStyles look = styles();
    ActionSheet long1 = longSheet();
    long1.lines.move(2, 0); // the objectives first, right under the title
    for (const ActionSheet& content : {longSheet(), long1}) {
        const SheetLayout sheet(content, look, Width, reportLayoutDevice());
        QList<double> allowed{sheet.height()};
        for (const PageCut& cut : sheet.cuts(PageHeight))
            allowed << cut.y;
        const QList<PageSlice> pages = paginate({ReportPart{nullptr, sheet.extent(0, PageHeight), 0}}, PageHeight);
        REQUIRE(pages.size() >= 4);
        for (const PageSlice& page : pages) {
            INFO("a page ends at " << page.bottom);
            CHECK(std::any_of(allowed.cbegin(), allowed.cend(),
                              [&](double y) { return std::abs(y - page.bottom) < 0.01; }));
        }
    }
}

TEST_CASE("a long sheet on paper: every line and every indicator, the header on each page", "[reports][sheets][pdf]")
{
    TempDir dir;
    Report report;
    report.title = QStringLiteral("PTI — test");
    report.date = QDate(2026, 11, 28);
    report.sheets = {longSheet()};
    report.html = QLatin1String(SheetMark) + QStringLiteral("0-->") + sheetHtml(report.sheets.constFirst());
    const QString path = dir.path(QStringLiteral("fiche.pdf"));
    REQUIRE(writeReportFile(report, path, ReportFormat::Pdf).isEmpty());
    if (qEnvironmentVariableIsSet("PACTE_GRAB_DIR")) // to look at it
        QFile::copy(path, qEnvironmentVariable("PACTE_GRAB_DIR") + QStringLiteral("/long-sheet.pdf"));
    const int pages = pdfPageCount(path);
    CHECK(pages == ReportPages(report).pageCount());
    CHECK(pages >= 4);
    const QString text = pdfText(path);
    // Every line once: what the clip hides at a page's end is not in the PDF's text either.
    CHECK(text.count(QStringLiteral("Réseau de référents illettrisme")) == 1);
    for (int i = 1; i <= 180; ++i) {
        INFO("objective " << i);
        CHECK(text.count(QStringLiteral("Objectif détaillé numéro %1 :").arg(i)) == 1);
    }
    for (int i = 2; i <= 80; ++i) {
        INFO("indicator " << i);
        CHECK(text.count(QStringLiteral("Indicateur numéro %1 résultat").arg(i)) == 1);
    }
    CHECK(text.count(QStringLiteral("Nombre de participants")) == 1);
    CHECK(text.count(QStringLiteral("31 décembre 2024")) == 1);
    CHECK(text.count(QStringLiteral("Dernière valeur")) >= 2); // the indicators' header, repeated
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("page %1 / %2").arg(page).arg(pages)));
}

TEST_CASE("a part is a sheet only after a well-formed mark naming one of the report's sheets", "[reports][sheets]")
{
    Report report;
    report.title = QStringLiteral("PTI — test");
    report.sheets = {shortSheet()};
    const QString html = sheetHtml(report.sheets.constFirst());
    for (const QString& mark : {QStringLiteral("<!--pacte:sheet:0-->"), QStringLiteral("<!--pacte:sheet:x-->"),
                                QStringLiteral("<!--pacte:sheet:7-->"), QStringLiteral("<!--pacte:sheet:-->")}) {
        INFO(mark.toStdString());
        report.html = mark + html;
        const ReportPages pages(report);
        REQUIRE(pages.parts().size() == 1);
        const bool wellFormed = mark == QLatin1String("<!--pacte:sheet:0-->");
        CHECK(pages.parts().constFirst().sheet.has_value() == wellFormed);
        // Otherwise the part's own HTML is laid out: nothing is lost.
        CHECK((pages.parts().constFirst().document != nullptr) == !wellFormed);
        if (!wellFormed)
            CHECK(pages.parts().constFirst().document->toPlainText().contains(QStringLiteral("Réseau de référents")));
    }
}

TEST_CASE("a heading that ends the part before a sheet goes to the next page with the sheet", "[reports][sheets]")
{
    Report report;
    report.title = QStringLiteral("PTI — test");
    report.sheets = {shortSheet()};
    int checked = 0;
    // However many lines come before, the heading "Étang de Thau" shares the sheet's page.
    for (int lines = 20; lines <= 70; lines += 2) {
        QString filler;
        for (int i = 0; i < lines; ++i)
            filler += QStringLiteral("<p>Ligne %1 du texte qui précède.</p>\n").arg(i);
        report.html = filler + QStringLiteral("<h2><a name=\"t\">Étang de Thau</a></h2>\n") + QLatin1String(PartMark) +
                      QLatin1String(SheetMark) + QStringLiteral("0-->") + sheetHtml(report.sheets.constFirst());
        const ReportPages pages(report);
        REQUIRE(pages.parts().size() == 2);
        const ReportPart& sheet = pages.parts().at(1);
        REQUIRE(sheet.sheet.has_value());
        const int headingPage = pageAt(pages.pages(), pages.headingPositions().value(QStringLiteral("t")) + 0.5);
        const int sheetPage = pageAt(pages.pages(), sheet.top + sheet.height() / 2);
        INFO(lines << " lines: heading on page " << headingPage + 1 << ", sheet on page " << sheetPage + 1);
        CHECK(headingPage == sheetPage);
        checked += pages.pageCount() > 1 ? 1 : 0;
    }
    CHECK(checked > 0); // some of them needed a second page
}

TEST_CASE("French spaces keep guillemets and colons on their word's line", "[reports][sheets]")
{
    const QString nbsp(QChar(0x00a0));
    CHECK(withFrenchSpaces(QStringLiteral("groupe « Mobilité » : bilan ; fin ! ok ?")) ==
          QStringLiteral("groupe «%1Mobilité%1»%1: bilan%1; fin%1! ok%1?").arg(nbsp));
    CHECK(escaped(QStringLiteral("« A & B »")) == QStringLiteral("«%1A &amp; B%1»").arg(nbsp));
    // In a sheet's layout too, the runs keeping their lengths (their formats are ranges).
    const SheetText runs{SheetRun(QStringLiteral("Action « ")),
                         SheetRun(QStringLiteral("Mobilité"), SheetStyle::Strong), SheetRun(QStringLiteral(" » :"))};
    const QString plain = sheetTextPlain(runs);
    CHECK(plain == QStringLiteral("Action «%1Mobilité%1»%1:").arg(nbsp));
}

} // namespace pacte_test_reports_sheet_layout_test
