#pragma once

#include "editiondata.h"

#include <QHash>
#include <QString>

namespace pacte {

// The names a coverage is shown with, looked up once: the command line, the report and the window
// name thousands of actions and groups, and EditionData's look-ups walk their lists.
class CoverageLookup final
{
public:
    explicit CoverageLookup(const EditionData& data);

    QString territory(Id id) const { return m_territories.value(id); }
    QString theme(Id id) const { return m_themes.value(id); }
    QString partner(Id id) const; // its acronym, or its name
    QString partnerFullName(Id id) const;
    int axisNumber(Id themeId) const { return m_axisNumbers.value(themeId); }
    QString axisTitle(Id themeId) const { return m_axisTitles.value(themeId); }
    const WorkingGroup* group(Id id) const { return m_groups.value(id); }
    const Action* action(Id id) const { return m_actions.value(id); }
    // "Mobilité (Montpelliérain)", as EditionData::groupLabel() says it.
    QString groupLabel(Id id) const;
    QString partners(const QList<Id>& ids) const; // "CD, PLIE"

private:
    QHash<Id, QString> m_territories;
    QHash<Id, QString> m_themes;
    QHash<Id, int> m_axisNumbers;
    QHash<Id, QString> m_axisTitles;
    QHash<Id, const Partner*> m_partners;
    QHash<Id, const WorkingGroup*> m_groups;
    QHash<Id, const Action*> m_actions;
};

} // namespace pacte
