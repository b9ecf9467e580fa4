#include "newfile.h"

#include "storageerror.h"

#include <functional>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::NewFile)
};

constexpr QLatin1String Suffix(".pacte-tmp");
// SQLite's companions of a temporary file that is a database being created.
constexpr QLatin1String Companions[] = {QLatin1String("-journal"), QLatin1String("-wal"), QLatin1String("-shm")};
// Where file locks are not supported, a leftover is one nobody has written to for this long.
constexpr qint64 UnlockedLeftoverAgeSeconds = 3600;
constexpr int RandomLength = 6;

// ".NAME." for the target NAME, the name cut short so that the temporary name stays within the 255
// bytes a file system allows (70 characters: at most 210 bytes in UTF-8).
QString prefixFor(const QString& target)
{
    return QLatin1Char('.') + QFileInfo(target).fileName().left(70) + QLatin1Char('.');
}

QString randomPart()
{
    static constexpr char Letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString part;
    for (int i = 0; i < RandomLength; ++i)
        part += QLatin1Char(Letters[QRandomGenerator::global()->bounded(int(sizeof(Letters) - 1))]);
    return part;
}

// A temporary file's name without its SQLite companion suffix, if any.
QString withoutCompanion(const QString& name)
{
    for (const QLatin1String companion : Companions) {
        if (name.endsWith(Suffix + companion))
            return name.chopped(companion.size());
    }
    return name;
}

void removeWithCompanions(const QString& path)
{
    QFile::remove(path);
    for (const QLatin1String companion : Companions)
        QFile::remove(path + companion);
}

} // namespace

NewFile::NewFile(const QString& target, Existing existing)
    : m_target(QFileInfo(target).absoluteFilePath())
    , m_existing(existing)
    , m_kept(QFileInfo::exists(target) ? Tr::tr("The file that had this name was kept as it was.")
                                       : Tr::tr("No file was left under this name."))
{}

NewFile::~NewFile()
{
    if (!m_committed)
        cancel();
}

bool NewFile::isTemporaryName(const QString& path)
{
    const QString name = withoutCompanion(QFileInfo(path).fileName());
    return name.startsWith(QLatin1Char('.')) && name.endsWith(Suffix) &&
           name.size() > Suffix.size() + RandomLength + 2 &&
           name.at(name.size() - Suffix.size() - RandomLength - 1) == QLatin1Char('.');
}

namespace {

// Removes the temporary files of `folder` that `matches` (by name) and nobody holds any more.
int removeUnheld(const QDir& folder, const std::function<bool(const QString&)>& matches)
{
    int removed = 0;
    const QStringList entries = folder.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& entry : entries) {
        const QString main = withoutCompanion(entry);
        if (!NewFile::isTemporaryName(main) || !matches(main))
            continue;
        const QString path = folder.filePath(main);
        if (!QFileInfo::exists(path)) {
            // A companion whose database is gone.
            removed += QFile::remove(folder.filePath(entry)) ? 1 : 0;
            continue;
        }
        if (entry != main)
            continue; // handled with its file
        platform::IdentityLock probe;
        switch (probe.tryLock(path)) {
        case platform::IdentityLock::Result::Locked:
            break; // nobody writes it any more
        case platform::IdentityLock::Result::Unsupported:
            if (QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTimeUtc()) < UnlockedLeftoverAgeSeconds)
                continue;
            break;
        case platform::IdentityLock::Result::HeldElsewhere:
        case platform::IdentityLock::Result::Failed:
            continue; // being written, or not ours to remove
        }
        probe.unlock();
        removeWithCompanions(path);
        ++removed;
    }
    return removed;
}

} // namespace

int NewFile::removeLeftovers(const QString& target)
{
    // ".NAME." + 6 characters + ".pacte-tmp": a longer name is another target's (".NAME.pdf...").
    const QString prefix = prefixFor(target);
    return removeUnheld(QFileInfo(target).absoluteDir(), [&prefix](const QString& name) {
        return name.startsWith(prefix) && name.size() == prefix.size() + RandomLength + Suffix.size();
    });
}

int NewFile::removeLeftoversIn(const QString& folder)
{
    return removeUnheld(QDir(folder), [](const QString&) { return true; });
}

