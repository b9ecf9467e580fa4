#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace pacte {

// The approving act of a partner's assembly, such as the source document itself
// (Communauté de communes Vallée de l'Hérault, 30 January 2023).
struct Deliberation
{
    QString body; // "Conseil communautaire"
    QDate meetingDate;
    QDate convocationDate;
    QString actIdentifier; // "034-243400694-20230130-10745-DE-1-1"
    QString chair;
    QString secretary;
    int quorum = 0;
    int present = 0;
    int proxies = 0; // "procurations", members represented
    int voters = 0;
    int inFavour = 0;
    int against = 0;
    int abstentions = 0;
    int notVoting = 0; // "ne prend pas part"
    QDate publicationDate;
    QString transmissionNumber; // transmission to the prefecture ("Représentant de l'État")
    QDate transmissionDate;

    bool operator==(const Deliberation&) const = default;

    // The consistency rules of domain.md, as messages a user understands; empty when the tally adds up.
    QStringList tallyProblems() const;
};

} // namespace pacte
