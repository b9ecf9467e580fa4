#pragma once

#include <memory>

#include <QDateTime>
#include <QLockFile>
#include <QString>

namespace pacte {

// Who holds a database file open for writing.
struct LockHolder
{
    QString userName;
    QString hostName;
    qint64 pid = 0;
    QDateTime since;
};

// The single-writer lock of a database file: a QLockFile beside it ("FILE.lock"), with Qt's
// stale-lock recovery (a lock whose process is gone is taken over), plus "FILE.lock.owner"
// naming the user, since the lock file itself only knows the process.
class DatabaseLock final
{
public:
    explicit DatabaseLock(const QString& databasePath);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;

    // Takes the lock at once or not at all; `userName` is written for other instances to read.
    bool tryLock(const QString& userName);
    void unlock();
    bool isLocked() const;

    // The current holder, as other instances see it (valid after a failed tryLock).
    LockHolder holder() const;

    static QString lockPath(const QString& databasePath);

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace pacte
