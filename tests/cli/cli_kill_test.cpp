// The commands that create a database (init --demo, import, generate), killed (SIGKILL) at several
// points of their run, leave nothing under the requested name, and the next attempt succeeds
// (issue 23: the empty schema used to be renamed into place before it was filled).
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

} // namespace

TEST_CASE("Killed creating commands leave nothing under the target name", "[cli][kill][file]")
{
    TempDir dir;
    // A dump large enough for its restoration to take a while.
    const QString source = dir.path(QStringLiteral("source.pacte"));
    REQUIRE(runCli({QStringLiteral("generate"), source, QStringLiteral("--scale"), QStringLiteral("5")}).exitCode == 0);
    const QString dump = dir.path(QStringLiteral("source.json"));
    REQUIRE(runCli({QStringLiteral("export"), source, QStringLiteral("-o"), dump}).exitCode == 0);

    const QString target = dir.path(QStringLiteral("cible.pacte"));
    const QList<QStringList> commands{
        {QStringLiteral("init"), target, QStringLiteral("--demo")},
        {QStringLiteral("import"), target, dump},
        {QStringLiteral("generate"), target, QStringLiteral("--scale"), QStringLiteral("5")},
    };
    for (const QStringList& command : commands) {
        const std::string what = command.join(QLatin1Char(' ')).toStdString();
        CAPTURE(what);
        // A whole run first: how long it takes, and what a complete file holds.
        QElapsedTimer timer;
        timer.start();
        REQUIRE(runCli(command).exitCode == 0);
        const int whole = static_cast<int>(timer.elapsed());
        const qint64 complete = partnerCount(target);
        REQUIRE(QFile::remove(target));

        int kills = 0;
        for (const double fraction : {0.1, 0.3, 0.5, 0.7, 0.9}) {
            const int after = std::max(5, static_cast<int>(whole * fraction));
            CAPTURE(after);
            const bool killed = runAndKill(command, after);
            kills += killed ? 1 : 0;
            // Nothing under the name, or the whole file (killed after its renaming).
            if (QFileInfo::exists(target)) {
                CHECK(partnerCount(target) == complete);
                REQUIRE(QFile::remove(target));
            }
        }
        CHECK(kills > 0);
        // What the kills left behind does not stop the next attempt.
        const CliResult again = runCli(command);
        INFO(again.err.toStdString());
        CHECK(again.exitCode == 0);
        CHECK(partnerCount(target) == complete);
        REQUIRE(QFile::remove(target));
    }
}

} // namespace pacte_test_cli_cli_kill_test
