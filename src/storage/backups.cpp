#include "backups.h"

#include "storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pacte {

namespace {

constexpr auto StampFormat = "yyyyMMdd-HHmmss-zzz";

} // namespace

QString Backups::folderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".sauvegardes"));
}

QString Backups::copy(const QString& databasePath, const QString& reason, int keep)
{
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        throw StorageError(
            QCoreApplication::translate("pacte::Backups", "The backup folder %1 cannot be created.").arg(folder));
    // Two copies within the same millisecond would share a name: the later one takes the next free stamp,
    // which keeps names unique and in time order.
    QDateTime when = QDateTime::currentDateTime();
    QString target;
    do {
        const QString stamp = when.toString(QString::fromLatin1(StampFormat));
        target = QDir(folder).filePath(
            QStringLiteral("%1-%2-%3.pacte").arg(QFileInfo(databasePath).completeBaseName(), stamp, reason));
        when = when.addMSecs(1);
    } while (QFileInfo::exists(target));
    if (!QFile::copy(databasePath, target))
        throw StorageError(
            QCoreApplication::translate("pacte::Backups", "The backup copy %1 could not be written.").arg(target));
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

} // namespace pacte
