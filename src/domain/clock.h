#pragma once

#include <QDate>
#include <QDateTime>

namespace pacte {

// "Now" as Pacte sees it (KeePassXC's core/Clock.h). Code below the GUI asks here rather than
// Clock::currentDate(), so that a test can fix the time and expect exact dates: an evaluation day,
// the year a freeze refuses, a change-log timestamp.
class Clock final
{
public:
    Clock() = delete;

    static QDateTime currentDateTimeUtc();
    static QDateTime currentDateTime(); // local time
    static QDate currentDate();         // the local date

    // For tests: every call answers `utc` (in local time where local time is asked) until reset().
    // Not thread-safe: set it before anything else reads the clock.
    static void setFixed(const QDateTime& utc);
    static void reset();
    static bool isFixed();
};

} // namespace pacte
