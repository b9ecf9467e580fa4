// The keyboard as the guide and the menus advertise it: one owner for each shortcut (Ctrl+Maj+Z and
// Ctrl+Y redo), and the edition selector safe from stray keys (issue #22).
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/repository.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QShortcut>
#include <QTimer>

using namespace pacte;
using namespace pacte::test;

namespace {

QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtWarningMsg)
        g_warnings << message;
}

struct DemoWindow
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("demo.pacte"));
    MainWindow window;

    DemoWindow()
    {
        createDatabase(path, true).reset();
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openFile(path));
    }
    Database& db() { return window.document()->database(); }
};

QString territoryName(Database& db, Id id)
{
    return TerritoryRepository(db).find(id)->name;
}

} // namespace

TEST_CASE("Ctrl+Shift+Z and Ctrl+Y redo, each key with one owner", "[gui][keyboard]")
{
    DemoWindow w;
    showSection(w.window, QStringLiteral("territoriesSection"));
    const Territory first = TerritoryRepository(w.db()).all().first();
    auto* section = child<QWidget>(&w.window, QStringLiteral("territoriesSection"));
    selectRow(section, first.name);
    typeInto(child<QLineEdit>(section, QStringLiteral("nameEdit")), QStringLiteral("Bassin renommé"));
    REQUIRE(territoryName(w.db(), first.id) == QStringLiteral("Bassin renommé"));

    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    QWidget* focus = child<QWidget>(&w.window, QStringLiteral("sidebar"));
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    const QString afterUndo = territoryName(w.db(), first.id);
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    const QString afterRedo = territoryName(w.db(), first.id);
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(focus, Qt::Key_Y, Qt::ControlModifier);
    const QString afterCtrlY = territoryName(w.db(), first.id);
    qInstallMessageHandler(previous);
    CHECK(afterUndo == first.name);
    CHECK(afterRedo == QStringLiteral("Bassin renommé"));
    CHECK(afterCtrlY == QStringLiteral("Bassin renommé"));
    CHECK(g_warnings.filter(QStringLiteral("Ambiguous")).isEmpty());

    // No key sequence belongs to two of the window's actions, or twice to one.
    QHash<QKeySequence, QStringList> owners;
    for (QAction* action : w.window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            if (!key.isEmpty())
                owners[key] << (action->text().isEmpty() ? action->objectName() : action->text());
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        INFO(it.key().toString().toStdString() << ": " << it.value().join(QStringLiteral(", ")).toStdString());
        CHECK(it.value().size() == 1);
    }
}

TEST_CASE("The edition selector never opens a new edition from the keyboard", "[gui][keyboard][edition]")
{
    DemoWindow w;
    const int editions = EditionRepository(w.db()).count();
    auto* combo = child<QComboBox>(&w.window, QStringLiteral("editionCombo"));
    // Every entry is an edition: "New edition…" is an action of its own.
    for (int i = 0; i < combo->count(); ++i) {
        if (!combo->itemText(i).isEmpty())
            CHECK(combo->itemData(i).isValid());
    }
    CHECK(child<QAction>(&w.window, QStringLiteral("newEditionAction"))->isEnabled());

    // Any dialog that opened would be rejected here, and counted.
    int dialogs = 0;
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, [&dialogs] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            ++dialogs;
            dialog->reject();
        }
    });
    watch.start();
    combo->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Return);
    QTest::keyClick(combo, Qt::Key_Enter);
    QTest::qWait(100);
    watch.stop();
    CHECK(dialogs == 0);
    CHECK(EditionRepository(w.db()).count() == editions);
    CHECK(combo->currentData().isValid());
    CHECK(w.window.currentEdition() == combo->currentData().toLongLong());
}
