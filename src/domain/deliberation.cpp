#include "deliberation.h"

#include <algorithm>
#include <iterator>

#include <QCoreApplication>

namespace pacte {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Deliberation)
};
} // namespace

QStringList Deliberation::tallyProblems() const
{
    QStringList problems;
    const std::optional<int>* all[] = {&quorum,   &present, &proxies,     &voters,
                                       &inFavour, &against, &abstentions, &notVoting};
    if (std::any_of(std::begin(all), std::end(all),
                    [](const std::optional<int>* v) { return v->has_value() && **v < 0; }))
        problems << Tr::tr("The tally contains a negative number.");
    if (voters && present && proxies && *voters != *present + *proxies)
        problems << Tr::tr("Voters (%1) should equal members present (%2) plus proxies (%3).")
                        .arg(*voters)
                        .arg(*present)
                        .arg(*proxies);
    if (inFavour && against && abstentions && voters && notVoting &&
        *inFavour + *against + *abstentions != *voters - *notVoting)
        problems << Tr::tr("For (%1) + against (%2) + abstentions (%3) should equal voters (%4) minus those not "
                           "taking part (%5).")
                        .arg(*inFavour)
                        .arg(*against)
                        .arg(*abstentions)
                        .arg(*voters)
                        .arg(*notVoting);
    if (present && quorum && *present < *quorum)
        problems << Tr::tr("Members present (%1) are fewer than the quorum (%2).").arg(*present).arg(*quorum);
    return problems;
}

QStringList Deliberation::unknownFigures() const
{
    QStringList unknown;
    if (!quorum)
        unknown << Tr::tr("quorum");
    if (!present)
        unknown << Tr::tr("members present");
    if (!proxies)
        unknown << Tr::tr("proxies");
    if (!voters)
        unknown << Tr::tr("voters");
    if (!inFavour)
        unknown << Tr::tr("for");
    if (!against)
        unknown << Tr::tr("against");
    if (!abstentions)
        unknown << Tr::tr("abstentions");
    if (!notVoting)
        unknown << Tr::tr("not taking part");
    return unknown;
}

bool Deliberation::hasFigures() const
{
    return quorum || present || proxies || voters || inFavour || against || abstentions || notVoting;
}

} // namespace pacte
