#include "previewbench.h"

#include "app/reports/reportpreview.h"
#include "reports/reportdata.h"
#include "reports/reportpages.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QListView>
#include <QTimer>

namespace pacte::bench {

namespace {

// Tells when its widget has been painted first: the time once the paint is over.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(const QElapsedTimer& clock)
        : m_clock(clock)
    {}

    double painted = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || painted >= 0)
            return QObject::eventFilter(watched, event);
        watched->removeEventFilter(this);
        QCoreApplication::sendEvent(watched, event); // to the other filters, then painted
        painted = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
        return true;
    }

private:
    const QElapsedTimer& m_clock;
};

double seconds(const QElapsedTimer& clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e9;
}

} // namespace

PreviewTimes timePreview(Database& db, const ReportScope& scope)
{
    PreviewTimes times;
    QElapsedTimer clock;
    clock.start();
    const auto report = buildReport(loadReportData(db, scope));
    times.readAndBuild = seconds(clock);
    ReportPages pages(*report, ReportPages::Deferred{});
    ReportPreviewDialog preview(pages, QStringLiteral("Aperçu"), {});
    PaintWatch watch(clock);
    preview.findChild<QListView*>(QStringLiteral("previewPages"))->viewport()->installEventFilter(&watch);
    preview.show();
    while (watch.painted < 0 && clock.elapsed() < 60000)
        QApplication::processEvents();
    times.firstPage = watch.painted;

    // The rest: the longest time between two turns of the event loop is the longest pause.
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer tick;
    tick.setInterval(0);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        times.longestPause = std::max(times.longestPause, static_cast<double>(sinceTick.nsecsElapsed()) / 1e9);
        sinceTick.restart();
    });
    tick.start();
    QEventLoop loop;
    QObject::connect(&preview, &ReportPreviewDialog::laidOut, &loop, &QEventLoop::quit);
    if (!preview.isLaidOut())
        loop.exec();
    tick.stop();
    times.laidOut = seconds(clock);
    times.pages = preview.pageCount();
    return times;
}

} // namespace pacte::bench