bool NewFile::fail(const QString& errorString)
{
    // The cause first: the temporary file still takes its space on a full disk.
    m_failure = writeFailure(m_target);
    m_errorString = errorString;
    cancel();
    return false;
}

bool NewFile::open()
{
    removeLeftovers(m_target);
    const QString folder = QFileInfo(m_target).absolutePath();
    for (int attempt = 0; attempt < 10; ++attempt) {
        m_temporaryPath = QDir(folder).filePath(prefixFor(m_target) + randomPart() + Suffix);
        m_file.setFileName(m_temporaryPath);
        if (m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
        if (QFileInfo::exists(m_temporaryPath))
            continue; // the same random name: draw again
        const QString error = m_file.errorString();
        m_temporaryPath.clear();
        return fail(error);
    }
    if (!m_file.isOpen()) {
        m_temporaryPath.clear(); // another's
        return fail(m_file.errorString());
    }
    // Held until the renaming, so that the next writer of the same target knows it is not a leftover.
    // A file system without locks (Unsupported) falls back on the leftover's age.
    if (m_lock.tryLock(m_temporaryPath) == platform::IdentityLock::Result::Failed)
        return fail(Tr::tr("the temporary file could not be locked"));
    return true;
}

bool NewFile::commit()
{
    if (m_temporaryPath.isEmpty() || m_committed)
        return false;
    // flush() reports a failed last write (a full disk), and the sync what the disk refused later.
    if (m_file.isOpen() && (!m_file.flush() || m_file.error() != QFileDevice::NoError))
        return fail(m_file.errorString());
    if (m_file.isOpen() && !platform::syncFile(m_file.handle()))
        return fail(Tr::tr("the disk did not confirm the write"));
    m_file.close();
    if (m_file.error() != QFileDevice::NoError)
        return fail(m_file.errorString());
    // A replaced file keeps its permissions.
    if (const QFileInfo existing(m_target); existing.exists())
        QFile::setPermissions(m_temporaryPath, existing.permissions());
    m_lock.unlock();
    QString error;
    bool renamed = false;
    if (m_existing == Existing::Keep) {
        // QFile::rename never replaces a file (renameat2 with RENAME_NOREPLACE, or link and unlink).
        QFile temporary(m_temporaryPath);
        renamed = temporary.rename(m_target);
        error = temporary.errorString();
        if (!renamed && QFileInfo::exists(m_target)) {
            m_errorString = error;
            m_failure = {Tr::tr("a file of that name appeared meanwhile"), Tr::tr("Choose another name.")};
            cancel();
            return false;
        }
    } else {
        renamed = platform::replaceFile(m_temporaryPath, m_target, &error);
    }
    if (!renamed)
        return fail(error);
    m_committed = true;
    platform::syncFolder(QFileInfo(m_target).absolutePath());
    return true;
}

bool NewFile::write(const QByteArray& bytes)
{
    return m_file.write(bytes) == bytes.size() || abandon();
}

bool NewFile::abandon()
{
    return fail(m_file.errorString());
}

void NewFile::cancel()
{
    m_file.close();
    m_lock.unlock();
    if (!m_temporaryPath.isEmpty() && !m_committed)
        removeWithCompanions(m_temporaryPath);
}

void writeNewFile(const QString& path, const QByteArray& bytes, const QString& what)
{
    NewFile file(path);
    if (!file.open() || !file.write(bytes) || !file.commit())
        throw StorageError(failureMessage(what, file.failure(), file.keptText(), file.errorString()));
}

void copyToNewFile(const QString& source, const QString& target, const QString& what, const QString& kept)
{
    NewFile file(target, NewFile::Existing::Keep);
    const QString keptText = kept.isEmpty() ? file.keptText() : kept;
    QFile input(source);
    if (!input.open(QIODevice::ReadOnly))
        throw StorageError(failureMessage(what, readFailure(source), keptText, input.errorString()));
    bool written = file.open();
    while (written && !input.atEnd()) {
        const QByteArray chunk = input.read(1024 * 1024);
        if (chunk.isEmpty()) {
            file.cancel();
            throw StorageError(failureMessage(what, readFailure(source), keptText, input.errorString()));
        }
        written = file.write(chunk);
    }
    if (!written || !file.commit())
        throw StorageError(failureMessage(what, file.failure(), keptText, file.errorString()));
}

} // namespace pacte
