#pragma once

#include <QString>
#include <QtGlobal>

// What Qt does not offer portably: a file's identity on its file system, a lock held on the file
// itself, and the system account's name. The only platform-specific code of the storage layer.
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

// The system account's name: USER or USERNAME, else (services and containers often run without
// them) the system's account database; empty when nothing says.
QString accountName();

} // namespace pacte::platform
