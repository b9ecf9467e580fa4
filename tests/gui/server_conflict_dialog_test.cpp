// Two people editing one action on a server (team mode, issue 14): an edit made on a record someone
// else changed meanwhile opens the conflict dialog, whose two choices are checked against what the
// database holds; another person's change never wipes what the user is typing.
#include "app/common/conflictdialog.h"
#include "app/common/listsection.h"
#include "app/common/recordeditor.h"
#include "app/mainwindow.h"
#include "common/guitestutil.h"
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "exchange/demodata.h"
#include "storage/repository.h"

#include <functional>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_server_conflict_dialog_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const QString ActionTitle = QStringLiteral("Réseau Digi'Thau");

// The demo on a server, open in a window on the Actions section of PTI 2017-2021 with one action
// selected, and a second connection for "the other person".
struct Fixture
{
    QString url;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<Database> other;
    ListSection* section = nullptr;
    QUuid uuid;

    Fixture()
    {
        url = PgCluster::instance().createDatabase(QStringLiteral("guiconflict"));
        createDemoDatabase(url, QStringLiteral("admin")).reset();
        window = std::make_unique<MainWindow>();
        window->resize(1366, 768);
        window->show();
        REQUIRE(window->openFile(url));
        REQUIRE(window->document()->database().isServer());
        chooseEdition(*window, QStringLiteral("PTI 2017-2021"));
        section = qobject_cast<ListSection*>(showSection(*window, QStringLiteral("actionsSection")));
        REQUIRE(section != nullptr);
        selectRow(section, ActionTitle);
        uuid = section->selectedUuid();
        REQUIRE_FALSE(uuid.isNull());
        other = Database::open(url, QStringLiteral("lea"));
        QApplication::setActiveWindow(window.get());
    }
    ~Fixture()
    {
        window.reset();
        other.reset();
    }

    Database& db() { return window->document()->database(); }
    Action stored() { return ActionRepository(db()).findByUuid(uuid).value(); }
    QLineEdit* titleEdit() { return child<QLineEdit>(section, QStringLiteral("titleEdit")); }
    QLabel* notice() { return child<QLabel>(section, QStringLiteral("changedMeanwhileNotice")); }
    QUndoStack* stack() { return window->document()->undoStack(); }
    // The other person changes the title through her own connection (a plain repository update).
    void otherSetsTitle(const QString& title)
    {
        Action action = *ActionRepository(*other).findByUuid(uuid);
        action.title = title;
        ActionRepository(*other).update(action);
    }
};

// What the conflict dialog showed, read when it opened.
struct Seen
{
    bool opened = false;
    QString title;
    QStringList fields;
    QStringList stored;
    QStringList mine;
    QStringList headers;
    bool keepStoredDefault = false;
};

// Answers the conflict dialog when it opens: reads it, then clicks `button`.
void answerConflict(Seen& seen, const QString& button)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, &seen, button] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal->objectName() != QStringLiteral("conflictDialog"))
            return;
        timer->stop();
        timer->deleteLater();
        seen.opened = true;
        seen.title = modal->windowTitle();
        auto* table = modal->findChild<QTableWidget*>(QStringLiteral("conflictTable"));
        for (int row = 0; table && row < table->rowCount(); ++row) {
            seen.fields << table->item(row, 0)->text();
            seen.stored << table->item(row, 1)->text();
            seen.mine << table->item(row, 2)->text();
        }
        for (int column = 0; table && column < table->columnCount(); ++column)
            seen.headers << table->horizontalHeaderItem(column)->text();
        auto* keepStored = modal->findChild<QPushButton*>(QStringLiteral("keepStoredButton"));
        seen.keepStoredDefault = keepStored && keepStored->isDefault();
        if (const QString out = qEnvironmentVariable("PACTE_GRAB_DIR"); !out.isEmpty())
            modal->grab().save(QDir(out).filePath(QStringLiteral("conflict-dialog.png")));
        if (auto* target = modal->findChild<QPushButton*>(button))
            target->click();
        else
            modal->close();
    });
    timer->start();
}

} // namespace

