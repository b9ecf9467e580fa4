// pacte_bench FILE [--repeat N]: how the editor behaves on a large database (make one with
// `pacte-cli generate FILE --scale 500`: 50,000 actions). Not a test: it prints figures, which
// docs/performance.md records. Each step is timed N times (default 5) and the median printed; what a
// step shows is read after it ran and checked (a search narrows, an edit lands).
// usage: pacte_bench FILE [--repeat N] [--only open,show,search,filters,sort,edit] [--sql OUT.sql]
// --sql writes the statements an open runs until usable, values written in, for the sqlite3
// comparison of scripts/benchmark.sh. The "peak" column is the process's peak memory after the step.
#include "app/common/listsection.h"
#include "app/common/rowfilters.h"
#include "app/dashboard/dashboardsection.h"
#include "app/mainwindow.h"
#include "domain/translations.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/recordquery.h"
#include "storage/repository.h"
#include "storage/sqltrace.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPixmap>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace pacte;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The process's peak resident memory so far, in MiB.
double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void report(const char* step, const QList<double>& milliseconds, const QString& detail = {})
{
    std::printf("| %-44s | %9.1f | %9.1f | %7.0f | %s\n", step, median(milliseconds),
                *std::max_element(milliseconds.cbegin(), milliseconds.cend()), peakMiB(), detail.toUtf8().constData());
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

// The longest the window was frozen while it runs: the longest gap between two turns of its event
// loop, nested loops included (an opening or a list waiting for a read on a worker thread), timed by
// a zero-length timer that fires at every turn.
class FreezeProbe
{
public:
    FreezeProbe()
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { turned(); });
        m_since.start();
        m_timer.start();
    }
    // At the end of a turn the caller ran itself (processEvents()).
    void turned()
    {
        m_longest = std::max(m_longest, static_cast<double>(m_since.nsecsElapsed()) / 1e6);
        m_since.restart();
    }
    // After the caller's own pause between turns, which is no freeze.
    void idle() { m_since.restart(); }
    double longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

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

    // --only open,show,search,filters,sort,edit: the steps to time (default: all). The file is always
    // opened first.
    const QStringList only = args.contains(QStringLiteral("--only"))
                                 ? args.at(args.indexOf(QStringLiteral("--only")) + 1).split(QLatin1Char(','))
                                 : QStringList();
    const auto wanted = [&](const char* step) { return only.isEmpty() || only.contains(QLatin1String(step)); };
    // Each step is timed first; what it shows (rows, values) is read after it ran, and checked.
    const auto check = [](bool ok, const char* what) {
        if (!ok) {
            std::fprintf(stderr, "benchmark step did not do what it timed: %s\n", what);
            std::exit(1);
        }
    };

    std::printf("| step | median (ms) | max (ms) | peak (MiB) | detail\n|---|---|---|---|---\n");
    // The floor: a bare Qt Widgets window created, shown and painted, in the same process.
    QList<double> floorTimes;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        QMainWindow bare;
        bare.setCentralWidget(new QLabel(QStringLiteral("Pacte")));
        bare.resize(1366, 768);
        bare.show();
        const QPixmap painted = bare.grab();
        floorTimes.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        check(!painted.isNull(), "the bare window was painted");
    }
    report("floor: a bare Qt window shown and painted", floorTimes);

    std::unique_ptr<MainWindow> window;
    // Open to first paint: the main window created, the file read and the window drawn with its
    // dashboard. Open to usable: then every list that reads itself shortly after the first paint
    // has done so.
    QList<double> paintTimes;
    QList<double> usableTimes;
    QList<double> freezeTimes;
    const QString sqlOut =
        args.contains(QStringLiteral("--sql")) ? args.at(args.indexOf(QStringLiteral("--sql")) + 1) : QString();
    const int opens = (wanted("open") ? repeat : 1) + (sqlOut.isEmpty() ? 0 : 1);
    for (int i = 0; i < opens; ++i) {
        // The last open, when --sql is given, records its statements and is not timed.
        const bool tracing = !sqlOut.isEmpty() && i == opens - 1;
        window.reset();
        QCoreApplication::processEvents();
        if (tracing)
            sqltrace::start();
        // The first gap the probe sees is the window's creation and the opening's synchronous part.
        QElapsedTimer timer;
        timer.start();
        auto probe = std::make_unique<FreezeProbe>();
        window = std::make_unique<MainWindow>();
        window->resize(1366, 768);
        window->show();
        check(window->openFile(path), "the file opened");
        const auto turn = [&] {
            QCoreApplication::processEvents();
            probe->turned();
            QThread::msleep(1); // idle time, outside the turns
            probe->idle();
        };
        const auto* dashboard = window->findChild<DashboardSection*>();
        check(dashboard != nullptr, "the window has a dashboard");
        while (!dashboard->figuresUpToDate())
            turn();
        QElapsedTimer painting;
        painting.start();
        const QPixmap painted = window->grab();
        const double grabbing = static_cast<double>(painting.nsecsElapsed()) / 1e6;
        const double paint = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        check(!painted.isNull() && dashboard->figures().actions > 0,
              "the window was painted with the dashboard's figures");
        const auto sections = window->findChildren<ListSection*>();
        const auto pending = [&] {
            return !dashboard->isUpToDate() || std::any_of(sections.cbegin(), sections.cend(),
                                                           [](const ListSection* s) { return s->rowsPending(); });
        };
        while (pending())
            turn();
        QCoreApplication::processEvents();
        const double longest = std::max(probe->longest(), grabbing);
        probe.reset();
        const double usable = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (tracing) {
            QFile out(sqlOut);
            check(out.open(QIODevice::WriteOnly), "the SQL file can be written");
            const QStringList statements = sqltrace::stop();
            check(!statements.isEmpty(), "the open ran statements");
            for (const QString& statement : statements)
                out.write((statement + QStringLiteral(";\n")).toUtf8());
            continue;
        }
        paintTimes.append(paint);
        usableTimes.append(usable);
        freezeTimes.append(longest);
    }
    report("open to first paint (dashboard drawn)", paintTimes);
    report("open to usable (deferred lists read)", usableTimes);
    report("longest freeze while opening", freezeTimes);

    auto* section = window->findChild<ListSection*>(QStringLiteral("actionsSection"));
    if (!section) {
        std::fputs("no actions section in this build\n", stderr);
        return 1;
    }
    QAbstractItemModel* proxy = section->tableView()->model();
    {
        // The first show reads the list; later ones find it read.
        auto probe = std::make_unique<FreezeProbe>();
        const auto first = timeIt(1, {}, [&] { window->showSection(SectionId::Actions); });
        probe->turned();
        const double frozen = probe->longest();
        probe.reset();
        const int rows = proxy->rowCount();
        check(rows > 0, "the actions list shows rows");
        if (wanted("show")) {
            report("show the Actions section, the first time", first, QStringLiteral("%1 rows").arg(rows));
            report("longest freeze while showing it the first time", {frozen});
            const auto again = timeIt(
                repeat, [&] { window->showSection(SectionId::Dashboard); },
                [&] { window->showSection(SectionId::Actions); });
            check(proxy->rowCount() == rows, "the list shows the same rows again");
            report("show the Actions section again", again, QStringLiteral("%1 rows").arg(rows));
        }
    }
    const int total = proxy->rowCount();

    auto* search = window->findChild<QLineEdit*>(QStringLiteral("quickSearch"));
    if (wanted("search")) {
        auto times = timeIt(
            repeat, [&] { search->clear(); }, [&] { search->setText(QStringLiteral("sante")); });
        int rows = proxy->rowCount();
        check(rows > 0 && rows < total, "a word, without its accent, narrows the list");
        report("quick search: type a word", times, QStringLiteral("%1 of %2 rows shown").arg(rows).arg(total));
        // The group of the row in the middle of the whole list, by its name as the list shows it.
        search->clear();
        const QString group = proxy->index(total / 2, 1).data().toString();
        check(!group.isEmpty(), "the list shows the actions' groups in its second column");
        times = timeIt(
            repeat, [&] { search->setText(QStringLiteral("sante")); }, [&] { search->setText(group); });
        rows = proxy->rowCount();
        check(rows > 0 && rows < total, "a precise search narrows the list");
        report("quick search: narrow to one group", times, QStringLiteral("%1 of %2 rows shown").arg(rows).arg(total));
        times = timeIt(
            repeat, [&] { search->setText(group); }, [&] { search->clear(); });
        rows = proxy->rowCount();
        check(rows == total, "clearing the search shows every row");
        report("quick search: clear", times, QStringLiteral("%1 of %2 rows shown").arg(rows).arg(total));
    }

    auto* status = section->findChild<QComboBox*>(QStringLiteral("actionStatusFilter"));
    auto* territory = section->findChild<QComboBox*>(QStringLiteral("actionTerritoryFilter"));
    if (wanted("filters") && status && territory) {
        auto times = timeIt(
            repeat, [&] { status->setCurrentIndex(0); }, [&] { status->setCurrentIndex(2); });
        int rows = proxy->rowCount();
        check(rows < total, "the status filter narrows the list");
        report("status filter", times, QStringLiteral("%1 of %2 rows shown").arg(rows).arg(total));
        status->setCurrentIndex(0);
        times = timeIt(
            repeat, [&] { territory->setCurrentIndex(0); }, [&] { territory->setCurrentIndex(1); });
        rows = proxy->rowCount();
        check(rows < total, "the territory filter narrows the list");
        report("territory filter", times, QStringLiteral("%1 of %2 rows shown").arg(rows).arg(total));
        territory->setCurrentIndex(0);
    }
    QTableView* table = section->tableView();
    if (wanted("sort")) {
        const auto times = timeIt(
            repeat, [&] { table->sortByColumn(1, Qt::AscendingOrder); },
            [&] { table->sortByColumn(0, Qt::DescendingOrder); });
        const QString first = proxy->index(0, 0).data(SortRole).toString();
        const QString last = proxy->index(proxy->rowCount() - 1, 0).data(SortRole).toString();
        check(first >= last, "the list is sorted by title, descending");
        report("sort by title", times);
    }

    if (wanted("edit")) {
        // One edit through the undo stack, as the editor does it, then its undo and its redo; each
        // read back from the database and from the list's row.
        Document& document = *window->document();
        Database& db = document.database();
        const auto action = recordsWhere<Action>(db, QStringLiteral("id = (SELECT MAX(id) FROM action)")).value(0);
        const auto statusOf = [&] { return ActionRepository(db).find(action.id)->status; };
        const auto shownStatus = [&] {
            const QModelIndexList rows = proxy->match(proxy->index(0, 0), UuidRole, action.uuid, 1, Qt::MatchExactly);
            return rows.isEmpty() ? QString() : rows.first().siblingAtColumn(5).data().toString();
        };
        int flip = 0;
        ActionStatus expected = action.status;
        // The editor holds the record it shows: reading it is not part of the edit.
        Action before;
        Action after;
        const auto edits = timeIt(
            repeat,
            [&] {
                before = *ActionRepository(db).find(action.id);
                after = before;
                after.status = (flip++ % 2) ? ActionStatus::Completed : ActionStatus::InProgress;
                expected = after.status;
            },
            [&] {
                if (!edit::update(document, before, after))
                    std::abort();
            });
        check(statusOf() == expected && shownStatus() == enumLabel(expected), "the edit landed, in the list too");
        report("edit one action's status (command + refresh)", edits, shownStatus());
        const auto undos = timeIt(repeat, {}, [&] { document.undoStack()->undo(); });
        check(statusOf() == action.status && shownStatus() == enumLabel(action.status),
              "undo put the status back, in the list too");
        report("undo that edit", undos, shownStatus());
        const auto redos = timeIt(repeat, {}, [&] { document.undoStack()->redo(); });
        check(statusOf() == expected && shownStatus() == enumLabel(expected), "redo applied the edit again");
        report("redo that edit", redos, shownStatus());
    }
    return 0;
}
