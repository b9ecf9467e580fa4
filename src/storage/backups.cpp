#include "backups.h"

#include "database.h"
#include "databaselock.h"
#include "domain/clock.h"
#include "failures.h"
#include "fileinspector.h"
#include "newfile.h"
#include "serveraddress.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pacte {

namespace {

constexpr auto StampFormat = "yyyyMMdd-HHmmss-zzz";

QString tr(const char* text)
{
    return QCoreApplication::translate("pacte::Backups", text);
}

} // namespace

QString Backups::folderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".sauvegardes"));
}

QString Backups::copy(const QString& databasePath, const QString& reason, int keep)
{
    // A server database is backed up by its administrator (pg_dump), not by copying a file.
    if (isServerLocation(databasePath))
        return {};
    const QString folder = folderFor(databasePath);
    const QString unchanged = tr("%1 was not changed.").arg(QFileInfo(databasePath).fileName());
    if (!QDir().mkpath(folder))
        throw StorageError(
            failureMessage(tr("The backup folder %1 cannot be created").arg(QDir::toNativeSeparators(folder)),
                           writeFailure(folder), unchanged));
    // Two copies within the same millisecond would share a name: the later one takes the next free stamp,
    // which keeps names unique and in time order.
    QDateTime when = Clock::currentDateTime();
    QString target;
    do {
        const QString stamp = when.toString(QString::fromLatin1(StampFormat));
        target = QDir(folder).filePath(
            QStringLiteral("%1-%2-%3.pacte").arg(QFileInfo(databasePath).completeBaseName(), stamp, reason));
        when = when.addMSecs(1);
    } while (QFileInfo::exists(target));
    // Copies are never written twice under one name: what killed copies left is removed here.
    NewFile::removeLeftoversIn(folder);
    // Through a NewFile rather than QFile::copy, which can leave a partial copy behind on a full disk.
    copyToNewFile(databasePath, target, tr("The backup copy %1 could not be written").arg(QFileInfo(target).fileName()),
                  unchanged);
    const auto entries = list(databasePath);
    for (qsizetype i = keep; i < entries.size(); ++i)
        QFile::remove(entries.at(i).path);
    return target;
}

QList<BackupEntry> Backups::list(const QString& databasePath)
{
    QList<BackupEntry> entries;
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QDir folder(folderFor(databasePath));
    const auto files =
        folder.entryInfoList({base + QStringLiteral("-*.pacte")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const auto& file : files) {
        // NAME-yyyyMMdd-HHmmss-zzz-REASON.pacte
        const QString rest = file.completeBaseName().mid(base.size() + 1);
        const QDateTime stamp = QDateTime::fromString(rest.left(19), QString::fromLatin1(StampFormat));
        entries.append({file.absoluteFilePath(), stamp, rest.mid(20)});
    }
    return entries;
}

QString Backups::restore(const QString& databasePath, const QString& backupPath, int keep)
{
    const FileInspection inspection = inspectDatabaseFile(backupPath, Database::SchemaVersion);
    if (!inspection.acceptable)
        throw StorageError(inspection.problem);
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        throw StorageError(tr("The backup %1 cannot be read.").arg(QFileInfo(backupPath).fileName()));
    // Read first: the safety copy below may rotate the oldest backup out, and it may be this one.
    const QByteArray bytes = source.readAll();
    source.close();

    DatabaseLock lock(databasePath);
    switch (lock.tryLock(Database::systemUserName())) {
    case DatabaseLock::Outcome::Locked:
        break;
    case DatabaseLock::Outcome::HeldByOther:
        throw StorageError(failureMessage(tr("%1 cannot be restored").arg(QFileInfo(databasePath).fileName()),
                                          lock.holder().asCause(), tr("It was not changed.")));
    case DatabaseLock::Outcome::Failed:
        throw StorageError(failureMessage(tr("%1 cannot be restored").arg(QFileInfo(databasePath).fileName()),
                                          lock.failure(), tr("It was not changed.")));
    }
    const QString safety = copy(databasePath, QStringLiteral("restauration"), keep);
    // Written beside the file and renamed over it: the database is never half-restored.
    NewFile target(databasePath);
    if (!target.open() || !target.write(bytes) || !target.commit())
        throw StorageError(
            failureMessage(tr("%1 could not be replaced by the backup").arg(QFileInfo(databasePath).fileName()),
                           target.failure(), tr("It was not changed."), target.errorString()));
    return safety;
}

int Backups::keepCount(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT value FROM meta WHERE key = 'backups_kept'"));
    query.exec();
    bool ok = false;
    const int keep = query.next() ? query.text(0).toInt(&ok) : 0;
    return ok && keep >= MinKeep ? std::min(keep, MaxKeep) : DefaultKeep;
}

void Backups::setKeepCount(Database& db, int keep)
{
    db.ensureWritable();
    SqlQuery(db, QStringLiteral("DELETE FROM meta WHERE key = 'backups_kept'")).exec();
    SqlQuery(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('backups_kept', ?)"))
        .bind(QString::number(std::clamp(keep, MinKeep, MaxKeep)))
        .exec();
}

} // namespace pacte
