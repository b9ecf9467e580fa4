#include "failures.h"

#include "serveraddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Failures)
};

// Less free space than this after a failed write: the disk is what is full.
constexpr qint64 FullBelowBytes = 1024 * 1024;

// SQLite's primary result codes (sqlite3.h), as Qt's driver reports them in nativeErrorCode().
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

QString existingFolder(const QString& path)
{
    QFileInfo info(path);
    QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(folder) && QDir(folder).cdUp())
        folder = QFileInfo(folder).absolutePath();
    return folder;
}

FailureCause diskFull()
{
    return {Tr::tr("the disk is full"), Tr::tr("Free some space on it (or choose another disk), then try again.")};
}

FailureCause readOnlyFileSystem()
{
    return {Tr::tr("the disk or share is read-only"),
            Tr::tr("Copy the file to a disk you can write to (or ask for write access), then try again.")};
}

FailureCause systemRefused()
{
    return {Tr::tr("the system refused the write"),
            Tr::tr("Check the disk (space, connection of a key or a share), then try again.")};
}

} // namespace

FailureCause writeFailure(const QString& path)
{
    const QString folder = existingFolder(path);
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.isReadOnly())
        return readOnlyFileSystem();
    if (storage.isValid() && storage.bytesAvailable() < FullBelowBytes)
        return diskFull();
    const QFileInfo file(path);
    if (file.exists() && !file.isWritable())
        return {Tr::tr("the file is read-only for you"),
                Tr::tr("Ask for write access to it (or remove its read-only mark), or work on a copy.")};
    if (!QFileInfo(folder).isWritable())
        return {Tr::tr("you are not allowed to write in the folder %1").arg(QDir::toNativeSeparators(folder)),
                Tr::tr("Choose another folder, or ask for write access to this one.")};
    return systemRefused();
}

std::optional<FailureCause> closedFolder(const QString& path)
{
    // The nearest folder that can be seen: the file's own, or the one on the way that hides the rest.
    const QFileInfo folder(existingFolder(path));
    if (folder.isExecutable() && folder.isReadable())
        return std::nullopt;
    return FailureCause{
        Tr::tr("you are not allowed to open the folder %1").arg(QDir::toNativeSeparators(folder.absoluteFilePath())),
        Tr::tr("Ask for access to this folder, or use a copy placed elsewhere.")};
}

FailureCause readFailure(const QString& path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return closedFolder(path).value_or(
            FailureCause{Tr::tr("it does not exist"), Tr::tr("Check its name and its folder.")});
    if (file.isDir())
        return {Tr::tr("it is a folder"), Tr::tr("Give the name of a file.")};
    if (!file.isReadable())
        return {Tr::tr("you are not allowed to read it"), Tr::tr("Ask for read access, or use a copy.")};
    return {Tr::tr("the system refused to read it"),
            Tr::tr("Check the disk (connection of a key or a share), then try again.")};
}

std::optional<FailureCause> sqliteFailure(const QSqlError& error, const QString& path)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return std::nullopt;
    switch (code) {
    case Full:
        return diskFull();
    case ReadOnly:
        // The file system says which: read-only media, a read-only file, a folder closed to the user.
        if (const FailureCause cause = writeFailure(path); cause.cause != systemRefused().cause)
            return cause;
        return FailureCause{Tr::tr("the file cannot be written (read-only file or folder)"),
                            Tr::tr("Ask for write access, or work on a copy.")};
    case IoError:
        return writeFailure(path).cause == diskFull().cause
                   ? diskFull()
                   : FailureCause{Tr::tr("the disk could not be read or written"),
                                  Tr::tr("Check the disk (connection of a key or a share), then try again.")};
    case Corrupt:
    case NotADatabase:
        return FailureCause{Tr::tr("the file is damaged"),
                            Tr::tr("Restore its latest backup (File ▸ Backups) or a copy you kept.")};
    case Busy:
    case Locked:
        return FailureCause{Tr::tr("another program is using the file"),
                            Tr::tr("Close the other program, then try again.")};
    case CantOpen:
        return FailureCause{Tr::tr("the file cannot be opened"),
                            Tr::tr("Check that it still exists and that you may read it.")};
    default:
        return std::nullopt;
    }
}

QString failureMessage(const QString& what, const FailureCause& cause, const QString& kept, const QString& detail)
{
    QString message = Tr::tr("%1: %2.").arg(what, cause.cause);
    if (!kept.isEmpty())
        message += QLatin1Char(' ') + kept;
    if (!cause.remedy.isEmpty())
        message += QLatin1Char(' ') + cause.remedy;
    if (!detail.trimmed().isEmpty())
        message += QLatin1Char('\n') + Tr::tr("Technical detail: %1").arg(detail.trimmed());
    return message;
}

std::optional<FailureCause> serverFailure(const QSqlError& error)
{
    // PostgreSQL's SQLSTATE: its class (two first characters), or the exact code.
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("42501"))
        return FailureCause{Tr::tr("your role on the server does not allow this change"),
                            Tr::tr("Ask the coordinator if it should.")};
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return FailureCause{Tr::tr("someone else was changing the same records at the same moment"),
                            Tr::tr("Try again.")};
    if (state == QLatin1String("53100"))
        return FailureCause{Tr::tr("the server's disk is full"), Tr::tr("Tell the IT service, then try again.")};
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
        error.text().contains(QLatin1String("server closed the connection")) ||
        error.text().contains(QLatin1String("no connection to the server")))
        return FailureCause{Tr::tr("the connection to the server was lost"),
                            Tr::tr("Check the network, then reopen the database.")};
    return std::nullopt;
}

QString sqlFailureMessage(const QSqlError& error, const QString& path, const QString& statement)
{
    const bool server = isServerLocation(path);
    const auto address = server ? ServerAddress::parse(path) : std::nullopt;
    const QString name = address ? address->displayName() : QFileInfo(path).fileName();
    const QString what = server ? Tr::tr("The %1 could not be read or written").arg(name)
                                : Tr::tr("The database %1 could not be read or written").arg(name);
    const QString kept = server ? Tr::tr("Nothing more was written: the server holds what was last saved.")
                                : Tr::tr("Nothing more was written: the file holds what was last saved.");
    const QString detail = statement.isEmpty() ? error.text() : QStringLiteral("%1 (%2)").arg(error.text(), statement);
    if (const auto cause = server ? serverFailure(error) : sqliteFailure(error, path))
        return failureMessage(what, *cause, kept, detail);
    return failureMessage(what,
                          {Tr::tr("an unexpected database error occurred"),
                           Tr::tr("Please report it to your Pacte contact with the detail below.")},
                          kept, detail);
}

} // namespace pacte
