#include "rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pacte::rules {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::rules)
};

// A name that goes between quotes in a message: its own « » become “ ”, so that the French message
// reads « Action n°1 du groupe “Mobilité” » rather than nesting « « ».
QString quotable(const QString& name)
{
    static const QRegularExpression open(QStringLiteral("«\\s*"));
    static const QRegularExpression close(QStringLiteral("\\s*»"));
    QString result = name;
    result.replace(open, QStringLiteral("“"));
    result.replace(close, QStringLiteral("”"));
    return result;
}

QString partnerName(const EditionData& data, Id id)
{
    const auto* partner = data.partner(id);
    return partner ? partner->name : QString();
}

} // namespace

Findings checkGroupPilots(const EditionData& data)
{
    Findings findings;
    for (const auto& group : data.groups) {
        const QString label = data.groupLabel(group);
        const QString quoted = quotable(label);
        const auto add = [&](const QString& message) {
            findings.append(
                {QString::fromLatin1(GroupPilots), Severity::Error, Entity::WorkingGroup, group.uuid, label, message});
        };
        const bool hasPilot = group.pilotPartnerId != NoId;
        const bool hasCoPilot = group.coPilotPartnerId != NoId;
        if (!hasPilot && !hasCoPilot) {
            add(Tr::tr("The working group \"%1\" has neither a pilot nor a co-pilot.").arg(quoted));
        } else if (!hasPilot || !hasCoPilot) {
            const Id only = hasPilot ? group.pilotPartnerId : group.coPilotPartnerId;
            add(Tr::tr("The working group \"%1\" is led by %2 alone: it needs a pilot and a co-pilot from two "
                       "different structures.")
                    .arg(quoted, partnerName(data, only)));
        } else if (group.pilotPartnerId == group.coPilotPartnerId) {
            add(Tr::tr("The pilot and the co-pilot of the working group \"%1\" are the same structure (%2): they must "
                       "come from two different structures.")
                    .arg(quoted, partnerName(data, group.pilotPartnerId)));
        }
    }
    return findings;
}

Findings checkActionSheetComplete(const EditionData& data)
{
    Findings findings;
    for (const auto& action : data.sheets()) {
        if (action.status == ActionStatus::Abandoned)
            continue;
        const QStringList missing = action.missingFields();
        if (missing.isEmpty())
            continue;
        findings.append({QString::fromLatin1(ActionSheetComplete), Severity::Warning, Entity::Action, action.uuid,
                         action.title,
                         Tr::tr("The action sheet \"%1\" is incomplete: missing %2.")
                             .arg(quotable(action.title), missing.join(QStringLiteral(", ")))});
    }
    return findings;
}

} // namespace pacte::rules
