#pragma once

#include "failures.h"
#include "platform.h"

#include <memory>

#include <QDateTime>
#include <QLockFile>
#include <QString>

namespace pacte {

// Who holds a database file open for writing.
struct LockHolder
{
    QString userName; // empty when the holder did not say (an older Pacte, a full disk)
    QString hostName;
    qint64 pid = 0;
    QDateTime since;
    // The program: "pacte" (a window), "pacte-cli import-sheet" (a command); empty when unknown.
    QString program;
    // Held through another name of the same file (a hard link): who holds it is unknown.
    bool underAnotherName = false;

    // "by Marie on poste-12 since 03/05/2025 14:05", or what is known of the holder, in the UI language.
    QString description() const;
    // The holder as the cause of a refused write, and what to do, in the UI language: "it is open in a
    // Pacte window by Marie on poste-12 since 03/05/2025 14:05" / "Close it there, then try again.", or
    // "it is being changed by the command pacte-cli import-sheet (Marie, since …)" / "Wait for it to end…".
    FailureCause asCause() const;
};

// The single-writer lock of a database file: a QLockFile beside it ("FILE.lock", FILE being the
// canonical path, so that a symbolic link leads to the same lock), with Qt's stale-lock recovery (a
// lock whose process is gone is taken over; an empty or unreadable one too), plus "FILE.lock.owner"
// naming the user, since the lock file itself only knows the process. The file itself is locked
// too, by its identity (device and inode, platform::IdentityLock), so that a hard link cannot
// bypass the lock file.
class DatabaseLock final
{
public:
    enum class Outcome {
        Locked,      // ours now
        HeldByOther, // another instance holds it: holder() says who
        Failed       // the lock could not be written (full disk, read-only folder): failure() says why
    };

    explicit DatabaseLock(const QString& databasePath);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;

    // Takes the lock at once or not at all; `userName` is written for other instances to read.
    Outcome tryLock(const QString& userName);
    void unlock();
    bool isLocked() const;
    // Locks the file's identity once it exists (after a creation renamed it into place).
    Outcome lockIdentity();

    // The current holder, as other instances see it (valid after tryLock() answered HeldByOther).
    LockHolder holder() const;
    // Why tryLock() failed, in the UI language.
    const FailureCause& failure() const { return m_failure; }
    // The lock taken was left behind by a holder that did not release it (its process was killed,
    // or its machine stopped): the file may not have been closed cleanly.
    bool tookOverStaleLock() const { return m_tookOverStale; }

    // The lock file of a database: beside its canonical path.
    static QString lockPath(const QString& databasePath);

    // What this process is, as the locks it takes tell others ("pacte-cli import-sheet"); by default the
    // program's file name ("pacte" for the window).
    static void setProgram(const QString& program);
    static QString program();

private:
    bool removeUnreadableLock();

    QString m_databasePath;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    platform::IdentityLock m_identity;
    bool m_heldUnderAnotherName = false;
    bool m_tookOverStale = false;
    FailureCause m_failure;
};

} // namespace pacte
