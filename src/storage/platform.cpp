#include "platform.h"

#include <filesystem>
#include <system_error>

#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pacte::platform {

namespace {

#ifdef Q_OS_UNIX
// SQLite locks the bytes from 0x40000000 (1 GiB) to 0x400001ff of a database file; this one, far
// beyond them, is ours alone (a lock may lie past the end of a file).
constexpr off_t LockByte = 0x7fffff00;

FileIdentity identityOf(const struct stat& status)
{
    return {static_cast<quint64>(status.st_dev), static_cast<quint64>(status.st_ino), true};
}
#endif

} // namespace

FileIdentity fileIdentity(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat status
    {};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0)
        return identityOf(status);
#else
    Q_UNUSED(path);
#endif
    return {};
}

IdentityLock::~IdentityLock()
{
    unlock();
}

IdentityLock::Result IdentityLock::tryLock(const QString& path)
{
    if (isLocked())
        return Result::Locked;
#ifdef Q_OS_UNIX
    const int handle = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (handle < 0)
        return Result::Failed;
    const auto give = [handle](Result result) {
        ::close(handle);
        return result;
    };
#ifdef F_OFD_SETLK
    // An open-file-description lock: unlike a POSIX lock, closing another descriptor of the file (as
    // SQLite and every QFile do) does not release it, and two descriptors of one process conflict.
    struct flock region
    {};
    region.l_type = F_WRLCK;
    region.l_whence = SEEK_SET;
    region.l_start = LockByte;
    region.l_len = 1;
    if (::fcntl(handle, F_OFD_SETLK, &region) != 0) {
        const int error = errno;
        return give(error == EAGAIN || error == EACCES ? Result::HeldElsewhere : Result::Unsupported);
    }
#else
    if (::flock(handle, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        return give(error == EWOULDBLOCK ? Result::HeldElsewhere : Result::Unsupported);
    }
#endif
    // The name must still lead to the file locked (not to one put in its place meanwhile).
    struct stat held
    {};
    if (::fstat(handle, &held) != 0 || !(identityOf(held) == fileIdentity(path)))
        return give(Result::Failed);
    m_handle = handle;
    m_identity = identityOf(held);
    return Result::Locked;
#else
    Q_UNUSED(path);
    return Result::Unsupported;
#endif
}

void IdentityLock::unlock()
{
#ifdef Q_OS_UNIX
    if (m_handle >= 0)
        ::close(m_handle); // releases the lock
#endif
    m_handle = -1;
    m_identity = {};
}

bool syncFile(int handle)
{
#ifdef Q_OS_UNIX
    return handle < 0 || ::fsync(handle) == 0;
#else
    Q_UNUSED(handle);
    return true;
#endif
}

void syncFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    const int handle = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (handle >= 0) {
        ::fsync(handle);
        ::close(handle);
    }
#else
    Q_UNUSED(folder);
#endif
}

bool replaceFile(const QString& from, const QString& to, QString* error)
{
    // rename() on POSIX systems, MoveFileEx(MOVEFILE_REPLACE_EXISTING) on Windows.
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            code);
    if (code && error)
        *error = QString::fromStdString(code.message());
    return !code;
}

QString accountName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (name.isEmpty()) {
        if (const passwd* account = ::getpwuid(::getuid()); account && account->pw_name)
            name = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return name;
}

} // namespace pacte::platform
