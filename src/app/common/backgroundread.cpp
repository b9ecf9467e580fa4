#include "backgroundread.h"

#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::BackgroundRead)
};

} // namespace

QThreadPool* backgroundReadPool()
{
    // Owned by the application, which waits for the reads still running when it ends.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("pacteBackgroundReads"));
        // The dashboard's figures, its governance check and a list's rows may be read at once.
        pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    }
    return pool;
}

bool waitWithProgress(QWidget* parent, const QString& text, const QFutureWatcherBase& watcher)
{
    // A short wait blocks, as the work would have on this thread: no event is handled in the middle of
    // the caller's work (an opening, a list being filled) unless it must.
    QElapsedTimer blocked;
    blocked.start();
    while (!watcher.isFinished() && blocked.elapsed() < 50)
        QThread::usleep(500);
    if (watcher.isFinished())
        return true;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    // Then the window is painted for a moment, what the user types meanwhile kept for after.
    QTimer moment;
    moment.setSingleShot(true);
    QObject::connect(&moment, &QTimer::timeout, &loop, &QEventLoop::quit);
    moment.start(100);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (watcher.isFinished())
        return true;
    // A longer wait says what it waits for, and may be cancelled; the window takes no input meanwhile.
    QProgressDialog progress(text, Tr::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("backgroundReadProgress"));
    progress.setWindowTitle(QCoreApplication::applicationName());
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setMinimumWidth(380);
    bool cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    progress.show();
    if (!watcher.isFinished())
        loop.exec();
    return !cancelled && watcher.isFinished();
}

} // namespace pacte
