#include "localpact.h"

#include "editiondata.h"

#include <algorithm>

namespace pacte {

bool LocalPactReview::isBlank() const
{
    return progress.trimmed().isEmpty() && difficulties.trimmed().isEmpty() && adjustments.trimmed().isEmpty();
}

const LocalPactReview* LocalPact::review(int year) const
{
    for (const auto& item : reviews) {
        if (item.year == year)
            return &item;
    }
    return nullptr;
}

const LocalPactReview* LocalPact::latestReview() const
{
    const LocalPactReview* latest = nullptr;
    for (const auto& item : reviews) {
        if (!item.isBlank() && (!latest || item.year > latest->year))
            latest = &item;
    }
    return latest;
}

void LocalPact::normalise()
{
    for (int i = 0; i < priorities.size(); ++i)
        priorities[i].rank = i + 1;
    std::stable_sort(reviews.begin(), reviews.end(),
                     [](const LocalPactReview& a, const LocalPactReview& b) { return a.year < b.year; });
}

QList<Meeting> localCommitteeMeetings(const EditionData& data, Id territoryId)
{
    QList<Meeting> meetings;
    for (const auto& meeting : data.meetings) {
        if (meeting.kind != MeetingKind::LocalCommittee || territoryId == NoId)
            continue;
        if (meeting.territoryId == territoryId || meeting.coveredTerritoryIds.contains(territoryId))
            meetings.append(meeting);
    }
    std::stable_sort(meetings.begin(), meetings.end(), [](const Meeting& a, const Meeting& b) {
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        return a.date < b.date;
    });
    return meetings;
}

const LocalPact* localPactOf(const QList<LocalPact>& pacts, Id territoryId)
{
    for (const auto& pact : pacts) {
        if (pact.territoryId == territoryId)
            return &pact;
    }
    return nullptr;
}

} // namespace pacte
