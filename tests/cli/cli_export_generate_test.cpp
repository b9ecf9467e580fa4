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
    const QString source = dir.path(QStringLiteral("source.pacte"));
    const QString dump = dir.path(QStringLiteral("dump.json"));
    const QString restored = dir.path(QStringLiteral("restauree.pacte"));
    REQUIRE(runCli({QStringLiteral("init"), source, QStringLiteral("--demo")}).exitCode == 0);
    const QByteArray sourceBytes = fileBytes(source);

    const CliResult exported = runCli({QStringLiteral("export"), source, QStringLiteral("-o"), dump});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(fileBytes(source) == sourceBytes);
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

    // A dump is restored into a new file only.
    const QByteArray restoredBytes = fileBytes(restored);
    const CliResult overwrite = runCli({QStringLiteral("import"), restored, dump});
    CHECK(overwrite.exitCode == 2);
    CHECK(overwrite.err.contains(QStringLiteral("restauree.pacte")));
    CHECK(fileBytes(restored) == restoredBytes);
}

TEST_CASE("import of a bad dump leaves no file behind", "[cli][export]")
{
    TempDir dir;
    const QString source = dir.path(QStringLiteral("source.pacte"));
    REQUIRE(runCli({QStringLiteral("init"), source, QStringLiteral("--demo")}).exitCode == 0);
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
    const QString target = dir.path(QStringLiteral("cible.pacte"));
    const CliResult result = runCli({QStringLiteral("import"), target, bad});
    CHECK(result.exitCode == 2);
    CHECK_FALSE(result.err.trimmed().isEmpty());
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(folderEntries(dir) == before); // no database, lock, journal or half-made file

    const CliResult missing = runCli({QStringLiteral("import"), target, dir.path(QStringLiteral("absent.json"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("absent.json")));
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("export to a place that cannot be written, or in another format, fails cleanly", "[cli][export]")
{
    TempDir dir;
    const QString source = dir.path(QStringLiteral("source.pacte"));
    REQUIRE(runCli({QStringLiteral("init"), source}).exitCode == 0);
    const QByteArray bytes = fileBytes(source);

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

    CHECK(fileBytes(source) == bytes);
    CHECK(folderEntries(dir) == QStringList{QStringLiteral("source.pacte")});
}

TEST_CASE("generate adds 10 groups and 100 actions per scale step to the current edition", "[cli][generate]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("bench.pacte"));
    const CliResult result = runCli({QStringLiteral("generate"), path, QStringLiteral("--scale"), QStringLiteral("1")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);

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
    const QString twin = dir.path(QStringLiteral("jumeau.pacte"));
    REQUIRE(runCli({QStringLiteral("generate"), twin, QStringLiteral("--scale"), QStringLiteral("1")}).exitCode == 0);
    CHECK(statsOf(twin, QStringLiteral("PTI 2022-2025")) == stats);

    // An existing file is not overwritten.
    const QByteArray bytes = fileBytes(path);
    CHECK(runCli({QStringLiteral("generate"), path, QStringLiteral("--scale"), QStringLiteral("1")}).exitCode == 2);
    CHECK(fileBytes(path) == bytes);
}

TEST_CASE("generate refuses a scale that is not a positive whole number", "[cli][generate]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("bench.pacte"));
    for (const char* scale : {"0", "-3", "deux", "1.5"}) {
        INFO(scale);
        const CliResult result =
            runCli({QStringLiteral("generate"), path, QStringLiteral("--scale"), QString::fromLatin1(scale)});
        CHECK(result.exitCode == 2);
        CHECK_FALSE(result.err.trimmed().isEmpty());
    }
    CHECK(runCli({QStringLiteral("generate"), path}).exitCode == 2);
    CHECK(folderEntries(dir).isEmpty());
}

} // namespace pacte_test_cli_cli_export_generate_test
