// Mutated Pacte files (issue 13): a seeded loop over copies of the demo database with bytes flipped,
// runs overwritten or cut, and over valid SQLite files whose schema or values are wrong (tables or
// columns dropped, added or renamed, values of the wrong type, dangling references, a lost identity),
// plus the corpus of tests/data/files. Whatever the file, opening it either refuses it with a message,
// the file left byte for byte as it was, or accepts it; then reading everything in it (every edition's
// data, rules and statistics, the full dump) gives figures or a message, never a crash or a hang.
#include "common/testutil.h"
#include "domain/editionstats.h"
#include "domain/rules.h"
#include "exchange/demodata.h"
#include "exchange/dump.h"
#include "exchange/inputerror.h"
#include "storage/editionloader.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_database_fuzz_test {

using namespace pacte;
using namespace pacte::test;

namespace {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray mutateFileBytes(QByteArray bytes, QRandomGenerator& random)
{
    // Some files of the corpus are empty or shorter than a header: they get junk instead.
    if (bytes.size() < 100)
        return bytes +
               QByteArray(static_cast<qsizetype>(random.bounded(1, 200)), static_cast<char>(random.bounded(256)));
    // A position in the first `size` bytes (never past the end).
    const auto at = [&](qsizetype size) {
        return static_cast<qsizetype>(
            random.bounded(static_cast<quint32>(std::clamp<qsizetype>(std::min(size, bytes.size()), 1, bytes.size()))));
    };
    switch (random.bounded(6)) {
    case 0: // a few bytes anywhere
        for (int n = random.bounded(1, 9); n > 0; --n)
            bytes[at(bytes.size())] = static_cast<char>(random.bounded(256));
        break;
    case 1: // the header: page size, counts, schema cookie, format numbers
        for (int n = random.bounded(1, 4); n > 0; --n)
            bytes[at(100)] = static_cast<char>(random.bounded(256));
        break;
    case 2: { // a run of noise
        const qsizetype from = at(bytes.size());
        for (qsizetype i = from; i < std::min(bytes.size(), from + random.bounded(16, 512)); ++i)
            bytes[i] = static_cast<char>(random.bounded(256));
        break;
    }
    case 3: // cut at a page boundary
        bytes.truncate(std::max<qsizetype>(4096, at(bytes.size() / 4096) * 4096));
        break;
    case 4: { // a page zeroed
        const qsizetype page = at(bytes.size() / 4096) * 4096;
        bytes.replace(page, 4096, QByteArray(4096, '\0'));
        break;
    }
    default: // one byte in the schema's pages (the first two)
        bytes[at(std::min<qsizetype>(bytes.size(), 8192))] = static_cast<char>(random.bounded(256));
        break;
    }
    return bytes;
}

QStringList tablesOf(QSqlDatabase& db)
{
    QStringList tables;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

QStringList columnsOf(QSqlDatabase& db, const QString& table)
{
    QStringList columns;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

QString weirdValue(QRandomGenerator& random)
{
    static const QStringList values{QStringLiteral("NULL"),
                                    QStringLiteral("-1"),
                                    QStringLiteral("9223372036854775807"),
                                    QStringLiteral("1e308"),
                                    QStringLiteral("'inconnu'"),
                                    QStringLiteral("''"),
                                    QStringLiteral("X'00FF'"),
                                    QStringLiteral("'2024-02-30'"),
                                    QStringLiteral("'not-a-uuid'"),
                                    QStringLiteral("99999"),
                                    QStringLiteral("0"),
                                    QStringLiteral("-0.5"),
                                    QStringLiteral("zeroblob(3)"),
                                    QStringLiteral("'9999-99-99T99:99:99Z'"),
                                    QStringLiteral("'{['")};
    return values.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(values.size()))));
}

