#include "openingcheck.h"

#include "backgroundread.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::OpeningCheck)
};

} // namespace

Database::IntegrityCheck integrityCheckInBackground(QWidget* parent)
{
    return [guard = QPointer<QWidget>(parent)](const QString& path, bool full) -> std::optional<QStringList> {
        QFutureWatcher<QStringList> watcher;
        watcher.setFuture(QtConcurrent::run(backgroundReadPool(),
                                            [path, full] { return Database::integrityProblemsOf(path, full); }));
        const QString name = QFileInfo(path).fileName();
        const QString text = full ? Tr::tr("Checking the whole of %1: it was not closed properly…").arg(name)
                                  : Tr::tr("Checking %1…").arg(name);
        if (!waitWithProgress(guard, text, watcher))
            return std::nullopt; // the check goes on alone and its result is dropped
        return watcher.result();
    };
}

} // namespace pacte
