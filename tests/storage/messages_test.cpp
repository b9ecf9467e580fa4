// Each cause of a failure in its own French words, SQLite's or the system's text at most on a last
// "Détail technique" line (issue 23): a full disk during a change, a missing table, a sheet written
// to a full disk (which read "Erreur inconnue").
#include "common/testutil.h"
#include "exchange/sheetwriter.h"
#include "storage/backups.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_messages_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QString firstLine(const QString& message)
{
    return message.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

TEST_CASE("A change on a full disk is refused in French and the file keeps what was saved", "[storage][messages][file]")
{
    SmallFileSystem disk(2 * 1024 * 1024);
    if (!disk.mounted())
        return;
    const QString path = disk.path(QStringLiteral("plein.pacte"));
    auto db = createDatabase(path);
    Territory saved{NoId, {}, QStringLiteral("Biterrois"), {}, {}, {}};
    TerritoryRepository(*db).insert(saved);
    disk.fill();
    Territory big{NoId, {}, QStringLiteral("Étang de Thau"), QString(1024 * 1024, QLatin1Char('d')), {}, {}};
    try {
        TerritoryRepository(*db).insert(big);
        FAIL("written on a full disk");
    } catch (const StorageError& error) {
        INFO(error.message().toStdString());
        CHECK(firstLine(error.message()).contains(QStringLiteral("plein.pacte")));
        CHECK(firstLine(error.message()).contains(QStringLiteral("le disque est plein")));
        CHECK_FALSE(firstLine(error.message()).contains(QStringLiteral("database or disk is full")));
    }
    disk.unfill();
    db.reset();
    auto reopened = Database::open(path, QStringLiteral("testeur"));
    CHECK(TerritoryRepository(*reopened).all() == QList<Territory>{saved});
}

TEST_CASE("A file that lacks one of Pacte's tables is refused in French, untouched", "[storage][messages][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("incomplet.pacte"));
    createDatabase(path).reset();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("DROP TABLE measurement")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = fileBytes(path);
    try {
        Database::open(path, QStringLiteral("testeur"));
        FAIL("opened");
    } catch (const StorageError& error) {
        INFO(error.message().toStdString());
        CHECK(error.message().contains(QStringLiteral("la table « measurement »")));
        CHECK(error.message().contains(QStringLiteral("incomplet ou endommagé")));
        CHECK_FALSE(error.message().contains(QStringLiteral("no such table")));
    }
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QDir(Backups::folderFor(path)).exists());
}

TEST_CASE("A sheet written to a full disk says so, and leaves nothing", "[storage][messages]")
{
    SmallFileSystem disk(256 * 1024);
    if (!disk.mounted())
        return;
    disk.fill();
    const QString path = disk.path(QStringLiteral("mobilite.pacte-fiche.json"));
    try {
        saveSheetFile(path, QByteArray(64 * 1024, ' '));
        FAIL("written");
    } catch (const StorageError& error) {
        INFO(error.message().toStdString());
        CHECK(error.message().contains(QStringLiteral("mobilite.pacte-fiche.json")));
        CHECK(firstLine(error.message()).contains(QStringLiteral("le disque est plein")));
        CHECK_FALSE(error.message().contains(QStringLiteral("Erreur inconnue")));
    }
    CHECK_FALSE(QFileInfo::exists(path));
}

} // namespace pacte_test_storage_messages_test
