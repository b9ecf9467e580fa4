// The commands that create a database (init --demo, import, generate), killed (SIGKILL) at several
// points of their run, leave nothing under the requested name, and the next attempt succeeds
// (issue 23: the empty schema used to be renamed into place before it was filled).
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_kill_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// Runs pacte-cli and kills it after `killAfterMs`; true when it was killed before it finished.
bool runAndKill(const QStringList& arguments, int killAfterMs)
{
    QProcess process;
    process.start(QStringLiteral(PACTE_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    if (process.waitForFinished(killAfterMs))
        return false;
    process.kill();
    process.waitForFinished(10000);
    return true;
}

qint64 partnerCount(const QString& path)
{
    auto db = Database::open(path, QStringLiteral("testeur"), Database::Access::ReadOnly);
    return PartnerRepository(*db).count();
}

// Whether the creating command left a database at `target`: a file under its name, or tables in the
// server database.
bool made(const QString& target)
{
    return onServer() ? !databaseContent(target).isEmpty() : QFileInfo::exists(target);
}

// `target` made free again: the file removed, or the server database dropped and a new empty one given.
void discard(QString& target, const TempDir& dir)
{
    if (onServer()) {
        PgCluster::instance().dropDatabase(PgCluster::databaseName(target));
        target = newDatabaseLocation(dir, QStringLiteral("cible.pacte"));
    } else {
        REQUIRE(QFile::remove(target));
    }
}

} // namespace

// On a server, the creation is one transaction, which the server rolls back when the command dies.
TEST_CASE("Killed creating commands leave nothing under the target name", "[cli][kill]")
{
    TempDir dir;
    // Fewer kills and less data on a server, where each run fills a database of the cluster (and a
    // restoration takes longer).
    const QList<double> fractions = onServer() ? QList<double>{0.3, 0.7} : QList<double>{0.1, 0.3, 0.5, 0.7, 0.9};
    const QString scale = onServer() ? QStringLiteral("1") : QStringLiteral("5");
    // A dump large enough for its restoration to take a while (its source a file on either engine).
    const QString source = dir.path(QStringLiteral("source.pacte"));
    REQUIRE(runCli({QStringLiteral("generate"), source, QStringLiteral("--scale"), scale}).exitCode == 0);
    const QString dump = dir.path(QStringLiteral("source.json"));
    REQUIRE(runCli({QStringLiteral("export"), source, QStringLiteral("-o"), dump}).exitCode == 0);

    QString target = newDatabaseLocation(dir, QStringLiteral("cible.pacte"));
    const QList<QStringList> commands{
        {QStringLiteral("init"), QString(), QStringLiteral("--demo")},
        {QStringLiteral("import"), QString(), dump},
        {QStringLiteral("generate"), QString(), QStringLiteral("--scale"), scale},
    };
    for (const QStringList& pattern : commands) {
        const auto command = [&] {
            QStringList arguments = pattern;
            arguments[1] = target;
            return arguments;
        };
        const std::string what = pattern.at(0).toStdString();
        CAPTURE(what);
        // A whole run first: how long it takes, and what a complete database holds.
        QElapsedTimer timer;
        timer.start();
        REQUIRE(runCli(command()).exitCode == 0);
        const int whole = static_cast<int>(timer.elapsed());
        const qint64 complete = partnerCount(target);
        discard(target, dir);

        int kills = 0;
        for (const double fraction : fractions) {
            const int after = std::max(5, static_cast<int>(whole * fraction));
            CAPTURE(after);
            const bool killed = runAndKill(command(), after);
            kills += killed ? 1 : 0;
            // Nothing under the name, or the whole database (killed after its renaming or commit).
            if (made(target)) {
                CHECK(partnerCount(target) == complete);
                discard(target, dir);
            }
        }
        CHECK(kills > 0);
        // What the kills left behind does not stop the next attempt.
        const CliResult again = runCli(command());
        INFO(again.err.toStdString());
        CHECK(again.exitCode == 0);
        CHECK(partnerCount(target) == complete);
        discard(target, dir);
    }
}

} // namespace pacte_test_cli_cli_kill_test
