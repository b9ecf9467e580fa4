#include "clock.h"

namespace pacte {

namespace {

// Invalid while the clock follows the system's.
QDateTime& fixedUtc()
{
    static QDateTime value;
    return value;
}

} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    return isFixed() ? fixedUtc() : QDateTime::currentDateTimeUtc();
}

QDateTime Clock::currentDateTime()
{
    return isFixed() ? fixedUtc().toLocalTime() : QDateTime::currentDateTime();
}

QDate Clock::currentDate()
{
    return isFixed() ? fixedUtc().toLocalTime().date() : QDate::currentDate();
}

void Clock::setFixed(const QDateTime& utc)
{
    Q_ASSERT(utc.isValid());
    fixedUtc() = utc.toUTC();
}

void Clock::reset()
{
    fixedUtc() = QDateTime();
}

bool Clock::isFixed()
{
    return fixedUtc().isValid();
}

} // namespace pacte
