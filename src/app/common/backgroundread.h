#pragma once

#include "storage/database.h"
#include "storage/storageerror.h"

#include <functional>
#include <optional>

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace pacte {

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
    watcher->setFuture(
        QtConcurrent::run([path = db.path(), user = db.userName(), read = std::move(read)]() -> std::optional<Result> {
            try {
                const auto reader = Database::openReader(path, user);
                return read(*reader);
            } catch (const StorageError&) {
                return std::nullopt;
            }
        }));
}

} // namespace pacte
