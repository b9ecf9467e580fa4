// A word without spaces megabytes long (a pasted identifier, a garbled import) is laid out in
// seconds (issue 23): Qt looked for the end of the word on every line, so the time grew with the
// square of its length (30 s for 1 MB, over five minutes for 10 MB). Bounds are generous: they only
// tell seconds from minutes.
#include "common/testutil.h"
#include "reports/reportdocument.h"
#include "reports/reportfiles.h"
#include "reports/reporthtml.h"
#include "reports/sheetlayout.h"
#include "reporttestutil.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTextDocument>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_reports_long_word_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("An overlong word gets invisible places to end a line, nothing else", "[reports][longword]")
{
    CHECK(breakOverlongWords(QStringLiteral("Lever les freins à l'insertion")) ==
          QStringLiteral("Lever les freins à l'insertion"));
    const QString word(250, QLatin1Char('x'));
    const QString broken = breakOverlongWords(QStringLiteral("début ") + word + QStringLiteral(" fin"));
    CHECK(broken.count(WordBreak) == 2);
    CHECK(QString(broken).remove(WordBreak) == QStringLiteral("début ") + word + QStringLiteral(" fin"));
    // Never between the two halves of a character outside the BMP.
    QString emoji;
    for (int i = 0; i < 150; ++i)
        emoji += QString::fromUtf8("\xf0\x9f\x98\x80");
    const QString brokenEmoji = breakOverlongWords(emoji);
    for (qsizetype i = 0; i < brokenEmoji.size(); ++i) {
        if (brokenEmoji.at(i) == WordBreak)
            CHECK(!brokenEmoji.at(i - 1).isHighSurrogate());
    }
}

TEST_CASE("A 10 MB word in an action sheet is laid out in seconds", "[reports][longword]")
{
    ActionSheet sheet;
    sheet.title = QStringLiteral("Fiche avec un mot démesuré");
    sheet.lines.append({QStringLiteral("Objectifs"), {SheetRun(QString(10 * 1024 * 1024, QLatin1Char('x')))}});
    const SheetStyles look = SheetStyles::read(reportStyleSheet(), reportFont());
    QElapsedTimer timer;
    timer.start();
    const SheetLayout layout(sheet, look, 642, reportLayoutDevice());
    const qint64 elapsed = timer.elapsed();
    INFO(elapsed << " ms");
    CHECK(elapsed < 60000);
    // Every character is there, and the cell runs over thousands of pages.
    CHECK(layout.texts().at(2).size() >= 10 * 1024 * 1024);
    CHECK(layout.height() > 1000 * 930);
}

TEST_CASE("A 10 MB word in the report's rich text is laid out in seconds", "[reports][longword]")
{
    QTextDocument document;
    document.setDefaultFont(reportFont());
    document.setTextWidth(642);
    document.setHtml(QStringLiteral("<p>%1</p>").arg(escaped(QString(10 * 1024 * 1024, QLatin1Char('y')))));
    QElapsedTimer timer;
    timer.start();
    const double height = document.size().height(); // lays the document out
    const qint64 elapsed = timer.elapsed();
    INFO(elapsed << " ms");
    CHECK(elapsed < 60000);
    CHECK(height > 1000 * 930);
}

} // namespace pacte_test_reports_long_word_test
