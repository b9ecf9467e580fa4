// The dialogs as a screen reader and a keyboard user get them (issue #17): every dialog that a menu
// entry or a button ending in "…" opens names each of its controls, describes each of its fields,
// and lets Tab reach every field. Qt's own file, print and message dialogs are Qt's to name.
#include "app/common/section.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPushButton>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_dialogs_a11y_test {

using namespace pacte;
using namespace pacte::test;

namespace {

bool isInteractive(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget);
}

bool isField(const QWidget* widget)
{
    return isInteractive(widget) && !qobject_cast<const QPushButton*>(widget) &&
           !qobject_cast<const QToolButton*>(widget);
}

// Parts of Qt's composite widgets, named through their owner.
bool isQtPart(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    return widget->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<const QHeaderView*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent) ||
           qobject_cast<const QLineEdit*>(parent) || qobject_cast<const QAbstractItemView*>(parent);
}

bool isQtDialog(const QWidget* window)
{
    return qobject_cast<const QFileDialog*>(window) || qobject_cast<const QMessageBox*>(window) ||
           qobject_cast<const QPrintDialog*>(window) || window->inherits("QPageSetupDialog") ||
           window->inherits("QPrintPreviewDialog");
}

QString describe(const QWidget* widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
}

// What is wrong with `window` for a screen reader or a keyboard: unnamed controls, undescribed
// fields, fields Tab never reaches.
QStringList problemsOf(QWidget* window)
{
    QStringList problems;
    QList<QWidget*> fields;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || !isInteractive(widget) || isQtPart(widget))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems << QStringLiteral("no name: ") + describe(widget);
        if (!isField(widget))
            continue;
        if (!accessible || accessible->text(QAccessible::Description).trimmed().isEmpty())
            problems << QStringLiteral("no description: ") + describe(widget);
        if (widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus))
            fields << widget;
    }
    // Tab from the first field, round the dialog: every field is reached.
    QSet<QWidget*> reached;
    window->activateWindow();
    (void)QTest::qWaitForWindowActive(window);
    if (!fields.isEmpty()) {
        fields.first()->setFocus(Qt::TabFocusReason);
        waitUntil([&] { return QApplication::focusWidget() && window->isAncestorOf(QApplication::focusWidget()); });
    }
    for (int step = 0; step < 3 * int(window->findChildren<QWidget*>().size()) && !fields.isEmpty(); ++step) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus)
            break;
        for (QWidget* w = focus; w && w != window; w = w->parentWidget())
            reached.insert(w);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (QWidget* field : std::as_const(fields)) {
        if (!reached.contains(field))
            problems << QStringLiteral("not reached by Tab: ") + describe(field);
    }
    return problems;
}

// Triggers `open` and inspects the window it opens (modal or not), then closes it. Returns the
// window's class and title, or an empty string when nothing opened.
QString inspectWhatOpens(const std::function<void()>& open, QStringList& problems)
{
    const QWidgetList before = QApplication::topLevelWidgets();
    QString seen;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (before.contains(window) || !window->isVisible() || window->inherits("QMenu") ||
                window->inherits("QTipLabel") || !seen.isEmpty())
                continue;
            seen = QString::fromLatin1(window->metaObject()->className()) + QStringLiteral(" « ") +
                   window->windowTitle() + QStringLiteral(" »");
            if (!isQtDialog(window)) {
                for (const QString& problem : problemsOf(window))
                    problems << seen + QStringLiteral(": ") + problem;
            }
            if (auto* dialog = qobject_cast<QDialog*>(window))
                dialog->reject();
            else
                window->close();
            return;
        }
    });
    poll.start();
    open();
    waitUntil([&] { return !seen.isEmpty(); });
    poll.stop();
    // A dialog may follow the first (a file dialog, then its own): close what is still open.
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (!before.contains(window) && window->isVisible() && !window->inherits("QMenu"))
            window->close();
    }
    return seen;
}

void collectActions(const QList<QAction*>& actions, QList<QAction*>& into)
{
    for (QAction* action : actions) {
        if (action->menu())
            collectActions(action->menu()->actions(), into);
        else if (!action->isSeparator())
            into << action;
    }
}

} // namespace

TEST_CASE("Every dialog of the menus and sections names and describes its controls, all reached by Tab",
          "[gui][accessibility][dialogs]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openFile(path));
    chooseEdition(window, QStringLiteral("PTI 2017-2021"));

    QStringList problems;
    QStringList opened;
    const QChar ellipsis(0x2026);
    QList<QAction*> actions;
    collectActions(window.menuBar()->actions(), actions);
    for (QAction* action : std::as_const(actions)) {
        if (!action->isEnabled() || !action->text().endsWith(ellipsis))
            continue;
        // "Find…" and "Delete the item…" (nothing selected on the dashboard) open nothing here.
        if (const QString seen = inspectWhatOpens([action] { action->trigger(); }, problems); !seen.isEmpty())
            opened << seen;
    }
    for (Section* section : window.sections()) {
        window.showSection(section->id());
        QTest::qWait(50);
        for (QPushButton* button : section->findChildren<QPushButton*>()) {
            if (!button->isVisible() || !button->isEnabled() || !button->text().endsWith(ellipsis))
                continue;
            if (const QString seen = inspectWhatOpens([button] { button->click(); }, problems); !seen.isEmpty())
                opened << seen;
        }
    }
    INFO("opened: " << opened.join(QStringLiteral("; ")).toStdString());
    INFO("problems:\n" << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(opened.size() > 20);
    CHECK(opened.join(QLatin1Char(' ')).contains(QLatin1String("ReportDialog")));
    CHECK(opened.join(QLatin1Char(' ')).contains(QLatin1String("PreferencesDialog")));
    CHECK(problems.isEmpty());
    // Nothing was changed by opening and cancelling every dialog.
    CHECK_FALSE(window.isWindowModified());
}

} // namespace pacte_test_gui_dialogs_a11y_test
