// pacte-cli on files it must refuse: exit code 2, a message on stderr naming the file, and the file
// left exactly as it was (tests/data/files/, tests/data/fixtures/).
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "storage/backups.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_files_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QStringList folderEntries(const TempDir& dir)
{
    return QDir(dir.path(QStringLiteral(".")))
        .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

QString copyData(const TempDir& dir, const QString& relative, const QString& name)
{
    const QString target = dir.path(name);
    REQUIRE(QFile::copy(testDataPath(relative), target));
    REQUIRE(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));
    return target;
}

} // namespace

TEST_CASE("Reading commands refuse bad files and leave them untouched", "[cli][files][file]")
{
    const QString name = QString::fromLatin1(GENERATE(as<const char*>{}, "empty.pacte", "text.pacte", "image.pacte",
                                                      "foreign.pacte", "truncated.pacte", "newer.pacte",
                                                      "damaged.pacte", "trigger.pacte", "late-version.pacte"));
    const QString command = QString::fromLatin1(GENERATE(as<const char*>{}, "stats", "check", "export"));
    const std::string what = (command + QLatin1Char(' ') + name).toStdString();
    CAPTURE(what);

    TempDir dir;
    const QString path = copyData(dir, QStringLiteral("files/") + name, QStringLiteral("fichier-") + name);
    const QByteArray before = fileBytes(path);
    QStringList arguments{command, path};
    if (command == QLatin1String("export"))
        arguments << QStringLiteral("-o") << dir.path(QStringLiteral("sortie.json"));
    else
        arguments << QStringLiteral("--json");

    const CliResult result = runCli(arguments);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QFileInfo(path).fileName()));
    CHECK(fileBytes(path) == before);
    CHECK(folderEntries(dir) == QStringList{QFileInfo(path).fileName()});
}

TEST_CASE("Reading commands refuse a missing file without creating it", "[cli][files]")
{
    TempDir dir;
    // On a server, a database it does not have.
    const QString path = onServer() ? PgCluster::instance().url(PgCluster::uniqueName(QStringLiteral("absent")),
                                                                QStringLiteral("testeur"))
                                    : dir.path(QStringLiteral("absent.pacte"));
    for (const char* command : {"stats", "check"}) {
        const CliResult result = runCli({QString::fromLatin1(command), path});
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(locationName(path)));
    }
    CHECK(folderEntries(dir).isEmpty());
}

TEST_CASE("A reading command brings an old file up to date after a backup copy", "[cli][files][file]")
{
    TempDir dir;
    const QString path = copyData(dir, QStringLiteral("fixtures/v1.pacte"), QStringLiteral("ancien.pacte"));
    const QByteArray before = fileBytes(path);
    const CliResult result = runCli({QStringLiteral("stats"), path, QStringLiteral("--json")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(fileBytes(path) != before);
    // The backup copy is the file as it was, byte for byte.
    const auto backups = Backups::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(fileBytes(backups.constFirst().path) == before);
}

TEST_CASE("A reading command works while another instance holds the file", "[cli][files]")
{
    TempDir dir;
    const QString path = newDatabaseLocation(dir, QStringLiteral("ouvert.pacte"));
    auto db = createDatabase(path, true); // this process holds the file's lock, as the GUI would
    const CliResult result = runCli({QStringLiteral("stats"), path, QStringLiteral("--json")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("PTI 2022-2025")));
    CHECK_FALSE(db->isReadOnly());
}

} // namespace pacte_test_cli_cli_files_test
