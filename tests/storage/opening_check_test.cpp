// The integrity check of an opening may be run by the caller (the window runs it on a worker thread,
// with a progress that can cancel the opening): a damaged file is refused the same way, a cancelled
// opening changes nothing and leaves the file free.
#include "common/testutil.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QThread>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_opening_check_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("An opening's integrity check run by the caller on another thread accepts a sound file",
          "[storage][opening][file]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    int calls = 0;
    QThread* checkedOn = nullptr;
    const auto db = Database::open(path, QStringLiteral("test"), Database::Access::ReadWrite,
                                   [&](const QString& file, bool full) -> std::optional<QStringList> {
                                       ++calls;
                                       CHECK(file == path);
                                       CHECK_FALSE(full); // closed properly: the quick check
                                       QStringList problems;
                                       auto* thread = QThread::create([&] {
                                           checkedOn = QThread::currentThread();
                                           problems = Database::integrityProblemsOf(file, full);
                                       });
                                       thread->start();
                                       thread->wait();
                                       delete thread;
                                       return problems;
                                   });
    CHECK(calls == 1);
    CHECK(checkedOn != nullptr);
    CHECK(checkedOn != QThread::currentThread());
    CHECK_FALSE(db->isReadOnly());
}

TEST_CASE("A damaged file is refused by a check run on another connection, and left as it was",
          "[storage][opening][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged.pacte"));
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("files/damaged.pacte")), path));
    const QByteArray before = fileBytes(path);
    CHECK_FALSE(Database::integrityProblemsOf(path, false).isEmpty());
    try {
        Database::open(path, QStringLiteral("test"), Database::Access::ReadWrite,
                       [](const QString& file, bool full) -> std::optional<QStringList> {
                           return Database::integrityProblemsOf(file, full);
                       });
        FAIL("the damaged file was opened");
    } catch (const OpeningCancelled&) {
        FAIL("a refusal is not a cancellation");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("damaged.pacte")));
    }
    CHECK(fileBytes(path) == before);
    CHECK(folderEntries(dir.path(QString())) == QStringList{QStringLiteral("damaged.pacte")});
}

TEST_CASE("A cancelled opening changes nothing and leaves the file free to open", "[storage][opening][file]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const QByteArray before = fileBytes(path);
    const QStringList entries = folderEntries(dir.path(QString()));
    CHECK_THROWS_AS(Database::open(path, QStringLiteral("test"), Database::Access::ReadWrite,
                                   [](const QString&, bool) -> std::optional<QStringList> { return std::nullopt; }),
                    OpeningCancelled);
    CHECK(fileBytes(path) == before);
    CHECK(folderEntries(dir.path(QString())) == entries); // no lock left behind
    const auto db = Database::open(path, QStringLiteral("test"));
    CHECK_FALSE(db->isReadOnly()); // not held by the cancelled opening
}

} // namespace pacte_test_storage_opening_check_test
