#include "fileinspector.h"

#include "failures.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::FileInspector)
};

quint32 be32(const QByteArray& header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

FileInspection refuse(const QString& message)
{
    return {false, message, 0};
}

} // namespace

FileInspection inspectDatabaseFile(const QString& path, int newestKnownVersion)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        // Hidden behind a folder the user may not open: say so, not that it does not exist.
        if (const auto cause = closedFolder(path))
            return refuse(
                failureMessage(Tr::tr("The file %1 cannot be read").arg(path), *cause, Tr::tr("Nothing was changed.")));
        return refuse(Tr::tr("The file %1 does not exist.").arg(path));
    }
    if (info.isDir())
        return refuse(Tr::tr("%1 is a folder, not a Pacte database.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(failureMessage(Tr::tr("The file %1 cannot be read").arg(path), readFailure(path),
                                     Tr::tr("Nothing was changed."), file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return refuse(Tr::tr("The file %1 is empty: it is not a Pacte database.").arg(name));
    const QByteArray header = file.read(100);
    file.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return refuse(Tr::tr("The file %1 is not a Pacte database (it is not an SQLite database file).").arg(name));

    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return refuse(Tr::tr("The file %1 is damaged: its header is not valid.").arg(name));
    // The in-header page count is valid when "version-valid-for" equals the change counter.
    const quint32 pageCount = be32(header, 28);
    const bool countValid = be32(header, 92) == be32(header, 24) && pageCount > 0;
    // A writer killed while it grew the file leaves page 1 ahead of the pages written, with a hot
    // journal beside that SQLite rolls back at the open (then checked whole): not a damaged file.
    const QFileInfo journal(path + QStringLiteral("-journal"));
    const bool hotJournal = journal.exists() && journal.size() > 0;
    if (!hotJournal &&
        (size % pageSize != 0 || (countValid && static_cast<quint64>(size) < quint64(pageCount) * pageSize)))
        return refuse(Tr::tr("The file %1 is truncated or damaged: it holds %2 bytes where %3 are expected.")
                          .arg(name)
                          .arg(size)
                          .arg(countValid ? quint64(pageCount) * pageSize : ((size / pageSize) + 1) * pageSize));

    const quint32 applicationId = be32(header, 68);
    const int userVersion = static_cast<int>(be32(header, 60));
    if (applicationId != PacteApplicationId)
        return refuse(Tr::tr("The file %1 is an SQLite database that does not belong to Pacte.").arg(name));
    if (userVersion > newestKnownVersion)
        return refuse(
            Tr::tr("The file %1 was written by a newer version of Pacte (data format %2; this version reads up "
                   "to format %3). Update Pacte to open it.")
                .arg(name)
                .arg(userVersion)
                .arg(newestKnownVersion));
    if (userVersion < 1)
        return refuse(Tr::tr("The file %1 is an incomplete Pacte database (no data format version).").arg(name));
    return {true, {}, userVersion};
}

} // namespace pacte
