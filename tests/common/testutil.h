#pragma once

#include "storage/database.h"

#include <memory>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pacte::test {

// A folder removed at the end of the test.
class TempDir final
{
public:
    TempDir();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

QByteArray fileBytes(const QString& path);
QString testDataPath(const QString& relative);

// A new database at `path`, optionally filled with the demo data.
std::unique_ptr<Database> createDatabase(const QString& path, bool demo = false);

// Runs pacte-cli with `arguments`; returns its exit code and fills stdout/stderr (UTF-8).
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList& arguments, const QString& workingDirectory = {});

} // namespace pacte::test
