#include "demodata.h"

#include "dump.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QFile>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Dump)
};

} // namespace

void loadDemoData(Database& db)
{
    QFile file(QStringLiteral(":/demo/herault.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(Tr::tr("The demo data is missing from this build of Pacte."));
    importDump(db, file.readAll());
}

std::unique_ptr<Database> createDemoDatabase(const QString& path, const QString& userName,
                                             const std::function<void(Database&)>& extend)
{
    // Database::create fills the file under a temporary name and renames it last.
    return Database::create(path, userName, [&extend](Database& db) {
        loadDemoData(db);
        if (extend)
            extend(db);
    });
}

} // namespace pacte
