// The window as people with other settings see it (issue #17): every label and column title whole at
// 1366×768 in French and in English, and at 200 % text; coloured texts readable in a dark palette;
// the window's geometry and splitters kept from one start to the next.
#include "app/common/readablecolour.h"
#include "app/common/section.h"
#include "app/mainwindow.h"
#include "common/appearance.h"
#include "common/demowindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/translations.h"
#include "reports/statuspalette.h"

#include <algorithm>

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_appearance_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const DemoWindow::Options Demo{DemoWindow::Wait::Shown, QStringLiteral("PTI 2017-2021"), true};

// The labels of `section` shown cut: narrower than their text and not wrapping it.
QStringList cutLabels(QWidget* section)
{
    QStringList cut;
    for (const QLabel* label : section->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        if (label->width() < label->minimumSizeHint().width())
            cut << QStringLiteral("%1 \"%2\" %3 < %4")
                       .arg(label->objectName(), label->text())
                       .arg(label->width())
                       .arg(label->minimumSizeHint().width());
    }
    return cut;
}

// The column titles of the section's visible lists that are wider than their column.
QStringList cutHeaders(QWidget* section)
{
    QStringList cut;
    for (auto* table : section->findChildren<QTableView*>()) {
        if (!table->isVisible())
            continue;
        const QHeaderView* header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            int width = 0; // a title may take two lines (the coverage grid's territories)
            for (const QString& line : title.split(QLatin1Char('\n')))
                width = std::max(width, header->fontMetrics().horizontalAdvance(line));
            if (header->sectionSize(column) < width + 8)
                cut << QStringLiteral("%1 \"%2\"").arg(table->objectName(), title);
        }
    }
    return cut;
}

void checkEverySectionWhole(const char* variant)
{
    DemoWindow demo(Demo);
    for (Section* section : demo.window.sections()) {
        demo.window.showSection(section->id());
        QTest::qWait(60); // a list opens its first item, then shares its columns, once shown
        INFO(variant << " " << section->objectName().toStdString());
        CHECK(demo.window.width() <= 1366);
        CHECK(demo.window.height() <= 768);
        // The filters and buttons above a list fit without scrolling sideways (they may at 200 %).
        if (auto* filters = section->findChild<QScrollArea*>(QStringLiteral("filterBarArea")))
            CHECK(filters->horizontalScrollBar()->maximum() == 0);
        // Forms fit their labels once their layout has settled, later on a loaded machine.
        waitUntil([section] { return cutLabels(section).isEmpty(); });
        const QStringList labels = cutLabels(section);
        INFO("cut labels: " << labels.join(QStringLiteral("; ")).toStdString());
        CHECK(labels.isEmpty());
        const QStringList headers = cutHeaders(section);
        INFO("cut column titles: " << headers.join(QStringLiteral("; ")).toStdString());
        CHECK(headers.isEmpty());
    }
}

} // namespace

TEST_CASE("Every label and column title is whole at 1366x768 in French and in English", "[gui][appearance]")
{
    checkEverySectionWhole("fr");
    installTranslations(QStringLiteral("en"));
    checkEverySectionWhole("en");
    installTranslations(QStringLiteral("fr"));
}

TEST_CASE("The dashboard's tiles take one row at 1366 pixels and wrap at 200 % text", "[gui][appearance]")
{
    // The rows the tiles take once laid out at the window's width: the grid as wide as the dashboard's
    // scrolled page gives it (before that, at a widget's first 100 pixels, the tiles take several rows),
    // and the same rows for 100 ms (the grid reflows in a resize, its height follows queued).
    const auto rows = [] {
        DemoWindow demo(Demo);
        auto* dashboard = showSection(demo.window, QStringLiteral("dashboardSection"));
        auto* grid = child<QWidget>(dashboard, QStringLiteral("dashboardTiles"));
        auto* scroll = child<QScrollArea>(dashboard, QStringLiteral("dashboardScroll"));
        const auto count = [grid] {
            QSet<int> tops;
            for (const QWidget* tile : grid->findChildren<QPushButton*>())
                tops.insert(tile->y());
            return int(tops.size());
        };
        const auto placed = [grid, scroll] {
            const QWidget* page = grid->parentWidget();
            return page->width() == scroll->viewport()->width() &&
                   grid->width() == page->layout()->contentsRect().width();
        };
        int last = -1;
        QElapsedTimer same;
        const bool settled = waitUntil([&] {
            const int now = placed() ? count() : -1;
            if (now != last || now < 0)
                same.start();
            last = now;
            return now >= 0 && same.elapsed() >= 100;
        });
        INFO("grid " << grid->width() << " px in a page of " << grid->parentWidget()->width() << " px, viewport "
                     << scroll->viewport()->width() << " px");
        CHECK(settled);
        return count();
    };
    CHECK(rows() == 1);
    const LargeText large(2.0);
    CHECK(rows() > 1);
}

