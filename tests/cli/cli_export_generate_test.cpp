// pacte-cli export, import and generate, end to end.
#include "common/testutil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_export_generate_test {

using namespace pacte::test;

namespace {

QJsonObject parseObject(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    INFO(QString::fromUtf8(bytes.left(400)).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QJsonObject statsOf(const QString& path, const QString& edition)
{
    const CliResult result =
        runCli({QStringLiteral("stats"), path, QStringLiteral("--edition"), edition, QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return parseObject(result.out.toUtf8());
}

QStringList folderEntries(const TempDir& dir)
{
    return QDir(dir.path(QStringLiteral(".")))
        .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("export then import restores the same database", "[cli][export]")
{
    TempDir dir;
    const QString source = initDatabase(dir, QStringLiteral("source.pacte"));
    const QString dump = dir.path(QStringLiteral("dump.json"));
    const QString restored = newDatabaseLocation(dir, QStringLiteral("restauree.pacte"));
    const QByteArray sourceBytes = databaseContent(source);

    const CliResult exported = runCli({QStringLiteral("export"), source, QStringLiteral("-o"), dump});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(databaseContent(source) == sourceBytes);
    QJsonObject original = parseObject(fileBytes(dump));
    CHECK(original.value(QStringLiteral("format")).toString() == QStringLiteral("pacte-dump"));

    const CliResult imported = runCli({QStringLiteral("import"), restored, dump});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    for (const QString& edition : {QStringLiteral("PTI 2017-2021"), QStringLiteral("PTI 2022-2025")})
        CHECK(statsOf(restored, edition) == statsOf(source, edition));

    // Exporting the restored file gives the same dump, but for the export time.
    const QString again = dir.path(QStringLiteral("encore.json"));
    REQUIRE(runCli({QStringLiteral("export"), restored, QStringLiteral("-o"), again}).exitCode == 0);
    QJsonObject second = parseObject(fileBytes(again));
    original.remove(QStringLiteral("exportedAt"));
    second.remove(QStringLiteral("exportedAt"));
    CHECK(second == original);

    // A dump is restored into a new database only.
    const QByteArray restoredBytes = databaseContent(restored);
    const CliResult overwrite = runCli({QStringLiteral("import"), restored, dump});
    CHECK(overwrite.exitCode == 2);
    CHECK(overwrite.err.contains(locationName(restored)));
    CHECK(databaseContent(restored) == restoredBytes);
}

TEST_CASE("import of a bad dump leaves no file behind", "[cli][export]")
{
    TempDir dir;
    const QString source = initDatabase(dir, QStringLiteral("source.pacte"));
    const QString dump = dir.path(QStringLiteral("dump.json"));
    REQUIRE(runCli({QStringLiteral("export"), source, QStringLiteral("-o"), dump}).exitCode == 0);
    const QByteArray full = fileBytes(dump);

    const QString bad = dir.path(QStringLiteral("tronque.json"));
    SECTION("a truncated dump")
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(full.left(full.size() / 2));
    }
    SECTION("valid JSON that is not a dump")
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "autre-chose", "formatVersion": 1})");
    }
    const QStringList before = folderEntries(dir);
    const QString target = newDatabaseLocation(dir, QStringLiteral("cible.pacte"));
    const CliResult result = runCli({QStringLiteral("import"), target, bad});
    CHECK(result.exitCode == 2);
    CHECK_FALSE(result.err.trimmed().isEmpty());
    CHECK(databaseContent(target).isEmpty()); // nothing created, on a server not even the tables
    CHECK(folderEntries(dir) == before);      // no database, lock, journal or half-made file

    const CliResult missing = runCli({QStringLiteral("import"), target, dir.path(QStringLiteral("absent.json"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("absent.json")));
    CHECK(databaseContent(target).isEmpty());
}

TEST_CASE("export to a place that cannot be written, or in another format, fails cleanly", "[cli][export]")
{
    TempDir dir;
    const QString source = initDatabase(dir, QStringLiteral("source.pacte"), false);
    const QByteArray bytes = databaseContent(source);

    const CliResult unwritable =
        runCli({QStringLiteral("export"), source, QStringLiteral("-o"), QStringLiteral("/proc/x/out.json")});
    CHECK(unwritable.exitCode == 2);
    CHECK(unwritable.err.contains(QStringLiteral("out.json")));

    const CliResult noOutput = runCli({QStringLiteral("export"), source});
    CHECK(noOutput.exitCode == 2);
    CHECK_FALSE(noOutput.err.trimmed().isEmpty());

    const CliResult pdf =
        runCli({QStringLiteral("export"), source, QStringLiteral("-o"), dir.path(QStringLiteral("x.pdf"))});
    CHECK(pdf.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("x.pdf"))));

    CHECK(databaseContent(source) == bytes);
    CHECK(folderEntries(dir) == databaseFiles({QStringLiteral("source.pacte")}));
}

TEST_CASE("generate adds 10 groups and 100 actions per scale step to the current edition", "[cli][generate]")
{
    TempDir dir;
    const QString path = generateDatabase(dir, QStringLiteral("bench.pacte"), 1);

    const CliResult current = runCli({QStringLiteral("stats"), path, QStringLiteral("--json")});
    REQUIRE(current.exitCode == 0);
    const QJsonObject stats = parseObject(current.out.toUtf8());
    CHECK(stats.value(QStringLiteral("edition")).toString() == QStringLiteral("PTI 2022-2025"));
    CHECK(stats.value(QStringLiteral("workingGroups")).toInt() == 10);
    const QJsonObject actions = stats.value(QStringLiteral("actions")).toObject();
    CHECK(actions.value(QStringLiteral("total")).toInt() == 100);
    int byStatus = 0;
    for (const auto& count : actions.value(QStringLiteral("byStatus")).toObject())
        byStatus += count.toInt();
    CHECK(byStatus == 100);
    // The 2017-2021 demo data is untouched.
    CHECK(statsOf(path, QStringLiteral("PTI 2017-2021")).value(QStringLiteral("workingGroups")).toInt() == 17);

    // Same scale, same data.
    const QString twin = generateDatabase(dir, QStringLiteral("jumeau.pacte"), 1);
    CHECK(statsOf(twin, QStringLiteral("PTI 2022-2025")) == stats);

    // An existing database is not overwritten.
    const QByteArray bytes = databaseContent(path);
    CHECK(runCli({QStringLiteral("generate"), path, QStringLiteral("--scale"), QStringLiteral("1")}).exitCode == 2);
    CHECK(databaseContent(path) == bytes);
}

TEST_CASE("generate refuses a scale that is not a positive whole number", "[cli][generate]")
{
    TempDir dir;
    const QString path = newDatabaseLocation(dir, QStringLiteral("bench.pacte"));
    for (const char* scale : {"0", "-3", "deux", "1.5"}) {
        INFO(scale);
        const CliResult result =
            runCli({QStringLiteral("generate"), path, QStringLiteral("--scale"), QString::fromLatin1(scale)});
        CHECK(result.exitCode == 2);
        CHECK_FALSE(result.err.trimmed().isEmpty());
    }
    CHECK(runCli({QStringLiteral("generate"), path}).exitCode == 2);
    CHECK(folderEntries(dir).isEmpty());
    CHECK(databaseContent(path).isEmpty());
}

} // namespace pacte_test_cli_cli_export_generate_test
