#include "reportscope.h"

#include <QCoreApplication>

namespace pacte {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::ReportScope)
};
} // namespace

QString ReportScope::describe(const QString& editionTitle, const QString& territoryName, const QString& axisTitle) const
{
    QString text = editionTitle + QStringLiteral(" — ") +
                   (territoryId == NoId ? Tr::tr("whole département") : Tr::tr("territory: %1").arg(territoryName));
    if (axisId != NoId)
        text += QStringLiteral(" — ") + Tr::tr("axis: %1").arg(axisTitle);
    if (year != 0)
        text += QStringLiteral(" — ") + QString::number(year);
    return text;
}

} // namespace pacte
