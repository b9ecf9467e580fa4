#include "deliberation.h"

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
    if (quorum < 0 || present < 0 || proxies < 0 || voters < 0 || inFavour < 0 || against < 0 || abstentions < 0 ||
        notVoting < 0)
        problems << Tr::tr("The tally contains a negative number.");
    if (voters != present + proxies)
        problems << Tr::tr("Voters (%1) should equal members present (%2) plus proxies (%3).")
                        .arg(voters)
                        .arg(present)
                        .arg(proxies);
    if (inFavour + against + abstentions != voters - notVoting)
        problems << Tr::tr("For (%1) + against (%2) + abstentions (%3) should equal voters (%4) minus those not "
                           "taking part (%5).")
                        .arg(inFavour)
                        .arg(against)
                        .arg(abstentions)
                        .arg(voters)
                        .arg(notVoting);
    if (present < quorum)
        problems << Tr::tr("Members present (%1) are fewer than the quorum (%2).").arg(present).arg(quorum);
    return problems;
}

} // namespace pacte
