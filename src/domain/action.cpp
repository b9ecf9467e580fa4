#include "action.h"

#include <QCoreApplication>

namespace pacte {

QStringList Action::missingSheetFields() const
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("pacte::Action", text); };
    QStringList missing;
    if (objectives.trimmed().isEmpty())
        missing << tr("objectives");
    if (publicIds.isEmpty())
        missing << tr("target publics");
    if (modalities.trimmed().isEmpty() && deliverables.trimmed().isEmpty())
        missing << tr("implementation modalities and deliverables");
    if (indicators.isEmpty())
        missing << tr("at least one indicator");
    return missing;
}

} // namespace pacte
