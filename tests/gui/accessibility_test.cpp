// What a screen reader and a low-vision user get (issue #17): every visible control of every section
// has a name Qt's accessibility gives to AT-SPI, the status colours read at 4.5:1 at least, and the
// dashboard's charts have their figures as tables.
#include "app/common/section.h"
#include "app/dashboard/dashboardsection.h"
#include "common/demowindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "reports/statuspalette.h"

#include <cmath>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextEdit>
#include <QToolButton>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_accessibility_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const DemoWindow::Options Demo{DemoWindow::Wait::Active, {}, false};

bool isInteractive(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget);
}

// Parts of Qt's own composite widgets, named through their owner (a spin box's line edit, a
// header, a line edit's clear button, a table's corner button).
bool isQtPart(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    return widget->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<const QHeaderView*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent) ||
           qobject_cast<const QLineEdit*>(parent) || qobject_cast<const QAbstractItemView*>(parent);
}

QString describe(const QWidget* widget)
{
    QString path = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
    for (const QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty()) {
            path += QStringLiteral(" in ") + w->objectName();
            break;
        }
    }
    return path;
}

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG 2.1's relative luminance and contrast ratio.
double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("Every visible control of every section has an accessible name", "[gui][accessibility]")
{
    DemoWindow demo(Demo);
    for (Section* section : demo.window.sections()) {
        demo.window.showSection(section->id());
        QTest::qWait(50); // a list opens its first item once shown
        QStringList unnamed;
        for (QWidget* widget : demo.window.findChildren<QWidget*>()) {
            if (!widget->isVisible() || !isInteractive(widget) || isQtPart(widget))
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << describe(widget);
        }
        INFO(section->objectName().toStdString() << ": " << unnamed.join(QStringLiteral("; ")).toStdString());
        CHECK(unnamed.isEmpty());
    }
}

// A field: what takes a value (not a push button, which its name says enough about).
bool isField(const QWidget* widget)
{
    return isInteractive(widget) && !qobject_cast<const QPushButton*>(widget) &&
           !qobject_cast<const QToolButton*>(widget);
}

TEST_CASE("Every field of every section and editor has a description in French", "[gui][accessibility]")
{
    DemoWindow demo(Demo);
    chooseEdition(demo.window, QStringLiteral("PTI 2017-2021")); // every editor has an item to show
    int described = 0;
    for (Section* section : demo.window.sections()) {
        demo.window.showSection(section->id());
        QTest::qWait(50);
        QStringList undescribed;
        for (QWidget* widget : section->findChildren<QWidget*>()) {
            if (!widget->isVisible() || !isField(widget) || isQtPart(widget))
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            const QString description = accessible ? accessible->text(QAccessible::Description).trimmed() : QString();
            if (description.isEmpty())
                undescribed << describe(widget);
            else
                ++described;
        }
        INFO(section->objectName().toStdString() << ": " << undescribed.join(QStringLiteral("; ")).toStdString());
        CHECK(undescribed.isEmpty());
    }
    CHECK(described > 50);
    // In French: a checklist says how the space bar works.
    auto* partners = showSection(demo.window, QStringLiteral("partnersSection"));
    CHECK(child<QWidget>(partners, QStringLiteral("territoriesList"))
              ->accessibleDescription()
              .contains(QStringLiteral("Espace coche")));
}

TEST_CASE("The status colours read at 4.5:1 on white and on a light window", "[gui][accessibility]")
{
    for (const ActionStatus status : statusOrder()) {
        INFO(statusColour(status).name().toStdString());
        CHECK(contrast(statusColour(status), Qt::white) >= 4.5);
        CHECK(contrast(statusColour(status), QColor(0xef, 0xef, 0xef)) >= 4.5);
    }
}

TEST_CASE("The dashboard's charts have their figures as tables, reached by keyboard", "[gui][accessibility]")
{
    DemoWindow demo(Demo);
    chooseEdition(demo.window, QStringLiteral("PTI 2017-2021")); // one with actions: every chart is shown
    auto* dashboard = showSection(demo.window, QStringLiteral("dashboardSection"));
    qobject_cast<DashboardSection*>(dashboard)->refreshNow();
    auto* button = child<QPushButton>(dashboard, QStringLiteral("showFiguresButton"));
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    REQUIRE(button->isChecked());
    auto* table = child<QTableView>(dashboard, QStringLiteral("statusChartFigures"));
    REQUIRE(waitUntil([table] { return table->hasFocus(); }));
    CHECK(table->isVisible());
    CHECK_FALSE(table->accessibleName().isEmpty());
    REQUIRE(table->model()->rowCount() > 0);
    CHECK(table->model()->columnCount() == 2);
    // Tab goes on to the next chart's table.
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != table);
    CHECK(qobject_cast<QTableView*>(QApplication::focusWidget()) != nullptr);
}

} // namespace pacte_test_gui_accessibility_test
