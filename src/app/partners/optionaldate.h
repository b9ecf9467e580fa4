#pragma once

#include <functional>

#include <QDate>

class QCheckBox;
class QDateEdit;

namespace pacte {

// A date that may be unknown (a signature not dated yet, a deliberation not published): a check box
// says whether there is a date, the date edit beside it holds it and stays blank while unchecked.
// Checking the box proposes today. `picked` runs when a date is chosen in the calendar pop-up, which
// Qt does not report as an edit finished.
void setUpOptionalDate(QCheckBox* check, QDateEdit* edit, const std::function<void()>& picked);
void setOptionalDate(QCheckBox* check, QDateEdit* edit, const QDate& date);
QDate optionalDate(const QCheckBox* check, const QDateEdit* edit);

} // namespace pacte
