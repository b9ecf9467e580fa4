#pragma once

#include "storage/database.h"
#include "storage/storageerror.h"

#include <functional>
#include <optional>

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

class QThreadPool;
class QWidget;

namespace pacte {

// The threads the background reads run on: a pool of their own, never Qt's global one. Qt's raster
// engine splits a large fill or image conversion over the global pool and waits for it, so a read
// running there froze the window's first paint until it was done (0.5 s while opening a
// 50,000-action file).
QThreadPool* backgroundReadPool();

// Waits for `watcher`'s work: up to 50 ms blocked, then while the window goes on painting; past
// 150 ms, an application-modal progress says `text` and lets the user cancel. False when she did (the work goes on
// alone and its result is to be dropped).
bool waitWithProgress(QWidget* parent, const QString& text, const QFutureWatcherBase& watcher);

// `read` started on a worker thread of backgroundReadPool(), on a read-only connection of its own to
// `db`'s file (opened and closed on that thread): its result, or std::nullopt when it failed.
template <typename Result>
QFuture<std::optional<Result>> startRead(const Database& db, std::function<Result(Database&)> read)
{
    return QtConcurrent::run(
        backgroundReadPool(),
        [path = db.path(), user = db.userName(), read = std::move(read)]() -> std::optional<Result> {
            try {
                const auto reader = Database::openReader(path, user);
                return read(*reader);
            } catch (const StorageError&) {
                return std::nullopt;
            }
        });
}

// Runs `read` on a worker thread, on a read-only connection of its own to `db`'s file (opened and
// closed on that thread), and gives its result to `done` on `context`'s thread: nothing when
// `context` is gone by then, std::nullopt when the read failed (the caller may read again on its
// own thread to say why). For the reads that would freeze the window (every action sheet of a
// large file): the window is painted and answers meanwhile.
template <typename Result>
void readInBackground(QObject* context, const Database& db, std::function<Result(Database&)> read,
                      std::function<void(std::optional<Result>)> done)
{
    auto* watcher = new QFutureWatcher<std::optional<Result>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(startRead(db, std::move(read)));
}

// Runs `read` as readInBackground() does, and waits for it with waitWithProgress(): for a read its
// caller needs before it can go on (a list shown for the first time). Its result; std::nullopt when
// the user cancelled (`cancelled` is then set) or the read failed (the caller may read again on its
// own thread to say why).
template <typename Result>
std::optional<Result> readWaiting(QWidget* parent, const Database& db, const QString& text,
                                  std::function<Result(Database&)> read, bool& cancelled)
{
    QFutureWatcher<std::optional<Result>> watcher;
    watcher.setFuture(startRead(db, std::move(read)));
    cancelled = !waitWithProgress(parent, text, watcher);
    return cancelled ? std::nullopt : watcher.result();
}

} // namespace pacte
