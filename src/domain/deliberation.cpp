#include "deliberation.h"

#include <QCoreApplication>

namespace pacte {

QStringList Deliberation::tallyProblems() const
{
    QStringList problems;
    const auto tr = [](const char* text) { return QCoreApplication::translate("pacte::Deliberation", text); };
    if (quorum < 0 || present < 0 || proxies < 0 || voters < 0 || inFavour < 0 || against < 0 || abstentions < 0 ||
        notVoting < 0)
        problems << tr("The tally contains a negative number.");
    if (voters != present + proxies)
        problems << tr("Voters (%1) should equal members present (%2) plus proxies (%3).")
                        .arg(voters)
                        .arg(present)
                        .arg(proxies);
    if (inFavour + against + abstentions != voters - notVoting)
        problems << tr("For (%1) + against (%2) + abstentions (%3) should equal voters (%4) minus those not "
                       "taking part (%5).")
                        .arg(inFavour)
                        .arg(against)
                        .arg(abstentions)
                        .arg(voters)
                        .arg(notVoting);
    if (present < quorum)
        problems << tr("Members present (%1) are fewer than the quorum (%2).").arg(present).arg(quorum);
    return problems;
}

} // namespace pacte
