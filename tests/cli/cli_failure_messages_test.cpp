// Every cause of a storage failure, as a coordinator reads it from pacte-cli (issue 13): the file's
// name, the cause in French, what was kept unchanged and what to do, SQLite's or the system's own
// text only on a last "Détail technique" line; and the file byte for byte as it was. One case per
// cause: a full disk, read-only media, a read-only file, a folder closed to the user, a file the user
// may not read, a file in a folder the user may not open, a file held by a Pacte window, one held by
// a pacte-cli command, a damaged file, a file of a newer Pacte, a change left half-made on read-only
// media.
#include "common/testutil.h"
#include "storage/databaselock.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_failure_messages_test {

using namespace pacte;
using namespace pacte::test;

namespace {

constexpr auto Edition2017 = "PTI 2017-2021";

QStringList freeze(const QString& path)
{
    return {QStringLiteral("evaluate"),  path,
            QStringLiteral("--edition"), QString::fromLatin1(Edition2017),
            QStringLiteral("--year"),    QStringLiteral("2019"),
            QStringLiteral("--freeze")};
}

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0);
}

// The message's shape: one sentence line naming the file, the cause, what was kept, what to do; the
// system's text, if any, only on a "Détail technique" line after it.
void checkMessage(const CliResult& result, const QString& expected)
{
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 2);
    CHECK(firstLine(result.err) == expected);
    const QStringList lines = result.err.trimmed().split(QLatin1Char('\n'));
    CHECK(lines.size() <= 2);
    if (lines.size() == 2)
        CHECK(lines.at(1).startsWith(QStringLiteral("Détail technique : ")));
}

const auto AllRead = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
const auto AllWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
const auto AllExe = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;

// A demo database in a folder that a user without privileges may enter.
struct Demo
{
    TempDir dir;
    QString folder = dir.path(QStringLiteral("dossier"));
    QString path = QDir(folder).filePath(QStringLiteral("pti.pacte"));

    Demo()
    {
        REQUIRE(QDir().mkpath(folder));
        createDatabase(path, true).reset();
        REQUIRE(QFile::setPermissions(dir.path(QStringLiteral(".")), AllRead | AllWrite | AllExe));
        REQUIRE(QFile::setPermissions(folder, AllRead | AllWrite | AllExe));
        REQUIRE(QFile::setPermissions(path, AllRead | AllWrite));
    }
};

} // namespace

