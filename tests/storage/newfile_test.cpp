// New files are born whole (issue 13): written under a temporary name beside the target, renamed when
// complete; what a killed writer left is removed by the next writer of the same target, and only that.
#include "common/testutil.h"
#include "storage/newfile.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_newfile_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A new file takes its name only when complete", "[storage][newfile]")
{
    TempDir dir;
    const QString target = dir.path(QStringLiteral("rapport.html"));
    NewFile file(target);
    REQUIRE(file.open());
    CHECK(QFileInfo(file.temporaryPath()).absolutePath() == QFileInfo(target).absolutePath());
    CHECK(QFileInfo(file.temporaryPath()).fileName().startsWith(QStringLiteral(".rapport.html.")));
    CHECK(NewFile::isTemporaryName(file.temporaryPath()));
    REQUIRE(file.write("<p>début</p>"));
    CHECK_FALSE(QFileInfo::exists(target));
    REQUIRE(file.write("<p>fin</p>"));
    REQUIRE(file.commit());
    CHECK(fileBytes(target) == "<p>début</p><p>fin</p>");
    CHECK(folderEntries(dir.path(QStringLiteral("."))) == QStringList{QStringLiteral("rapport.html")});
}

TEST_CASE("A replaced file keeps its permissions, a cancelled write leaves it as it was", "[storage][newfile]")
{
    TempDir dir;
    const QString target = dir.path(QStringLiteral("fiche.json"));
    writeFile(target, "ancien");
    const auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    REQUIRE(QFile::setPermissions(target, permissions));
    {
        NewFile file(target);
        REQUIRE(file.open());
        REQUIRE(file.write("nouveau, à moitié"));
        // Destroyed without commit: a failure, or a cancelled report.
    }
    CHECK(fileBytes(target) == "ancien");
    writeNewFile(target, "nouveau", QStringLiteral("La fiche"));
    CHECK(fileBytes(target) == "nouveau");
    // (Qt adds the "user" flags, the current user's access, to what the file says.)
    const auto userFlags = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
    CHECK((QFile::permissions(target) & ~userFlags) == permissions);
    CHECK(folderEntries(dir.path(QStringLiteral("."))) == QStringList{QStringLiteral("fiche.json")});
}

TEST_CASE("The next writer of a target removes what a killed writer left, and only that", "[storage][newfile]")
{
    TempDir dir;
    const QString target = dir.path(QStringLiteral("copil.pdf"));
    // What killed writers left: a report half-written, a database half-created with its journal.
    const QString leftover = dir.path(QStringLiteral(".copil.pdf.x1Y2z3.pacte-tmp"));
    writeFile(leftover, "%PDF-1.4 tronqué");
    const QString creation = dir.path(QStringLiteral(".copil.pdf.Qw3rTy.pacte-tmp"));
    writeFile(creation, "SQLite format 3");
    writeFile(creation + QStringLiteral("-journal"), "journal");
    // Another target's, a user's own files, and a writer still at work: kept.
    const QStringList kept{QStringLiteral(".copil.pdf.pdf.a1b2c3.pacte-tmp"), QStringLiteral("copil.pdf.a1b2c3"),
                           QStringLiteral(".copil.pdf.notes")};
    for (const QString& name : kept)
        writeFile(dir.path(name), "garder");
    NewFile live(target);
    REQUIRE(live.open());

    writeNewFile(target, "%PDF-1.4 complet", QStringLiteral("Le rapport"));
    CHECK(fileBytes(target) == "%PDF-1.4 complet");
    QStringList expected = kept;
    expected << QStringLiteral("copil.pdf") << QFileInfo(live.temporaryPath()).fileName();
    expected.sort();
    CHECK(folderEntries(dir.path(QStringLiteral("."))) == expected);
    live.cancel();
    CHECK_FALSE(QFileInfo::exists(live.temporaryPath()));
}

TEST_CASE("A new file never replaces one that took its name meanwhile when told so", "[storage][newfile]")
{
    TempDir dir;
    const QString target = dir.path(QStringLiteral("copie.pacte"));
    NewFile file(target, NewFile::Existing::Keep);
    REQUIRE(file.open());
    REQUIRE(file.write("copie"));
    writeFile(target, "arrivé entre-temps");
    CHECK_FALSE(file.commit());
    CHECK(file.failure().cause == QStringLiteral("un fichier de ce nom est apparu entre-temps"));
    CHECK(fileBytes(target) == "arrivé entre-temps");
    CHECK(folderEntries(dir.path(QStringLiteral("."))) == QStringList{QStringLiteral("copie.pacte")});
}

TEST_CASE("A new file on a full disk says so in French and leaves nothing", "[storage][newfile][messages]")
{
    SmallFileSystem disk(512 * 1024);
    if (!disk.mounted())
        return;
    const QString target = disk.path(QStringLiteral("export.json"));
    disk.fill();
    try {
        writeNewFile(target, QByteArray(256 * 1024, 'x'), QStringLiteral("L'export export.json n'a pas pu être écrit"));
        FAIL("written on a full disk");
    } catch (const StorageError& error) {
        INFO(error.message().toStdString());
        CHECK(error.message().startsWith(
            QStringLiteral("L'export export.json n'a pas pu être écrit : le disque est plein. Aucun fichier n'a été "
                           "laissé sous ce nom.")));
        CHECK(error.message().contains(QStringLiteral("\nDétail technique : ")));
    }
    disk.unfill();
    CHECK(folderEntries(disk.path(QStringLiteral("."))).isEmpty());
}

TEST_CASE("A copy is written whole, never over an existing file", "[storage][newfile]")
{
    TempDir dir;
    const QString source = dir.path(QStringLiteral("source.pacte"));
    writeFile(source, QByteArray(3 * 1024 * 1024 + 17, 's'));
    const QString target = dir.path(QStringLiteral("copie.pacte"));
    copyToNewFile(source, target, QStringLiteral("La copie"));
    CHECK(fileBytes(target) == fileBytes(source));
    CHECK_THROWS_AS(copyToNewFile(source, target, QStringLiteral("La copie")), StorageError);
    CHECK(folderEntries(dir.path(QStringLiteral("."))) ==
          QStringList{QStringLiteral("copie.pacte"), QStringLiteral("source.pacte")});
}

TEST_CASE("Opening a database to write removes what a killed restoration of it left", "[storage][newfile][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("pti.pacte"));
    createDatabase(path).reset();
    // A restoration killed while it wrote the backup's bytes beside the file.
    const QString leftover = dir.path(QStringLiteral(".pti.pacte.Zx9Kq2.pacte-tmp"));
    writeFile(leftover, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, 'r'));
    {
        // Read-only: nothing is removed (the folder may not be the reader's to change).
        auto reader = Database::open(path, QStringLiteral("testeur"), Database::Access::ReadOnly);
        CHECK(QFileInfo::exists(leftover));
    }
    auto db = Database::open(path, QStringLiteral("testeur"));
    CHECK_FALSE(db->isReadOnly());
    CHECK_FALSE(QFileInfo::exists(leftover));
    CHECK(folderEntries(dir.path(QStringLiteral("."))) == QStringList{QStringLiteral("pti.pacte"),
                                                                      QStringLiteral("pti.pacte.lock"),
                                                                      QStringLiteral("pti.pacte.lock.owner")});
}

} // namespace pacte_test_storage_newfile_test
