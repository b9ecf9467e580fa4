#include "action.h"

#include <QCoreApplication>

namespace pacte {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Action)
};
} // namespace

QStringList Action::missingSheetFields() const
{
    QStringList missing;
    if (objectives.trimmed().isEmpty())
        missing << Tr::tr("objectives");
    if (publicIds.isEmpty())
        missing << Tr::tr("target publics");
    if (modalities.trimmed().isEmpty() && deliverables.trimmed().isEmpty())
        missing << Tr::tr("implementation modalities and deliverables");
    if (indicators.isEmpty())
        missing << Tr::tr("at least one indicator");
    return missing;
}

} // namespace pacte
