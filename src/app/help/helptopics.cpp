#include "helptopics.h"

#include "helpguide.h"

#include <QHash>

namespace pacte::help {

Topic topicForSection(const QString& sectionName)
{
    // The headings as the guide writes them (docs/guide-utilisateur.md); a GUI test checks that
    // every section of the main window finds its heading there.
    static const QHash<QString, QString> headings{
        {QStringLiteral("dashboardSection"), QStringLiteral("Tableau de bord")},
        {QStringLiteral("complianceSection"), QStringLiteral("Conformité")},
        {QStringLiteral("partnersSection"), QStringLiteral("Partenaires")},
        {QStringLiteral("personsSection"), QStringLiteral("Personnes et référents")},
        {QStringLiteral("territoriesSection"), QStringLiteral("Territoires")},
        {QStringLiteral("axesSection"), QStringLiteral("Axes et thématiques")},
        {QStringLiteral("groupsSection"), QStringLiteral("Groupes de travail")},
        {QStringLiteral("actionsSection"), QStringLiteral("Actions")},
        {QStringLiteral("indicatorsSection"), QStringLiteral("Indicateurs")},
        {QStringLiteral("meetingsSection"), QStringLiteral("Instances et réunions")},
        {QStringLiteral("evaluationSection"), QStringLiteral("Évaluation annuelle")},
    };
    return {guidePage(), headings.value(sectionName)};
}

} // namespace pacte::help