TEST_CASE("an edit on an action changed meanwhile asks, and keeping the saved version shows it", "[gui][server]")
{
    PACTE_REQUIRE_POSTGRES();
    Fixture f;
    const Action before = f.stored();
    // Léa renames the action; the window has not heard of it yet when Claire types her own title.
    f.otherSetsTitle(QStringLiteral("Titre de Léa"));
    Seen seen;
    answerConflict(seen, QStringLiteral("keepStoredButton"));
    typeInto(f.titleEdit(), QStringLiteral("Titre de Claire"));
    REQUIRE(waitUntil([&] { return seen.opened; }));

    CHECK(seen.title == translated("pacte::ConflictDialog", "Changed by someone else"));
    CHECK(seen.keepStoredDefault);
    REQUIRE(seen.fields.size() == 1);
    CHECK(seen.fields.first() == translated("pacte::HistoryDialog", "Title"));
    CHECK(seen.stored.first() == QStringLiteral("Titre de Léa"));
    CHECK(seen.mine.first() == QStringLiteral("Titre de Claire"));
    CHECK(seen.headers.at(1) == translated("pacte::ConflictDialog", "Saved meanwhile"));
    CHECK(seen.headers.at(2) == translated("pacte::ConflictDialog", "Your entry"));

    // Nothing of Claire's was written; the editor shows Léa's title, and there is nothing to undo.
    CHECK(f.stored().title == QStringLiteral("Titre de Léa"));
    CHECK(f.stored().objectives == before.objectives);
    CHECK(waitUntil([&] { return f.titleEdit()->text() == QStringLiteral("Titre de Léa"); }));
    CHECK(f.stack()->count() == 0);
    CHECK_FALSE(f.notice()->isVisible());
}

TEST_CASE("saving one's version over the one saved meanwhile is one undo step back to it", "[gui][server]")
{
    PACTE_REQUIRE_POSTGRES();
    Fixture f;
    f.otherSetsTitle(QStringLiteral("Titre de Léa"));
    Seen seen;
    answerConflict(seen, QStringLiteral("keepMineButton"));
    typeInto(f.titleEdit(), QStringLiteral("Titre de Claire"));
    REQUIRE(waitUntil([&] { return seen.opened; }));

    CHECK(f.stored().title == QStringLiteral("Titre de Claire"));
    CHECK(f.titleEdit()->text() == QStringLiteral("Titre de Claire"));
    REQUIRE(f.stack()->count() == 1);
    // Its undo goes back to what Léa had saved, not to what Claire first read.
    child<QAction>(f.window.get(), QStringLiteral("undoAction"))->trigger();
    CHECK(f.stored().title == QStringLiteral("Titre de Léa"));
    CHECK(waitUntil([&] { return f.titleEdit()->text() == QStringLiteral("Titre de Léa"); }));
}

TEST_CASE("another person's change does not wipe what the user is typing", "[gui][server]")
{
    PACTE_REQUIRE_POSTGRES();
    Fixture f;
    // Not typing: Léa's change reaches the editor within moments.
    f.otherSetsTitle(QStringLiteral("Premier titre de Léa"));
    REQUIRE(waitUntil([&] { return f.titleEdit()->text() == QStringLiteral("Premier titre de Léa"); }));

    // Typing, not yet stored: Léa's next change leaves the field as it is and is said.
    QLineEdit* title = f.titleEdit();
    title->setFocus(Qt::OtherFocusReason);
    REQUIRE(waitUntil([&] { return title->hasFocus(); }));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Ma saisie en cours"));
    REQUIRE(title->isModified());
    f.otherSetsTitle(QStringLiteral("Second titre de Léa"));
    REQUIRE(waitUntil([&] { return f.notice()->isVisible(); }));
    CHECK(title->text() == QStringLiteral("Ma saisie en cours"));
    CHECK(title->hasFocus());
    if (const QString out = qEnvironmentVariable("PACTE_GRAB_DIR"); !out.isEmpty())
        f.window->grab().save(QDir(out).filePath(QStringLiteral("conflict-typing-notice.png")));
    CHECK(f.notice()->text() == translated("pacte::RecordEditor",
                                           "Changed by someone else while you were typing: when you store your "
                                           "change, you will choose between the two versions."));
    // The list's row shows Léa's title already.
    CHECK(waitUntil([&] {
        const QModelIndex current = f.section->tableView()->currentIndex();
        return current.siblingAtColumn(0).data().toString() == QStringLiteral("Second titre de Léa");
    }));

    // Storing it meets the conflict; her version is kept.
    Seen seen;
    answerConflict(seen, QStringLiteral("keepMineButton"));
    QTest::keyClick(title, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return seen.opened; }));
    REQUIRE(seen.stored.size() == 1);
    CHECK(seen.stored.first() == QStringLiteral("Second titre de Léa"));
    CHECK(seen.mine.first() == QStringLiteral("Ma saisie en cours"));
    CHECK(f.stored().title == QStringLiteral("Ma saisie en cours"));
    CHECK_FALSE(f.notice()->isVisible());
}