// Changes the schema or the values of the SQLite file at `path` through SQL: a valid SQLite file that is
// no longer quite a Pacte file.
void mutateWithSql(const QString& path, QRandomGenerator& random)
{
    const QString name = QStringLiteral("fuzz-mutation");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        const QStringList tables = tablesOf(db);
        const QString table = tables.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(tables.size()))));
        const QStringList columns = columnsOf(db, table);
        const QString column = columns.at(
            static_cast<qsizetype>(random.bounded(static_cast<quint32>(std::max<qsizetype>(1, columns.size())))));
        QStringList statements;
        switch (random.bounded(12)) {
        case 0:
            statements << QStringLiteral("DROP TABLE \"%1\"").arg(table);
            break;
        case 1:
            statements << QStringLiteral("ALTER TABLE \"%1\" DROP COLUMN \"%2\"").arg(table, column);
            break;
        case 2:
            statements << QStringLiteral("ALTER TABLE \"%1\" ADD COLUMN extra TEXT").arg(table);
            break;
        case 3:
            statements << QStringLiteral("ALTER TABLE \"%1\" RENAME TO \"%1_old\"").arg(table);
            break;
        case 4:
            statements << QStringLiteral("CREATE VIEW v AS SELECT * FROM \"%1\"").arg(table)
                       << QStringLiteral("CREATE TABLE extra (x)");
            break;
        case 5:
            statements << QStringLiteral("DELETE FROM meta WHERE key = 'database_uuid'");
            break;
        case 6:
            statements << QStringLiteral("PRAGMA user_version = %1").arg(random.bounded(0, 7));
            break;
        case 7: // dangling references and impossible ids
            statements << QStringLiteral("PRAGMA foreign_keys = OFF")
                       << QStringLiteral("UPDATE \"%1\" SET \"%2\" = %3 WHERE rowid IN (SELECT rowid FROM \"%1\" "
                                         "ORDER BY random() LIMIT 3)")
                              .arg(table, column)
                              .arg(random.bounded(2) ? 99999 : -1);
            break;
        case 8:
            statements << QStringLiteral("DELETE FROM \"%1\" WHERE rowid IN (SELECT rowid FROM \"%1\" ORDER BY "
                                         "random() LIMIT 2)")
                              .arg(table);
            break;
        default: // values of the wrong type or out of their range, in a few rows or all
            statements << QStringLiteral("PRAGMA ignore_check_constraints = ON")
                       << QStringLiteral("UPDATE OR IGNORE \"%1\" SET \"%2\" = %3 WHERE rowid IN (SELECT rowid FROM "
                                         "\"%1\" ORDER BY random() LIMIT %4)")
                              .arg(table, column, weirdValue(random))
                              .arg(random.bounded(2) ? 1 : 1000);
            break;
        }
        QSqlQuery query(db);
        for (const QString& statement : statements)
            query.exec(statement); // some fail (a column a constraint needs): the file is then as it was
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Everything the application and the commands read from an accepted file.
void readEverything(Database& db)
{
    for (const Edition& edition : EditionRepository(db).all()) {
        const EditionData data = loadEditionData(db, edition.id);
        (void)rules::checkAll(data, edition.endDate.isValid() ? edition.endDate : QDate(2024, 12, 31));
        (void)computeStats(data);
    }
    (void)exportDump(db);
}

enum class Outcome { Refused, Accepted, RefusedWhileReading };

Outcome tryFile(const QString& path, Database::Access access)
{
    std::unique_ptr<Database> db;
    try {
        db = Database::open(path, QStringLiteral("testeur"), access);
    } catch (const StorageError& error) {
        CHECK_FALSE(error.message().isEmpty());
        CHECK(error.message().contains(QFileInfo(path).fileName()));
        return Outcome::Refused;
    }
    try {
        readEverything(*db);
    } catch (const StorageError& error) {
        CHECK_FALSE(error.message().isEmpty());
        return Outcome::RefusedWhileReading;
    } catch (const InputError& error) {
        CHECK_FALSE(error.message().isEmpty());
        return Outcome::RefusedWhileReading;
    }
    return Outcome::Accepted;
}

} // namespace

TEST_CASE("Mutated Pacte files are refused untouched or read without a crash", "[exchange][files][fuzz]")
{
    TempDir dir;
    const QString demo = dir.path(QStringLiteral("demo.pacte"));
    createDemoDatabase(demo, QStringLiteral("testeur")).reset();
    const QByteArray demoBytes = fileBytes(demo);
    QList<QByteArray> corpus{demoBytes};
    const QDir files(testDataPath(QStringLiteral("files")));
    for (const auto& name : files.entryList({QStringLiteral("*.pacte")}, QDir::Files))
        corpus.append(fileBytes(files.filePath(name)));

    const QString path = dir.path(QStringLiteral("mutant.pacte"));
    QRandomGenerator random(20261214); // seeded: a failure can be replayed
    constexpr int Iterations = 360;
    int counts[3] = {0, 0, 0};
    qint64 slowest = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < Iterations; ++i) {
        INFO("iteration " << i);
        const QByteArray& seed =
            i % 4 == 3 ? corpus.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(corpus.size()))))
                       : demoBytes;
        for (const char* suffix : {"", "-journal", ".lock", ".lock.owner"})
            QFile::remove(path + QLatin1String(suffix));
        QDir(dir.path(QStringLiteral("mutant.sauvegardes"))).removeRecursively();
        if (i % 3 == 2) {
            writeBytes(path, demoBytes);
            mutateWithSql(path, random);
        } else {
            writeBytes(path, mutateFileBytes(seed, random));
        }
        const QByteArray before = fileBytes(path);
        // Read-only most of the time (what a reading command does); read-write one time in four.
        const auto access = i % 4 == 1 ? Database::Access::ReadWrite : Database::Access::ReadOnly;
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = tryFile(path, access);
        slowest = std::max(slowest, timer.elapsed());
        ++counts[static_cast<int>(outcome)];
        if (outcome == Outcome::Refused || access == Database::Access::ReadOnly)
            CHECK(fileBytes(path) == before);
    }
    WARN(Iterations << " mutated files: " << counts[0] << " refused at opening, " << counts[2]
                    << " refused while reading, " << counts[1] << " read; slowest " << slowest << " ms, all "
                    << total.elapsed() << " ms");
    CHECK(counts[0] > 0);
    CHECK(counts[1] > 0);
    // No hang: a damaged file is refused or read in seconds, as a sound one.
    CHECK(slowest < 20000);
}

} // namespace pacte_test_exchange_database_fuzz_test
