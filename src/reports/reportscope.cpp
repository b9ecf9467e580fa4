#include "reportscope.h"

#include <QCoreApplication>

namespace pacte {

QString ReportScope::describe(const QString& editionTitle, const QString& territoryName, const QString& axisTitle) const
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("pacte::ReportScope", text); };
    QString text = editionTitle + QStringLiteral(" — ") +
                   (territoryId == NoId ? tr("whole département") : tr("territory: %1").arg(territoryName));
    if (axisId != NoId)
        text += QStringLiteral(" — ") + tr("axis: %1").arg(axisTitle);
    if (year != 0)
        text += QStringLiteral(" — ") + QString::number(year);
    return text;
}

} // namespace pacte
