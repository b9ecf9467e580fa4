#pragma once

#include <optional>

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
    // The figures of the vote; std::nullopt when the act does not state them (unknown is not zero).
    std::optional<int> quorum;
    std::optional<int> present;
    std::optional<int> proxies; // "procurations", members represented
    std::optional<int> voters;
    std::optional<int> inFavour;
    std::optional<int> against;
    std::optional<int> abstentions;
    std::optional<int> notVoting; // "ne prend pas part"
    QDate publicationDate;
    QString transmissionNumber; // transmission to the prefecture ("Représentant de l'État")
    QDate transmissionDate;

    bool operator==(const Deliberation&) const = default;

    // The consistency rules of domain.md, as messages a user understands; empty when the tally adds up.
    // A rule is checked only when every figure it involves is stated.
    QStringList tallyProblems() const;
    // The figures not stated, as labels in the UI language ("quorum", "voters"...).
    QStringList unknownFigures() const;
    // Whether any figure is stated.
    bool hasFigures() const;
};

} // namespace pacte