TEST_CASE("a record changed while its deletion is being confirmed is not deleted", "[gui][server]")
{
    PACTE_REQUIRE_POSTGRES();
    Fixture f;
    f.section->tableView()->setFocus(); // no field being edited: the editor follows the server
    // While the question is asked, Léa renames the action and the window hears of it (the editor
    // reloads it); then the user confirms the deletion of the action as she saw it.
    bool asked = false;
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, &f, &asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        asked = true;
        f.otherSetsTitle(QStringLiteral("Titre de Léa pendant la question"));
        QTRY_COMPARE_WITH_TIMEOUT(f.titleEdit()->text(), QStringLiteral("Titre de Léa pendant la question"), 5000);
        box->button(QMessageBox::Yes)->click();
    });
    timer->start();
    Seen seen;
    answerConflict(seen, QStringLiteral("keepStoredButton"));
    f.section->deleteSelectedItem();
    CHECK(asked);
    CHECK(seen.opened);
    const auto still = ActionRepository(f.db()).findByUuid(f.uuid);
    REQUIRE(still);
    CHECK(still->title == QStringLiteral("Titre de Léa pendant la question"));
    CHECK(f.stack()->count() == 0);
}

TEST_CASE("the conflict dialog reads in French, nothing cut", "[gui]")
{
    const QList<ConflictField> fields{
        {QStringLiteral("title"), QStringLiteral("Titre de Léa"), QStringLiteral("Titre de Claire")},
        {QStringLiteral("status"), QStringLiteral("realisee"), QStringLiteral("en_cours")},
        {QStringLiteral("objectives"), QString(500, QLatin1Char('x')), QString()},
    };
    for (const auto situation :
         {ConflictDialog::Situation::Edit, ConflictDialog::Situation::UndoRedo, ConflictDialog::Situation::Deletion}) {
        ConflictDialog dialog(situation, ActionTitle, fields);
        dialog.show();
        QApplication::processEvents();
        CHECK(dialog.objectName() == QStringLiteral("conflictDialog"));
        auto* table = child<QTableWidget>(&dialog, QStringLiteral("conflictTable"));
        REQUIRE(table->rowCount() == 3);
        // Field names as the history names them, values as the user reads them.
        CHECK(table->item(0, 0)->text() == translated("pacte::HistoryDialog", "Title"));
        CHECK(table->item(1, 0)->text() == translated("pacte::HistoryDialog", "Status"));
        CHECK(table->item(1, 1)->text() == enumLabel(ActionStatus::Completed));
        CHECK(table->item(2, 2)->text() == translated("pacte::ConflictDialog", "(empty)"));
        CHECK(table->item(2, 1)->text().size() < 400); // shortened, the tooltip says more
        auto* keepStored = child<QPushButton>(&dialog, QStringLiteral("keepStoredButton"));
        CHECK(keepStored->isDefault());
        CHECK_FALSE(keepStored->accessibleName().isEmpty());
        CHECK(keepStored->width() >= keepStored->sizeHint().width());
        auto* keepMine = dialog.findChild<QPushButton*>(QStringLiteral("keepMineButton"));
        CHECK((keepMine != nullptr) == (situation == ConflictDialog::Situation::Edit));
        if (keepMine)
            CHECK(keepMine->width() >= keepMine->sizeHint().width());
        // Escape keeps the saved version.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(dialog.choice() == ConflictDialog::Choice::KeepStored);
        if (const QString out = qEnvironmentVariable("PACTE_GRAB_DIR"); !out.isEmpty()) {
            dialog.show();
            QApplication::processEvents();
            dialog.grab().save(
                QDir(out).filePath(QStringLiteral("conflict-dialog-%1.png").arg(static_cast<int>(situation))));
        }
    }
}

} // namespace pacte_test_gui_server_conflict_dialog_test
