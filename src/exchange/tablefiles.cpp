#include "tablefiles.h"

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::TableFiles)
};

} // namespace

void saveExportFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw StorageError(
            Tr::tr("The file %1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
}

} // namespace pacte
