#include "testutil.h"

#include "exchange/demodata.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>

namespace pacte::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString testDataPath(const QString& relative)
{
    return QDir(QStringLiteral(PACTE_TEST_DATA_DIR)).filePath(relative);
}

std::unique_ptr<Database> createDatabase(const QString& path, bool demo)
{
    return demo ? createDemoDatabase(path, QStringLiteral("testeur"))
                : Database::create(path, QStringLiteral("testeur"));
}

CliResult runCli(const QStringList& arguments, const QString& workingDirectory)
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(PACTE_CLI_PATH), arguments);
    process.waitForFinished(120000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace pacte::test
