// The system's dark palette (issue #17): empty check boxes and radio buttons stay visible, and
// banners take dark tones instead of glaring light ones, their text still reading at 4.5:1.
#include "app/common/bannertone.h"
#include "app/common/readablecolour.h"
#include "app/demodatabase.h"
#include "app/mainwindow.h"
#include "common/appearance.h"
#include "common/guitestutil.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QListWidget>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QVBoxLayout>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_darkpalette_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// The highest contrast, against `against`, of the pixels of `image` inside `rect`.
double strongestContrast(const QImage& image, const QRect& rect, const QColor& against)
{
    double strongest = 1.0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (image.rect().contains(x, y))
                strongest = std::max(strongest, contrastRatio(image.pixelColor(x, y), against));
        }
    }
    return strongest;
}

} // namespace

TEST_CASE("Empty check boxes and radio buttons are outlined at 3:1 in a dark palette",
          "[gui][appearance][accessibility]")
{
    const DarkPalette palette;
    const QPalette dark = QApplication::palette();
    CHECK(contrastRatio(controlOutline(dark), dark.color(QPalette::Base)) >= 3.0);
    CHECK(contrastRatio(controlOutline(dark), dark.color(QPalette::Window)) >= 3.0);

    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* box = new QCheckBox(QString(), &window);
    auto* radio = new QRadioButton(QString(), &window);
    auto* list = new QListWidget(&window);
    auto* item = new QListWidgetItem(QString(), list);
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    item->setCheckState(Qt::Unchecked);
    layout->addWidget(box);
    layout->addWidget(radio);
    layout->addWidget(list);
    window.resize(200, 200);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Without text, all a check box or radio button draws is its indicator: its outline must stand
    // out from the window behind it and from the base inside it.
    const QColor base = dark.color(QPalette::Base);
    const QColor background = dark.color(QPalette::Window);
    for (QAbstractButton* button : {static_cast<QAbstractButton*>(box), static_cast<QAbstractButton*>(radio)}) {
        const QImage image = button->grab().toImage();
        INFO(button->metaObject()->className());
        CHECK(strongestContrast(image, image.rect(), base) >= 3.0);
        CHECK(strongestContrast(image, image.rect(), background) >= 3.0);
    }
    // An unchecked, unselected item of a checkable list (territories, members): the same.
    const QImage image = list->viewport()->grab().toImage();
    CHECK(strongestContrast(image, list->visualItemRect(item), base) >= 3.0);
}

TEST_CASE("Banners are dark in a dark palette and their text reads at 4.5:1", "[gui][appearance][accessibility]")
{
    const QPalette light = QApplication::palette();
    const QPalette dark = darkPalette();
    for (const BannerTone tone :
         {BannerTone::Information, BannerTone::Warning, BannerTone::Error, BannerTone::Neutral}) {
        INFO("tone " << int(tone));
        const BannerColours inLight = bannerColours(tone, light);
        const BannerColours inDark = bannerColours(tone, dark);
        CHECK(contrastRatio(inLight.text, inLight.background) >= 4.5);
        CHECK(contrastRatio(inDark.text, inDark.background) >= 4.5);
        // In the dark palette the banner is a dark surface, near the window's own tone.
        CHECK(inDark.background.lightnessF() < 0.3);
        CHECK(contrastRatio(inDark.background, dark.color(QPalette::Window)) < 2.0);
    }

    // The demonstration file's notice, as the window draws it.
    const DarkPalette palette;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(ensureDemoDatabase()));
    auto* notice = child<QWidget>(&window, QStringLiteral("demoNotice"));
    REQUIRE(notice->isVisible());
    const QImage image = notice->grab().toImage();
    const QColor drawn = image.pixelColor(2, notice->height() / 2);
    INFO("drawn " << drawn.name().toStdString());
    CHECK(drawn.lightnessF() < 0.3);
}

TEST_CASE("A switch to the dark palette while Pacte runs darkens its banners and charts, and back",
          "[gui][appearance][accessibility]")
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openFile(ensureDemoDatabase()));
    auto* notice = child<QWidget>(&window, QStringLiteral("demoNotice"));
    REQUIRE(notice->isVisible());
    chooseEdition(window, QStringLiteral("PTI 2017-2021")); // an edition with actions, hence charts
    auto* dashboard = showSection(window, QStringLiteral("dashboardSection"));
    auto* statusChart = child<QChartView>(dashboard, QStringLiteral("statusChart"));
    const auto noticeLightness = [notice] {
        return notice->grab().toImage().pixelColor(2, notice->height() / 2).lightnessF();
    };
    const auto chartTheme = [statusChart] { return statusChart->chart() ? statusChart->chart()->theme() : -1; };
    waitUntil([&] { return chartTheme() == QChart::ChartThemeLight; });
    CHECK(noticeLightness() > 0.7);
    CHECK(chartTheme() == QChart::ChartThemeLight);
    // The indicators' chart is built once, with the section.
    auto* indicators = showSection(window, QStringLiteral("indicatorsSection"));
    auto* indicatorChart = child<QChartView>(indicators, QStringLiteral("indicatorChartView"));
    CHECK(indicatorChart->chart()->theme() == QChart::ChartThemeLight);
    {
        const DarkPalette palette;
        CHECK(waitUntil([&] { return indicatorChart->chart()->theme() == QChart::ChartThemeDark; }));
        showSection(window, QStringLiteral("dashboardSection"));
        CHECK(waitUntil([&] { return chartTheme() == QChart::ChartThemeDark; }));
        CHECK(noticeLightness() < 0.3);
    }
    CHECK(waitUntil([&] { return indicatorChart->chart()->theme() == QChart::ChartThemeLight; }));
    CHECK(waitUntil([&] { return chartTheme() == QChart::ChartThemeLight; }));
    CHECK(waitUntil([&] { return noticeLightness() > 0.7; }));
}

} // namespace pacte_test_gui_darkpalette_test
