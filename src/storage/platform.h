#pragma once

#include <QString>
#include <QtGlobal>

// What Qt does not offer portably: a file's identity on its file system, a lock held on the file
// itself, durable writes and renames, and the system account's name. The only platform-specific code of the storage
// layer.
namespace pacte::platform {

// A file's identity on its file system (device and inode on Unix). Two paths of the same identity
// name one file: a hard link, or a symbolic link followed. Invalid when the file does not exist or
// the platform cannot tell.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    bool valid = false;

    bool operator==(const FileIdentity& other) const = default;
};

FileIdentity fileIdentity(const QString& path);

// An advisory lock held on a file's identity, whatever name it is opened under (hard or symbolic
// links), released by the system when the holder closes it or its process ends (a crash leaves
// nothing behind). On Linux an open-file-description lock on one byte that SQLite never locks;
// flock() on other Unix systems. Where the platform or the file system has no such lock, tryLock()
// answers Unsupported and the caller relies on its lock file alone.
class IdentityLock final
{
public:
    enum class Result { Locked, HeldElsewhere, Unsupported, Failed };

    IdentityLock() = default;
    ~IdentityLock();
    IdentityLock(const IdentityLock&) = delete;
    IdentityLock& operator=(const IdentityLock&) = delete;

    Result tryLock(const QString& path);
    void unlock();
    bool isLocked() const { return m_handle >= 0; }
    // The identity of the file held (valid while locked).
    const FileIdentity& identity() const { return m_identity; }

private:
    int m_handle = -1;
    FileIdentity m_identity;
};

// Makes what was written through the open file `handle` durable on its disk (fsync); false when
// the disk refused it (an I/O error, no space left on a network share).
bool syncFile(int handle);

// Makes the last renaming or removal in `folder` durable (fsync of the folder); best effort.
void syncFolder(const QString& folder);

// Renames `from` to `to`, replacing a file already at `to` in one step: a reader sees the old file or
// the new one, never none. The system's text on failure in `error`.
bool replaceFile(const QString& from, const QString& to, QString* error);

// The system account's name: USER or USERNAME, else (services and containers often run without
// them) the system's account database; empty when nothing says.
QString accountName();

} // namespace pacte::platform
