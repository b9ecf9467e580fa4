#include "databaselock.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

namespace pacte {

namespace {

QString ownerPath(const QString& databasePath)
{
    return DatabaseLock::lockPath(databasePath) + QStringLiteral(".owner");
}

} // namespace

DatabaseLock::DatabaseLock(const QString& databasePath)
    : m_databasePath(databasePath)
    , m_lock(std::make_unique<QLockFile>(lockPath(databasePath)))
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
    return databasePath + QStringLiteral(".lock");
}

bool DatabaseLock::tryLock(const QString& userName)
{
    if (m_lock->isLocked())
        return true;
    if (!m_lock->tryLock(0))
        return false;
    QSaveFile owner(ownerPath(m_databasePath));
    if (owner.open(QIODevice::WriteOnly)) {
        const QJsonObject info{{QStringLiteral("user"), userName},
                               {QStringLiteral("host"), QSysInfo::machineHostName()},
                               {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                               {QStringLiteral("since"), Clock::currentDateTimeUtc().toString(Qt::ISODate)}};
        owner.write(QJsonDocument(info).toJson(QJsonDocument::Compact));
        owner.commit();
    }
    return true;
}

void DatabaseLock::unlock()
{
    if (m_lock && m_lock->isLocked()) {
        QFile::remove(ownerPath(m_databasePath));
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
    QString appName;
    m_lock->getLockInfo(&holder.pid, &holder.hostName, &appName);
    holder.since = QFileInfo(lockPath(m_databasePath)).lastModified();
    QFile owner(ownerPath(m_databasePath));
    if (owner.open(QIODevice::ReadOnly)) {
        const QJsonObject info = QJsonDocument::fromJson(owner.readAll()).object();
        if (info.value(QStringLiteral("pid")).toInteger() == holder.pid) {
            holder.userName = info.value(QStringLiteral("user")).toString();
            const QDateTime since = QDateTime::fromString(info.value(QStringLiteral("since")).toString(), Qt::ISODate);
            if (since.isValid())
                holder.since = since;
        }
    }
    return holder;
}

} // namespace pacte
