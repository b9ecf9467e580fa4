#pragma once

#include "failures.h"
#include "platform.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace pacte {

// A file born whole: written under a temporary name in its target's folder (".NAME.XXXXXX.pacte-tmp"),
// flushed to the disk, and renamed onto the target only when complete, so that a failure or a killed
// process never leaves a partial file under the target's name. The one way Pacte writes a new file:
// reports, dumps, sheets, backup copies, copies and new databases (which SQLite fills through
// temporaryPath()), and workbooks written by a library that takes a path.
//
// The temporary file is locked while it is written (platform::IdentityLock); open() first removes the
// temporary files of the same target that nobody holds any more, the leftovers of a killed writer.
class NewFile final
{
public:
    enum class Existing {
        Replace, // a file already at the target is replaced in one step
        Keep     // commit() fails if a file took the target's name meanwhile (new databases)
    };

    explicit NewFile(const QString& target, Existing existing = Existing::Replace);
    // Removes the temporary file unless commit() succeeded.
    ~NewFile();
    NewFile(const NewFile&) = delete;
    NewFile& operator=(const NewFile&) = delete;

    // Creates the temporary file, open for writing through device(). False on failure: failure() says why.
    bool open();
    // The temporary file, for writing through Qt; a library that writes by name uses temporaryPath().
    QFile& device() { return m_file; }
    const QString& temporaryPath() const { return m_temporaryPath; }
    const QString& target() const { return m_target; }

    // Flushes and syncs what was written, then renames the temporary file onto the target. False on
    // failure (nothing left under the target's name but what was there before): failure() says why.
    bool commit();
    // Writes through device(); false on failure, the temporary file removed and failure() set.
    bool write(const QByteArray& bytes);
    // Gives up after a write through device() failed: failure() says why (read before the temporary
    // file is removed, while it still takes its space). Returns false.
    bool abandon();
    // Removes the temporary file (a cancellation).
    void cancel();

    // Why open() or commit() failed, read while the temporary file still took its space, and the
    // system's own text (for a "technical detail" line).
    const FailureCause& failure() const { return m_failure; }
    const QString& errorString() const { return m_errorString; }
    // "No file was left under this name." or "The file that had this name was kept as it was.",
    // as it was before open().
    const QString& keptText() const { return m_kept; }

    // Removes the temporary files of `target` left by killed writers (those nobody holds); how many.
    static int removeLeftovers(const QString& target);
    // The same for every target in `folder`, for a folder of Pacte's own whose files never get the same
    // name twice (the backup copies).
    static int removeLeftoversIn(const QString& folder);
    // Whether `path` is one of the temporary files NewFile writes (or a companion of one).
    static bool isTemporaryName(const QString& path);

private:
    bool fail(const QString& errorString);

    QString m_target;
    Existing m_existing;
    QString m_temporaryPath;
    QFile m_file;
    platform::IdentityLock m_lock;
    bool m_committed = false;
    FailureCause m_failure;
    QString m_errorString;
    QString m_kept;
};

// Writes `bytes` to `path` through a NewFile; on failure throws StorageError with the message
// "`what`: cause. What was kept. What to do." and the system's text as its technical detail.
void writeNewFile(const QString& path, const QByteArray& bytes, const QString& what);

// Copies `source` to the new file `target` (Existing::Keep: never over a file) through a NewFile; on
// failure throws StorageError as writeNewFile() does, a source that cannot be read included. `kept`
// replaces the message's "No file was left under this name." when given.
void copyToNewFile(const QString& source, const QString& target, const QString& what, const QString& kept = {});

} // namespace pacte
