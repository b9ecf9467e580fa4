// What the window waits for runs on a worker thread: a file's integrity check while it opens, the
// rows of a large list shown for the first time. The window goes on painting; past a moment a
// progress says what it waits for and can cancel it.
#include "app/actions/actionssection.h"
#include "app/common/backgroundread.h"
#include "app/mainwindow.h"
#include "common/demowindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTableView>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_waiting_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// Lowers the size from which the actions are read on a worker thread, for one test.
struct BackgroundActions
{
    BackgroundActions() { ActionsSection::setBackgroundReadFrom(1); }
    ~BackgroundActions() { ActionsSection::setBackgroundReadFrom(500); }
    BackgroundActions(const BackgroundActions&) = delete;
    BackgroundActions& operator=(const BackgroundActions&) = delete;
};

} // namespace

TEST_CASE("a long wait on a worker thread shows a progress after a moment, whose Cancel stops the wait",
          "[gui][background][waiting]")
{
    QSemaphore release;
    QFutureWatcher<int> watcher;
    watcher.setFuture(QtConcurrent::run(backgroundReadPool(), [&release] {
        release.acquire();
        return 1;
    }));
    bool shownAtOnce = true;
    QString shownText;
    QTimer::singleShot(20, [&] { shownAtOnce = QApplication::activeModalWidget() != nullptr; });
    QTimer::singleShot(600, [&] {
        auto* progress = qobject_cast<QProgressDialog*>(QApplication::activeModalWidget());
        if (!progress)
            return;
        shownText = progress->labelText();
        if (const QString out = qEnvironmentVariable("PACTE_GRAB_DIR"); !out.isEmpty())
            progress->grab().save(QDir(out).filePath(QStringLiteral("background-read-progress.png")));
        CHECK(progress->objectName() == QStringLiteral("backgroundReadProgress"));
        CHECK(progress->isVisible());
        auto* cancel = progress->findChild<QPushButton*>();
        REQUIRE(cancel != nullptr);
        cancel->click();
    });
    const QString text = translated("pacte::OpeningCheck", "Checking %1…").arg(QStringLiteral("pacte-national.pacte"));
    const bool done = waitWithProgress(nullptr, text, watcher);
    CHECK_FALSE(shownAtOnce); // nothing for the first moment
    CHECK(shownText == text);
    CHECK_FALSE(done);
    CHECK(QApplication::activeModalWidget() == nullptr);
    release.release();
    watcher.waitForFinished();
}

TEST_CASE("a short wait on a worker thread shows nothing and gives its result", "[gui][background][waiting]")
{
    QFutureWatcher<int> watcher;
    watcher.setFuture(QtConcurrent::run(backgroundReadPool(), [] { return 42; }));
    bool shown = false;
    QTimer::singleShot(0, [&] { shown = QApplication::activeModalWidget() != nullptr; });
    REQUIRE(waitWithProgress(nullptr, QStringLiteral("Lecture…"), watcher));
    CHECK(watcher.result() == 42);
    CHECK_FALSE(shown);
}

TEST_CASE("the actions of a large edition are read on a worker thread and shown, then edited row by row",
          "[gui][background][waiting][actions]")
{
    const BackgroundActions large;
    DemoWindow demo;
    MainWindow& window = demo.window;
    chooseEdition(window, QStringLiteral("PTI 2017-2021"));
    auto* section = qobject_cast<ActionsSection*>(showSection(window, QStringLiteral("actionsSection")));
    REQUIRE(section != nullptr);
    Database& db = demo.db();
    const int stored = ActionRepository(db).countOfEdition(section->editionId());
    REQUIRE(stored > 0);
    CHECK(section->proxy()->rowCount() == stored);
    // The names the rows show were read on the worker too: a group's name, a territory, an axis.
    const QModelIndex first = section->proxy()->index(0, 1);
    CHECK_FALSE(first.data().toString().isEmpty());

    // An edit updates its row with those names.
    auto actions = ActionRepository(db).ofEdition(section->editionId());
    const Action before = actions.constFirst();
    Action action = before;
    action.title = QStringLiteral("Lu sur un autre fil");
    REQUIRE(edit::update(*window.document(), before, action));
    REQUIRE(waitUntil([&] {
        return !section->proxy()
                    ->match(section->proxy()->index(0, 0), Qt::DisplayRole, action.title, 1, Qt::MatchExactly)
                    .isEmpty();
    }));
    CHECK(section->proxy()->rowCount() == stored);
}

TEST_CASE("a damaged file is refused by its check on a worker thread, and the window keeps its file",
          "[gui][background][waiting][opening]")
{
    DemoWindow demo;
    MainWindow& window = demo.window;
    const QString damaged = demo.dir.path(QStringLiteral("damaged.pacte"));
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("files/damaged.pacte")), damaged));
    const QByteArray before = fileBytes(damaged);
    QString message;
    // The refusal is a message box, closed by the test once it says why.
    QTimer closer;
    closer.setInterval(20);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            message = box->text() + box->informativeText();
            box->close();
        }
    });
    closer.start();
    CHECK_FALSE(window.openFile(damaged));
    closer.stop();
    CHECK(message.contains(QStringLiteral("damaged.pacte")));
    CHECK(window.document()->filePath() == demo.path);
    CHECK(fileBytes(damaged) == before);
}

} // namespace pacte_test_gui_waiting_test
