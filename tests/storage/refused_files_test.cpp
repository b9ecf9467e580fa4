// Files that are not (usable) Pacte databases are refused with a message naming them, and left
// exactly as they were: no journal, lock or backup beside them. The files are in tests/data/files/
// (see the README there for how each was made).
#include "common/testutil.h"
#include "storage/fileinspector.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_refused_files_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// Copies tests/data/files/`name` into `dir` under a name of its own; returns the copy's path.
QString copyBadFile(const TempDir& dir, const QString& name)
{
    const QString source = testDataPath(QStringLiteral("files/") + name);
    REQUIRE(QFileInfo::exists(source));
    const QString target = dir.path(QStringLiteral("copie-") + name);
    REQUIRE(QFile::copy(source, target));
    REQUIRE(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));
    return target;
}

} // namespace

TEST_CASE("The bad files are what their names say", "[storage][files]")
{
    CHECK(fileBytes(testDataPath(QStringLiteral("files/empty.pacte"))).isEmpty());
    CHECK(fileBytes(testDataPath(QStringLiteral("files/text.pacte"))).startsWith("Bonjour"));
    CHECK(fileBytes(testDataPath(QStringLiteral("files/image.pacte"))).startsWith("\x89PNG\r\n\x1a\n"));
    const QByteArray sqliteMagic("SQLite format 3\0", 16);
    for (const char* name : {"foreign.pacte", "truncated.pacte", "newer.pacte", "damaged.pacte", "trigger.pacte",
                             "late-version.pacte", "index.pacte"})
        CHECK(fileBytes(testDataPath(QStringLiteral("files/") + QLatin1String(name))).startsWith(sqliteMagic));
    CHECK(fileBytes(testDataPath(QStringLiteral("files/truncated.pacte"))).size() == 8192);

    // The damaged file passes every header check: only SQLite's own integrity check can catch it.
    const auto damaged = inspectDatabaseFile(testDataPath(QStringLiteral("files/damaged.pacte")), 2);
    CHECK(damaged.acceptable);
    CHECK(damaged.userVersion == 2);
    const auto newer = inspectDatabaseFile(testDataPath(QStringLiteral("files/newer.pacte")), 2);
    CHECK_FALSE(newer.acceptable);
}

TEST_CASE("Refused files: a clear error, and the bytes on disk untouched", "[storage][files]")
{
    const QString name = QString::fromLatin1(GENERATE(as<const char*>{}, "empty.pacte", "text.pacte", "image.pacte",
                                                      "foreign.pacte", "truncated.pacte", "newer.pacte",
                                                      "damaged.pacte", "trigger.pacte", "late-version.pacte"));
    const auto access = GENERATE(Database::Access::ReadWrite, Database::Access::ReadOnly);
    const std::string file = name.toStdString();
    const bool readOnly = access == Database::Access::ReadOnly;
    CAPTURE(file, readOnly);

    TempDir dir;
    const QString path = copyBadFile(dir, name);
    const QByteArray before = fileBytes(path);
    const QStringList entriesBefore = folderEntries(QFileInfo(path).absolutePath());

    try {
        auto db = Database::open(path, QStringLiteral("testeur"), access);
        FAIL("the file was opened");
    } catch (const StorageError& error) {
        INFO(error.what());
        CHECK_FALSE(error.message().trimmed().isEmpty());
        CHECK(error.message().contains(QFileInfo(path).fileName()));
        if (name == QLatin1String("newer.pacte"))
            CHECK(error.message().contains(QStringLiteral("99")));
        // Said in French, with SQLite's own words at most as a technical detail (issue 23).
        const QString firstLine = error.message().section(QLatin1Char('\n'), 0, 0);
        for (const char* raw : {"SQL error", "no such", "already exists", "duplicate column", "disk is full"})
            CHECK_FALSE(firstLine.contains(QLatin1String(raw)));
        if (name == QLatin1String("trigger.pacte"))
            CHECK(error.message().contains(QStringLiteral("déclencheur « rename_partners »")));
        if (name == QLatin1String("late-version.pacte"))
            CHECK(error.message().contains(QStringLiteral("aucune copie de sauvegarde")));
    }
    CHECK(fileBytes(path) == before);
    CHECK(folderEntries(QFileInfo(path).absolutePath()) == entriesBefore);
}

TEST_CASE("A missing file or a folder is refused and nothing is created", "[storage][files]")
{
    TempDir dir;
    const QString missing = dir.path(QStringLiteral("absent.pacte"));
    try {
        Database::open(missing, QStringLiteral("testeur"));
        FAIL("a missing file was opened");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("absent.pacte")));
    }
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(folderEntries(dir.path(QStringLiteral("."))).isEmpty());

    const QString folder = dir.path(QStringLiteral("dossier.pacte"));
    REQUIRE(QDir().mkpath(folder));
    CHECK_THROWS_AS(Database::open(folder, QStringLiteral("testeur")), StorageError);
    CHECK(folderEntries(dir.path(QStringLiteral("."))) == QStringList{QStringLiteral("dossier.pacte")});
}

} // namespace pacte_test_storage_refused_files_test