TEST_CASE("Cause: a full disk", "[cli][messages][file]")
{
    SmallFileSystem disk(8 * 1024 * 1024);
    if (!disk.mounted())
        return;
    const QString path = disk.path(QStringLiteral("pti.pacte"));
    createDatabase(path, true).reset();
    const QByteArray before = fileBytes(path);
    disk.fill();
    checkMessage(runCli(freeze(path)),
                 path + QStringLiteral(" ne peut pas être écrit : le disque est plein. Rien n'a été modifié. Libérez "
                                       "de la place (ou choisissez un autre disque), puis réessayez."));
    disk.unfill();
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Cause: read-only media", "[cli][messages][file]")
{
    SmallFileSystem disk(8 * 1024 * 1024);
    if (!disk.mounted())
        return;
    const QString path = disk.path(QStringLiteral("pti.pacte"));
    createDatabase(path, true).reset();
    const QByteArray before = fileBytes(path);
    disk.setReadOnly(true);
    checkMessage(runCli(freeze(path)),
                 path + QStringLiteral(" ne peut pas être écrit : le disque ou le partage est en lecture seule. Rien "
                                       "n'a été modifié. Copiez le fichier sur un disque où vous pouvez écrire (ou "
                                       "demandez le droit d'écriture), puis réessayez."));
    disk.setReadOnly(false);
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Cause: a read-only file", "[cli][messages][file]")
{
    Demo demo;
    REQUIRE(QFile::setPermissions(demo.path, AllRead));
    const QByteArray before = fileBytes(demo.path);
    bool ran = false;
    const CliResult result = runCliUnprivileged(freeze(demo.path), &ran);
    if (!ran)
        return;
    checkMessage(result, demo.path + QStringLiteral(" ne peut pas être écrit : le fichier est en lecture seule pour "
                                                    "vous. Rien n'a été modifié. Demandez le droit d'écrire dans ce "
                                                    "fichier (ou retirez sa marque de lecture seule), ou travaillez "
                                                    "sur une copie."));
    CHECK(fileBytes(demo.path) == before);
}

TEST_CASE("Cause: a folder the user may not write in", "[cli][messages][file]")
{
    Demo demo;
    REQUIRE(QFile::setPermissions(demo.folder, AllRead | AllExe));
    const QByteArray before = fileBytes(demo.path);
    bool ran = false;
    const CliResult result = runCliUnprivileged(freeze(demo.path), &ran);
    REQUIRE(QFile::setPermissions(demo.folder, AllRead | AllWrite | AllExe));
    if (!ran)
        return;
    checkMessage(result, demo.path +
                             QStringLiteral(" ne peut pas être écrit : vous n'avez pas le droit d'écrire "
                                            "dans le dossier ") +
                             QDir::toNativeSeparators(demo.folder) +
                             QStringLiteral(". Rien n'a été modifié. Choisissez un autre dossier, ou demandez le "
                                            "droit d'écrire dans celui-ci."));
    CHECK(fileBytes(demo.path) == before);
    CHECK(QDir(demo.folder).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("pti.pacte")});
}

TEST_CASE("Cause: a file the user may not read", "[cli][messages][file]")
{
    Demo demo;
    REQUIRE(QFile::setPermissions(demo.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    bool ran = false;
    const CliResult result = runCliUnprivileged({QStringLiteral("stats"), demo.path}, &ran);
    if (!ran)
        return;
    checkMessage(result, QStringLiteral("Le fichier ") + demo.path +
                             QStringLiteral(" ne peut pas être lu : vous n'avez pas le droit de le lire. Rien n'a été "
                                            "modifié. Demandez le droit de lecture, ou utilisez une copie."));
}

TEST_CASE("Cause: a file in a folder the user may not open", "[cli][messages][file]")
{
    // The folder hides the file: "it does not exist" would send the user looking for the wrong thing.
    Demo demo;
    REQUIRE(
        QFile::setPermissions(demo.folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    bool ran = false;
    const CliResult result = runCliUnprivileged({QStringLiteral("stats"), demo.path}, &ran);
    REQUIRE(QFile::setPermissions(demo.folder, AllRead | AllWrite | AllExe));
    if (!ran)
        return;
    checkMessage(result, QStringLiteral("Le fichier ") + demo.path +
                             QStringLiteral(" ne peut pas être lu : vous n'avez pas le droit d'ouvrir le dossier ") +
                             QDir::toNativeSeparators(demo.folder) +
                             QStringLiteral(". Rien n'a été modifié. Demandez l'accès à ce dossier, ou utilisez une "
                                            "copie placée ailleurs."));
}

TEST_CASE("Cause: a file held by a Pacte window, or by a pacte-cli command", "[cli][messages][file]")
{
    Demo demo;
    const QByteArray before = fileBytes(demo.path);
    const QString since = QDateTime::currentDateTime().toString(QStringLiteral("dd/MM/yyyy"));
    SECTION("a window")
    {
        DatabaseLock::setProgram(QStringLiteral("pacte"));
        auto holder = Database::open(demo.path, QStringLiteral("Claire Martin"));
        DatabaseLock::setProgram({});
        const CliResult result = runCli(freeze(demo.path));
        checkMessage(result, firstLine(result.err)); // one line
        CHECK(firstLine(result.err)
                  .startsWith(demo.path +
                              QStringLiteral(" ne peut pas être écrit : il est ouvert "
                                             "dans une fenêtre de Pacte par Claire "
                                             "Martin depuis le ") +
                              since));
        CHECK(firstLine(result.err)
                  .endsWith(QStringLiteral(". Rien n'a été modifié. Fermez-le dans cette fenêtre, puis réessayez.")));
    }
    SECTION("a command")
    {
        DatabaseLock::setProgram(QStringLiteral("pacte-cli import-sheet"));
        auto holder = Database::open(demo.path, QStringLiteral("Claire Martin"));
        DatabaseLock::setProgram({});
        const CliResult result = runCli(freeze(demo.path));
        checkMessage(result, firstLine(result.err));
        CHECK(
            firstLine(result.err)
                .startsWith(demo.path +
                            QStringLiteral(" ne peut pas être écrit : il est en cours de modification par la commande "
                                           "pacte-cli import-sheet, lancée par Claire Martin depuis le ") +
                            since));
        CHECK(firstLine(result.err)
                  .endsWith(QStringLiteral(". Rien n'a été modifié. Attendez la fin de la commande, puis réessayez.")));
    }
    CHECK(fileBytes(demo.path) == before);
}

TEST_CASE("Cause: a damaged file, a file of a newer Pacte", "[cli][messages][file]")
{
    TempDir dir;
    const QString damaged = dir.path(QStringLiteral("damaged.pacte"));
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("files/damaged.pacte")), damaged));
    const CliResult refused = runCli({QStringLiteral("stats"), damaged});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(firstLine(refused.err)
              .startsWith(QStringLiteral("Le fichier damaged.pacte ne peut pas être ouvert : il est "
                                         "endommagé")));
    CHECK(firstLine(refused.err).contains(QStringLiteral("Il n'a pas été modifié. Restaurez sa dernière sauvegarde")));
    CHECK(refused.err.section(QLatin1Char('\n'), 1, 1).startsWith(QStringLiteral("Détail technique : ")));
    CHECK(fileBytes(damaged) == fileBytes(testDataPath(QStringLiteral("files/damaged.pacte"))));

    const QString newer = dir.path(QStringLiteral("newer.pacte"));
    REQUIRE(QFile::copy(testDataPath(QStringLiteral("files/newer.pacte")), newer));
    checkMessage(
        runCli({QStringLiteral("import-sheet"), newer, testDataPath(QStringLiteral("sheets/good/valid.json"))}),
        QStringLiteral("Le fichier newer.pacte a été enregistré par une version plus récente de Pacte (format de "
                       "données 99 ; cette version lit jusqu'au format %1). Mettez Pacte à jour pour l'ouvrir.")
            .arg(Database::SchemaVersion));
    CHECK(fileBytes(newer) == fileBytes(testDataPath(QStringLiteral("files/newer.pacte"))));
}

TEST_CASE("Cause: a change left half-made, on read-only media", "[cli][messages][file]")
{
    SmallFileSystem disk(8 * 1024 * 1024);
    if (!disk.mounted())
        return;
    TempDir dir;
    const QString original = dir.path(QStringLiteral("origine.pacte"));
    createDatabase(original, true).reset();
    const QString path = disk.path(QStringLiteral("pti.pacte"));
    leaveInterruptedChange(original, path);
    const QByteArray before = fileBytes(path);
    disk.setReadOnly(true);
    checkMessage(runCli({QStringLiteral("stats"), path}),
                 QStringLiteral("Le fichier pti.pacte ne peut pas être ouvert : une modification y a été interrompue "
                                "(son journal pti.pacte-journal est à côté de lui) et doit être annulée avant de le "
                                "lire, ce qui est impossible ici : le disque ou le partage est en lecture seule. Il "
                                "n'a pas été modifié. Copiez pti.pacte avec pti.pacte-journal dans un dossier où vous "
                                "pouvez écrire et ouvrez la copie là-bas (Pacte annule alors la modification "
                                "interrompue), ou demandez le droit d'écriture. Une copie de pti.pacte sans "
                                "pti.pacte-journal serait endommagée."));
    disk.setReadOnly(false);
    CHECK(fileBytes(path) == before);
    // Where it can be written, any command undoes the change first.
    const CliResult stats = runCli({QStringLiteral("stats"), path});
    INFO(stats.err.toStdString());
    CHECK(stats.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

} // namespace pacte_test_cli_cli_failure_messages_test
