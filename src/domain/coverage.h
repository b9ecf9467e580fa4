#pragma once

#include "editiondata.h"

#include <algorithm>

#include <QList>
#include <QMap>

namespace pacte {

// "Qui fait quoi, où" (issue 18): the edition's territories × themes, each cell with the groups
// working there, their actions by status and their partners; and what the coordinator may want to
// look at: themes without a group or without a live action in a territory, several groups on the
// same theme in the same territory, actions of different groups that read alike. These are
// observations on the records, not judgements: the pact does not ask for every theme everywhere.
struct CoverageCell
{
    Id territoryId = NoId;
    Id themeId = NoId;
    Id axisId = NoId;                        // the theme's axis
    QList<Id> groupIds;                      // the group's theme is this one, or one of its actions' is
    QList<Id> actionIds;                     // actions on this theme of groups of this territory
    QMap<ActionStatus, int> actionsByStatus; // statuses that occur only
    QList<Id> partnerIds;                    // pilots, co-pilots and members of those groups

    // Actions being carried out: en cours or en fonctionnement.
    int liveActions() const;
};

enum class CoverageGapKind {
    NoGroup,     // no group recorded on the theme in the territory
    NoLiveAction // groups, but no action en cours or en fonctionnement
};

struct CoverageGap
{
    Id territoryId = NoId;
    Id themeId = NoId;
    CoverageGapKind kind = CoverageGapKind::NoGroup;
    int projects = 0; // actions still projects (NoLiveAction only)
    int finished = 0; // actions réalisées or abandonnées (NoLiveAction only)
};

// Two or more groups on the same theme in the same territory. One group's several actions on its
// own theme are its work, not a superposition of actors' interventions.
struct CoverageOverlap
{
    Id territoryId = NoId;
    Id themeId = NoId;
    QList<Id> groupIds;
    int actions = 0;
};

// Two actions of different groups on the same theme in a territory they share, whose titles or
// objectives have most of their words in common (accents, case and word order ignored). A
// suggestion to look at, with the similarity that raised it.
struct PossibleDuplicate
{
    Id firstActionId = NoId; // the smaller id
    Id secondActionId = NoId;
    Id themeId = NoId;
    QList<Id> territoryIds;     // shared by the two groups
    double titleSimilarity = 0; // Jaccard index of the two titles' word sets, 0 when too short
    double objectivesSimilarity = 0;

    double similarity() const { return std::max(titleSimilarity, objectivesSimilarity); }
};

enum class PartnerRole { Pilot, CoPilot, Member };

// Where a partner appears: one line per group and territory, with its strongest role in the group.
struct PartnerPlace
{
    Id territoryId = NoId;
    Id themeId = NoId; // the group's theme (NoId when it has none)
    Id groupId = NoId;
    PartnerRole role = PartnerRole::Member;
};

struct PartnerCoverage
{
    Id partnerId = NoId;
    int pilots = 0; // groups piloted
    int coPilots = 0;
    int memberships = 0;    // groups taken part in, neither as pilot nor as co-pilot
    QList<Id> territoryIds; // in the edition's order
    QList<Id> themeIds;
    QList<PartnerPlace> places;
};

struct CoverageOptions
{
    Id territoryId = NoId;      // one territory only (NoId: every territory)
    Id axisId = NoId;           // one axis only
    double minSimilarity = 0.6; // Jaccard index from which two texts read alike
    int minWords = 3;           // texts with fewer significant words are not compared
    int maxPairsPerAction = 3;  // the most similar pairs kept for each action
};

struct Coverage
{
    QList<Id> territoryIds;    // rows, in the edition's order
    QList<Id> themeIds;        // columns, by axis then theme order
    QList<CoverageCell> cells; // territoryIds.size() × themeIds.size(), row by row
    QList<CoverageGap> gaps;
    QList<CoverageOverlap> overlaps;
    QList<PossibleDuplicate> duplicates; // most similar first
    QList<PartnerCoverage> partners;     // most involved first
    QList<Id> unplacedGroupIds;          // groups without a theme or a territory of the edition

    const CoverageCell& cell(qsizetype territoryIndex, qsizetype themeIndex) const
    {
        return cells.at(territoryIndex * themeIds.size() + themeIndex);
    }
};

// Computed from the groups and actions of `data` (actions without children are enough).
Coverage computeCoverage(const EditionData& data, const CoverageOptions& options = {});

// The significant words of a text: folded as foldForSearch does, split on anything that is not a
// letter or a digit, without words under three letters and French function words; sorted, unique.
QStringList significantWords(const QString& text);

// Labels, in the UI language.
QString partnerRoleLabel(PartnerRole role);
// "71 %": a similarity as a percentage.
QString similarityPercent(double similarity);
// "titles 100 %, objectives 71 %": the texts of a pair that read alike, with their similarity.
QString similarityText(const PossibleDuplicate& pair);
// "2 en cours, 1 réalisée": a cell's actions by status.
QString statusCountsLabel(const QMap<ActionStatus, int>& counts);
QString partnerRoleCode(PartnerRole role);
QString gapKindCode(CoverageGapKind kind);

} // namespace pacte
