// pacte_bench FILE [--repeat N]: how the editor behaves on a large database (make one with
// `pacte-cli generate FILE --scale 500`: 50,000 actions). Not a test: it prints figures, which
// docs/performance.md records. Each step is timed N times (default 5) and the median printed.
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "domain/translations.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/repository.h"

#include <algorithm>
#include <cstdio>
#include <functional>

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

using namespace pacte;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void report(const char* step, const QList<double>& milliseconds, const QString& detail = {})
{
    std::printf("| %-44s | %9.1f | %9.1f | %s\n", step, median(milliseconds),
                *std::max_element(milliseconds.cbegin(), milliseconds.cend()), detail.toUtf8().constData());
    std::fflush(stdout);
}

QList<double> timeIt(int repeat, const std::function<void()>& setUp, const std::function<void()>& step)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        if (setUp)
            setUp();
        QElapsedTimer timer;
        timer.start();
        step();
        QCoreApplication::processEvents();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pacte-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("pacte-bench"));
    installTranslations(QStringLiteral("fr"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: pacte_bench FILE [--repeat N]\n", stderr);
        return 2;
    }
    const QString path = args.at(1);
    const int repeat =
        args.contains(QStringLiteral("--repeat")) ? args.at(args.indexOf(QStringLiteral("--repeat")) + 1).toInt() : 5;

    std::printf("| step | median (ms) | max (ms) | detail\n|---|---|---|---\n");
    std::unique_ptr<MainWindow> window;
    const auto openTimes = timeIt(
        repeat,
        [&] {
            window = std::make_unique<MainWindow>();
            window->resize(1366, 768);
            window->show();
        },
        [&] { window->openFile(path); });
    report("open the file (every section loaded)", openTimes);

    auto* section = window->findChild<ListSection*>(QStringLiteral("actionsSection"));
    if (!section) {
        std::fputs("no actions section in this build\n", stderr);
        return 1;
    }
    QAbstractItemModel* proxy = section->tableView()->model();
    report("show the Actions section", timeIt(repeat, {}, [&] { window->showSection(SectionId::Actions); }),
           QStringLiteral("%1 rows").arg(proxy->rowCount()));

    auto* search = window->findChild<QLineEdit*>(QStringLiteral("quickSearch"));
    report("quick search: type a word",
           timeIt(
               repeat, [&] { search->clear(); }, [&] { search->setText(QStringLiteral("accompagnement")); }),
           QStringLiteral("%1 rows shown").arg(proxy->rowCount()));
    report("quick search: narrow to one group",
           timeIt(
               repeat, [&] { search->setText(QStringLiteral("accompagnement")); },
               [&] { search->setText(QStringLiteral("action 4321.")); }),
           QStringLiteral("%1 rows shown").arg(proxy->rowCount()));
    report("quick search: clear",
           timeIt(
               repeat, [&] { search->setText(QStringLiteral("action 4321.")); }, [&] { search->clear(); }),
           QStringLiteral("%1 rows shown").arg(proxy->rowCount()));

    auto* status = section->findChild<QComboBox*>(QStringLiteral("actionStatusFilter"));
    if (status) {
        report("status filter",
               timeIt(
                   repeat, [&] { status->setCurrentIndex(0); }, [&] { status->setCurrentIndex(2); }),
               QStringLiteral("%1 rows shown").arg(proxy->rowCount()));
        status->setCurrentIndex(0);
    }
    auto* territory = section->findChild<QComboBox*>(QStringLiteral("actionTerritoryFilter"));
    if (territory) {
        report("territory filter",
               timeIt(
                   repeat, [&] { territory->setCurrentIndex(0); }, [&] { territory->setCurrentIndex(1); }),
               QStringLiteral("%1 rows shown").arg(proxy->rowCount()));
        territory->setCurrentIndex(0);
    }
    QTableView* table = section->tableView();
    report("sort by title", timeIt(
                                repeat, [&] { table->sortByColumn(1, Qt::AscendingOrder); },
                                [&] { table->sortByColumn(0, Qt::DescendingOrder); }));

    // One edit through the undo stack, as the editor does it, and its undo.
    Database& db = window->document()->database();
    const auto action = ActionRepository(db).where(QStringLiteral("id = (SELECT MAX(id) FROM action)")).value(0);
    int flip = 0;
    report("edit one action's status (command + refresh)", timeIt(repeat, {}, [&] {
               Action after = *ActionRepository(db).find(action.id);
               const Action before = after;
               after.status = (flip++ % 2) ? ActionStatus::Completed : ActionStatus::InProgress;
               if (!edit::update(*window->document(), before, after))
                   std::abort(); // the benchmark times edits that land
           }));
    report("undo that edit", timeIt(repeat, {}, [&] { window->document()->undoStack()->undo(); }));
    return 0;
}
