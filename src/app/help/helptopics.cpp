#include "helptopics.h"

#include "helpguide.h"

namespace pacte::help {

Topic topicForSection(std::optional<SectionId> section)
{
    if (!section)
        return {guidePage(), {}};
    // The headings as the guide writes them (docs/guide-utilisateur.md); a GUI test checks that
    // every section finds its heading there.
    switch (*section) {
    case SectionId::Dashboard:
        return {guidePage(), QStringLiteral("Tableau de bord")};
    case SectionId::Compliance:
        return {guidePage(), QStringLiteral("Conformité")};
    case SectionId::Partners:
        return {guidePage(), QStringLiteral("Partenaires")};
    case SectionId::Persons:
        return {guidePage(), QStringLiteral("Personnes et référents")};
    case SectionId::Territories:
        return {guidePage(), QStringLiteral("Territoires")};
    case SectionId::Axes:
        return {guidePage(), QStringLiteral("Axes et thématiques")};
    case SectionId::Groups:
        return {guidePage(), QStringLiteral("Groupes de travail")};
    case SectionId::Actions:
        return {guidePage(), QStringLiteral("Actions")};
    case SectionId::Indicators:
        return {guidePage(), QStringLiteral("Indicateurs")};
    case SectionId::Meetings:
        return {guidePage(), QStringLiteral("Instances et réunions")};
    case SectionId::Evaluation:
        return {guidePage(), QStringLiteral("Évaluation annuelle")};
    case SectionId::Coverage:
        return {guidePage(), QStringLiteral("Couverture (qui fait quoi, où)")};
    }
    return {guidePage(), {}};
}

Topic sheetTopic()
{
    // The heading as docs/guide-fiches.md writes it; a GUI test checks that it is found there.
    return {sheetsGuidePage(), QStringLiteral("2. Remplir la fiche (référent)")};
}

} // namespace pacte::help
