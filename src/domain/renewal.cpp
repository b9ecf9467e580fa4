#include "renewal.h"

#include "format.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Validation)
};

struct RenewalTr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Renewal)
};

} // namespace

QString renewalSummaryText(const Renewal& r)
{
    const QString counts = RenewalTr::tr("%1, %2, %3 and %4")
                               .arg(RenewalTr::tr("%n axis(es)", nullptr, r.axes),
                                    RenewalTr::tr("%n partner(s) to sign", nullptr, r.partners),
                                    RenewalTr::tr("%n working group(s)", nullptr, r.groups),
                                    RenewalTr::tr("%n action(s) carried on", nullptr, r.actions));
    const QString source = r.sourceTitle.isEmpty() ? RenewalTr::tr("a deleted edition") : r.sourceTitle;
    QString text = RenewalTr::tr("Carried over from %1 on %2: %3.")
                       .arg(source, formatDate(r.renewedAt.toLocalTime().date()), counts);
    if (r.frozenFinalYear != 0)
        text += QLatin1Char(' ') +
                RenewalTr::tr("The final evaluation of %1 (%2) was frozen then.").arg(source).arg(r.frozenFinalYear);
    return text;
}

QString continuedActionText(const ContinuedAction& earlier)
{
    return RenewalTr::tr("Continues \"%1\" of %2 (%3 there).")
        .arg(earlier.title, earlier.editionTitle, enumLabel(earlier.status));
}

bool isCarriedOnByRenewal(ActionStatus status)
{
    return status == ActionStatus::Project || status == ActionStatus::InProgress;
}

FieldErrors validateRenewal(const Edition& source, const Edition& renewed)
{
    FieldErrors errors = validate(renewed);
    if (renewed.startDate.isValid() && source.endDate.isValid() && renewed.startDate <= source.endDate)
        errors.append({QStringLiteral("startDate"),
                       Tr::tr("The new edition must begin after the end of %1 (%2): a pact succeeds the one it "
                              "renews.")
                           .arg(source.title, formatDate(source.endDate))});
    return errors;
}

} // namespace pacte