TEST_CASE("At 200 % text the window stays within 1366x768 and no label is cut", "[gui][appearance]")
{
    const LargeText large(2.0);
    DemoWindow demo(Demo);
    for (Section* section : demo.window.sections()) {
        demo.window.showSection(section->id());
        QTest::qWait(60);
        INFO(section->objectName().toStdString() << " " << demo.window.width() << "x" << demo.window.height());
        CHECK(demo.window.width() <= 1366);
        CHECK(demo.window.height() <= 768);
        // Forms fit their labels once their layout has settled, later on a loaded machine.
        waitUntil([section] { return cutLabels(section).isEmpty(); });
        const QStringList labels = cutLabels(section);
        INFO("cut labels: " << labels.join(QStringLiteral("; ")).toStdString());
        CHECK(labels.isEmpty());
    }
}

TEST_CASE("The status colours read at 4.5:1 in a dark palette too", "[gui][appearance][accessibility]")
{
    const QPalette dark = darkPalette();
    for (const QColor background : {dark.color(QPalette::Base), dark.color(QPalette::Window)}) {
        for (const ActionStatus status : statusOrder()) {
            const QColor shown = readableOn(statusColour(status), background);
            INFO(statusColour(status).name().toStdString()
                 << " shown " << shown.name().toStdString() << " on " << background.name().toStdString());
            CHECK(contrastRatio(shown, background) >= 4.5);
        }
    }
    // On white the colours are kept as they are.
    for (const ActionStatus status : statusOrder())
        CHECK(readableOn(statusColour(status), Qt::white) == statusColour(status));
}

TEST_CASE("Every coloured text of every list reads at 4.5:1 in a dark palette", "[gui][appearance][accessibility]")
{
    const DarkPalette palette;
    DemoWindow demo(Demo);
    const QColor base = QApplication::palette().color(QPalette::Base);
    int coloured = 0;
    for (Section* section : demo.window.sections()) {
        demo.window.showSection(section->id());
        QTest::qWait(30);
        for (const QAbstractItemView* view : section->findChildren<QAbstractItemView*>()) {
            const QAbstractItemModel* model = view->model();
            if (!view->isVisible() || !model)
                continue;
            for (int row = 0; row < std::min(model->rowCount(), 60); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QVariant foreground = model->index(row, column).data(Qt::ForegroundRole);
                    if (!foreground.isValid())
                        continue;
                    const QColor colour = foreground.typeId() == QMetaType::QBrush ? foreground.value<QBrush>().color()
                                                                                   : foreground.value<QColor>();
                    ++coloured;
                    INFO(section->objectName().toStdString()
                         << " " << view->objectName().toStdString() << " row " << row << " column " << column << " "
                         << colour.name().toStdString());
                    CHECK(contrastRatio(colour, base) >= 4.5);
                }
            }
        }
    }
    CHECK(coloured > 0);
}

TEST_CASE("The window's geometry and splitters are kept for the next start", "[gui][appearance][geometry]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    QList<int> mainSizes;
    QList<int> partnerSizes;
    QSize size;
    {
        MainWindow window;
        window.resize(1200, 700);
        window.show();
        REQUIRE(window.openFile(path));
        auto* section = showSection(window, QStringLiteral("partnersSection"));
        QTest::qWait(30);
        auto* main = child<QSplitter>(&window, QStringLiteral("mainSplitter"));
        main->setSizes({300, main->width() - 300 - main->handleWidth()});
        auto* partners = child<QSplitter>(section, QStringLiteral("partnersSplitter"));
        partners->setSizes({400, partners->width() - 400 - partners->handleWidth()});
        QApplication::processEvents();
        mainSizes = main->sizes();
        partnerSizes = partners->sizes();
        size = window.size();
        window.close();
    }
    MainWindow again;
    again.showAsSaved();
    REQUIRE(again.openFile(path));
    auto* section = showSection(again, QStringLiteral("partnersSection"));
    QTest::qWait(30);
    CHECK(again.size() == size);
    CHECK(child<QSplitter>(&again, QStringLiteral("mainSplitter"))->sizes() == mainSizes);
    CHECK(child<QSplitter>(section, QStringLiteral("partnersSplitter"))->sizes() == partnerSizes);
    QSettings().remove(QStringLiteral("window"));
    QSettings().remove(QStringLiteral("sections"));
}

} // namespace pacte_test_gui_appearance_test
