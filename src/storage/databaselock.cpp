#include "databaselock.h"

#include "domain/clock.h"
#include "failures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::DatabaseLock)
};

// A lock file is written at once by its creator: one still empty or unreadable after this long was
// left by a process killed in between, and is stale.
constexpr int UnreadableGraceMs = 300;

QString ownerPath(const QString& lockPath)
{
    return lockPath + QStringLiteral(".owner");
}

// The canonical path of a database file, symbolic links resolved; for a file not yet created,
// its folder's canonical path and its name.
QString canonicalPath(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    if (const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath(); !folder.isEmpty())
        return QDir(folder).filePath(info.fileName());
    return info.absoluteFilePath();
}

QString& programOverride()
{
    static QString program;
    return program;
}

} // namespace

QString LockHolder::description() const
{
    if (underAnotherName)
        return Tr::tr("under another name of the same file (a link)");
    QStringList parts;
    if (!userName.isEmpty())
        parts << Tr::tr("by %1").arg(userName);
    if (!hostName.isEmpty() && hostName != QSysInfo::machineHostName())
        parts << Tr::tr("on %1").arg(hostName);
    else if (pid > 0 && userName.isEmpty())
        parts << Tr::tr("(process %1)").arg(pid);
    if (since.isValid())
        parts << Tr::tr("since %1").arg(since.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    return parts.join(QLatin1Char(' '));
}

FailureCause LockHolder::asCause() const
{
    if (underAnotherName)
        return {Tr::tr("it is open under another name of the same file (a link), in Pacte or in a pacte-cli command"),
                Tr::tr("Close it there, then try again.")};
    const QString who = description();
    if (program == QLatin1String("pacte"))
        return {who.isEmpty() ? Tr::tr("it is open in a Pacte window")
                              : Tr::tr("it is open in a Pacte window %1").arg(who),
                Tr::tr("Close it in that window, then try again.")};
    if (program.startsWith(QLatin1String("pacte-cli")))
        return {who.isEmpty() ? Tr::tr("it is being changed by the command %1").arg(program)
                              : Tr::tr("it is being changed by the command %1, run %2").arg(program, who),
                Tr::tr("Wait for the command to end, then try again.")};
    if (!program.isEmpty())
        return {who.isEmpty() ? Tr::tr("it is open in the program %1").arg(program)
                              : Tr::tr("it is open in the program %1, run %2").arg(program, who),
                Tr::tr("Close it there, then try again.")};
    return {who.isEmpty() ? Tr::tr("it is open in another instance of Pacte")
                          : Tr::tr("it is open in another instance of Pacte, %1").arg(who),
            Tr::tr("Close it there, then try again.")};
}

void DatabaseLock::setProgram(const QString& program)
{
    programOverride() = program;
}

QString DatabaseLock::program()
{
    if (!programOverride().isEmpty())
        return programOverride();
    return QFileInfo(QCoreApplication::applicationFilePath()).fileName();
}

DatabaseLock::DatabaseLock(const QString& databasePath)
    : m_databasePath(canonicalPath(databasePath))
    , m_lockPath(m_databasePath + QStringLiteral(".lock"))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // No time-based staleness: a lock is stale only when its process is gone (Qt checks the pid
    // on this host), so a coordinator's session left open for days keeps its lock.
    m_lock->setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock()
{
    unlock();
}

QString DatabaseLock::lockPath(const QString& databasePath)
{
    return canonicalPath(databasePath) + QStringLiteral(".lock");
}

bool DatabaseLock::removeUnreadableLock()
{
    // Qt takes over a lock whose process is gone, but not one that names no process: the creator was
    // killed between creating the file and writing it. Wait a moment for a live creator to write it.
    for (int waited = 0; waited < UnreadableGraceMs; waited += 50) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (!QFileInfo::exists(m_lockPath) || m_lock->getLockInfo(&pid, &host, &application))
            return false;
        QThread::msleep(50);
    }
    return m_lock->removeStaleLockFile();
}

DatabaseLock::Outcome DatabaseLock::tryLock(const QString& userName)
{
    if (m_lock->isLocked())
        return Outcome::Locked;
    m_failure = {};
    m_heldUnderAnotherName = false;
    const bool leftover = QFileInfo::exists(m_lockPath);
    bool locked = m_lock->tryLock(0);
    if (!locked && m_lock->error() == QLockFile::LockFailedError && removeUnreadableLock())
        locked = m_lock->tryLock(0);
    if (!locked) {
        switch (m_lock->error()) {
        case QLockFile::LockFailedError:
            return Outcome::HeldByOther;
        case QLockFile::PermissionError:
        case QLockFile::UnknownError:
        case QLockFile::NoError:
            m_failure = writeFailure(m_lockPath);
            return Outcome::Failed;
        }
    }
    m_tookOverStale = leftover;
    if (QFileInfo::exists(m_databasePath)) {
        if (const Outcome identity = lockIdentity(); identity != Outcome::Locked) {
            m_lock->unlock();
            return identity;
        }
    }
    QSaveFile owner(ownerPath(m_lockPath));
    if (owner.open(QIODevice::WriteOnly)) {
        const QJsonObject info{{QStringLiteral("user"), userName},
                               {QStringLiteral("host"), QSysInfo::machineHostName()},
                               {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                               {QStringLiteral("program"), program()},
                               {QStringLiteral("since"), Clock::currentDateTimeUtc().toString(Qt::ISODate)}};
        // Without it (a full disk) the lock holds all the same; others just cannot say who.
        owner.write(QJsonDocument(info).toJson(QJsonDocument::Compact));
        owner.commit();
    }
    return Outcome::Locked;
}

DatabaseLock::Outcome DatabaseLock::lockIdentity()
{
    switch (m_identity.tryLock(m_databasePath)) {
    case platform::IdentityLock::Result::Locked:
    case platform::IdentityLock::Result::Unsupported:
        return Outcome::Locked;
    case platform::IdentityLock::Result::HeldElsewhere:
        m_heldUnderAnotherName = true;
        return Outcome::HeldByOther;
    case platform::IdentityLock::Result::Failed:
        break;
    }
    m_failure = writeFailure(m_databasePath);
    return Outcome::Failed;
}

void DatabaseLock::unlock()
{
    m_identity.unlock();
    if (m_lock && m_lock->isLocked()) {
        QFile::remove(ownerPath(m_lockPath));
        m_lock->unlock();
    }
}

bool DatabaseLock::isLocked() const
{
    return m_lock->isLocked();
}

LockHolder DatabaseLock::holder() const
{
    LockHolder holder;
    if (m_heldUnderAnotherName) {
        holder.underAnotherName = true;
        return holder;
    }
    QString appName;
    if (!m_lock->getLockInfo(&holder.pid, &holder.hostName, &appName))
        return holder;
    holder.since = QFileInfo(m_lockPath).lastModified();
    QFile owner(ownerPath(m_lockPath));
    if (owner.open(QIODevice::ReadOnly)) {
        const QJsonObject info = QJsonDocument::fromJson(owner.readAll()).object();
        if (info.value(QStringLiteral("pid")).toInteger() == holder.pid) {
            holder.userName = info.value(QStringLiteral("user")).toString();
            holder.program = info.value(QStringLiteral("program")).toString();
            const QDateTime since = QDateTime::fromString(info.value(QStringLiteral("since")).toString(), Qt::ISODate);
            if (since.isValid())
                holder.since = since;
        }
    }
    return holder;
}

} // namespace pacte
