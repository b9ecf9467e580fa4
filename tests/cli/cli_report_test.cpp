// pacte-cli report, end to end through the real binary: formats, scopes, and bad input (exit 2,
// no file left).
#include "common/testutil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_report_test {

using namespace pacte::test;

namespace {

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

TEST_CASE("report writes the demo report in each format", "[cli][report]")
{
    TempDir dir;
    const QString demo = initDatabase(dir);
    const QByteArray before = databaseContent(demo);
    const QString edition = QStringLiteral("PTI 2017-2021");
    const QList<QPair<QString, QByteArray>> outputs{{QStringLiteral("rapport.pdf"), "%PDF-"},
                                                    {QStringLiteral("rapport.odt"), "PK"},
                                                    {QStringLiteral("rapport.html"), "<!DOCTYPE html>"}};
    for (const auto& [name, magic] : outputs) {
        const QString out = dir.path(name);
        const CliResult result =
            runCli({QStringLiteral("report"), demo, QStringLiteral("-o"), out, QStringLiteral("--edition"), edition});
        INFO(name.toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        CHECK(fileBytes(out).startsWith(magic));
    }
    // The database read is not changed by a report, nothing else is left beside the reports.
    CHECK(databaseContent(demo) == before);
    CHECK(folderEntries(dir.path(QStringLiteral("."))).size() ==
          3 + databaseFiles({QStringLiteral("demo.pacte")}).size());
}

TEST_CASE("report covers one territory, one axis or one year when asked", "[cli][report]")
{
    TempDir dir;
    const QString demo = initDatabase(dir);
    const QStringList territories{QStringLiteral("Montpelliérain"),
                                  QStringLiteral("Étang de Thau"),
                                  QStringLiteral("Cœur d'Hérault – Pic Saint-Loup"),
                                  QStringLiteral("Petite Camargue"),
                                  QStringLiteral("Biterrois"),
                                  QStringLiteral("Haut-Languedoc et Ouest Héraultais")};
    for (const QString& territory : territories) {
        const QString out = dir.path(QStringLiteral("territoire.html"));
        const CliResult result =
            runCli({QStringLiteral("report"), demo, QStringLiteral("-o"), out, QStringLiteral("--edition"),
                    QStringLiteral("PTI 2017-2021"), QStringLiteral("--territory"), territory});
        INFO(territory.toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(QString::fromUtf8(fileBytes(out)).contains(territory.toHtmlEscaped()));
    }
    // Names are found without their accents and case, as elsewhere in the CLI.
    CHECK(runCli({QStringLiteral("report"), demo, QStringLiteral("-o"), dir.path(QStringLiteral("t.html")),
                  QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021"), QStringLiteral("--territory"),
                  QStringLiteral("etang de thau")})
              .exitCode == 0);
    CHECK(runCli({QStringLiteral("report"), demo, QStringLiteral("-o"), dir.path(QStringLiteral("a.html")),
                  QStringLiteral("--edition"), QStringLiteral("PTI 2017-2021"), QStringLiteral("--axis"),
                  QStringLiteral("2")})
              .exitCode == 0);
    const CliResult year = runCli({QStringLiteral("report"), demo, QStringLiteral("-o"),
                                   dir.path(QStringLiteral("y.pdf")), QStringLiteral("--edition"),
                                   QStringLiteral("PTI 2017-2021"), QStringLiteral("--year"), QStringLiteral("2020")});
    INFO(year.err.toStdString());
    CHECK(year.exitCode == 0);
}

TEST_CASE("report refuses bad scopes and outputs with exit 2, leaving no file", "[cli][report]")
{
    TempDir dir;
    const QString demo = initDatabase(dir);
    const QString out = dir.path(QStringLiteral("rapport.pdf"));
    const QString base = QStringLiteral("--edition");
    struct Case
    {
        QStringList arguments;
        QString inMessage;
    };
    const QList<Case> cases{
        {{QStringLiteral("--territory"), QStringLiteral("Lozère")}, QStringLiteral("Lozère")},
        {{QStringLiteral("--edition"), QStringLiteral("PTI 1990-1995")}, QStringLiteral("PTI 1990-1995")},
        {{base, QStringLiteral("PTI 2017-2021"), QStringLiteral("--year"), QStringLiteral("2030")},
         QStringLiteral("2030")},
        {{base, QStringLiteral("PTI 2017-2021"), QStringLiteral("--year"), QStringLiteral("vingt")},
         QStringLiteral("vingt")},
        {{base, QStringLiteral("PTI 2017-2021"), QStringLiteral("--axis"), QStringLiteral("9")}, QStringLiteral("9")},
    };
    for (const auto& c : cases) {
        const CliResult result =
            runCli(QStringList{QStringLiteral("report"), demo, QStringLiteral("-o"), out} + c.arguments);
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(c.inMessage));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    // Outputs: a folder that does not exist, an unknown format, a folder in the way, no -o at all.
    const QStringList badOutputs{dir.path(QStringLiteral("absent/rapport.pdf")),
                                 dir.path(QStringLiteral("rapport.docx")), dir.path(QStringLiteral("dossier.pdf")),
                                 // A file where a folder should be: the database's, on a server a missing one.
                                 dir.path(QStringLiteral("demo.pacte/rapport.pdf"))};
    QDir(dir.path(QStringLiteral("."))).mkdir(QStringLiteral("dossier.pdf"));
    for (const QString& bad : badOutputs) {
        const CliResult result = runCli({QStringLiteral("report"), demo, QStringLiteral("-o"), bad});
        INFO(bad.toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK_FALSE(result.err.isEmpty());
    }
    CHECK(runCli({QStringLiteral("report"), demo}).exitCode == 2);
    // A read-only folder: QSaveFile cannot create its temporary file, nothing is left.
    const QString locked = dir.path(QStringLiteral("verrouillé"));
    QDir().mkdir(locked);
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const bool writable = QFileInfo(locked).isWritable(); // root writes anyway
    const CliResult readOnly =
        runCli({QStringLiteral("report"), demo, QStringLiteral("-o"), locked + QStringLiteral("/rapport.pdf")});
    if (!writable) {
        CHECK(readOnly.exitCode == 2);
        CHECK(folderEntries(locked).isEmpty());
    }
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK((onServer() || folderEntries(dir.path(QStringLiteral("."))).contains(QStringLiteral("demo.pacte"))));
    CHECK_FALSE(QFileInfo::exists(out));
}

} // namespace pacte_test_cli_cli_report_test
