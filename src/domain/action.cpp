#include "action.h"

#include "actionsheet.h"

#include <QCoreApplication>

namespace pacte {

QStringList Action::missingSheetFields() const
{
    return summarizeSheet(*this).missingFields();
}

} // namespace pacte
