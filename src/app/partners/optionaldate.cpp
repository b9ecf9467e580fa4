#include "optionaldate.h"

#include "domain/clock.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>

namespace pacte {

namespace {

// Shown, blank, while there is no date.
const QDate noDate(1900, 1, 1);

} // namespace

void setUpOptionalDate(QCheckBox* check, QDateEdit* edit, const std::function<void()>& picked)
{
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QStringLiteral(" "));
    edit->setCalendarPopup(true);
    edit->setDate(noDate);
    edit->setEnabled(false);
    QObject::connect(check, &QCheckBox::toggled, edit, [edit](bool checked) {
        if (checked && edit->date() == noDate)
            edit->setDate(Clock::currentDate());
        else if (!checked)
            edit->setDate(noDate);
        edit->setEnabled(checked);
    });
    // Queued: the pop-up sets the date after the calendar's own signal.
    QObject::connect(edit->calendarWidget(), &QCalendarWidget::clicked, edit, picked, Qt::QueuedConnection);
    QObject::connect(edit->calendarWidget(), &QCalendarWidget::activated, edit, picked, Qt::QueuedConnection);
}

void setOptionalDate(QCheckBox* check, QDateEdit* edit, const QDate& date)
{
    check->setChecked(date.isValid());
    edit->setDate(date.isValid() ? date : noDate);
    edit->setEnabled(date.isValid());
}

QDate optionalDate(const QCheckBox* check, const QDateEdit* edit)
{
    return check->isChecked() && edit->date() != noDate ? edit->date() : QDate();
}

} // namespace pacte
