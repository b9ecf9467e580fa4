#include "deletionquestion.h"

#include "storage/cascade.h"

#include <QCoreApplication>
#include <QSet>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::DeletionQuestion)
};

QString deletedRows(const QString& table, int n)
{
    if (table == QLatin1String("action"))
        return Tr::tr("%n action(s)", nullptr, n);
    if (table == QLatin1String("indicator"))
        return Tr::tr("%n indicator(s)", nullptr, n);
    if (table == QLatin1String("measurement"))
        return Tr::tr("%n measurement(s)", nullptr, n);
    if (table == QLatin1String("working_group"))
        return Tr::tr("%n working group(s)", nullptr, n);
    if (table == QLatin1String("meeting"))
        return Tr::tr("%n meeting(s)", nullptr, n);
    if (table == QLatin1String("signature"))
        return Tr::tr("%n signature(s)", nullptr, n);
    if (table == QLatin1String("axis"))
        return Tr::tr("%n axis/axes", nullptr, n);
    if (table == QLatin1String("theme"))
        return Tr::tr("%n theme(s)", nullptr, n);
    if (table == QLatin1String("evaluation"))
        return Tr::tr("%n evaluation(s)", nullptr, n);
    if (table == QLatin1String("person_role"))
        return Tr::tr("%n role(s) of persons", nullptr, n);
    if (table == QLatin1String("deliberation"))
        return Tr::tr("%n deliberation(s)", nullptr, n);
    if (table == QLatin1String("commitment"))
        return Tr::tr("%n commitment(s) of the partner", nullptr, n);
    if (table == QLatin1String("partner_name"))
        return Tr::tr("%n former or dated name(s)", nullptr, n);
    if (table == QLatin1String("local_pact"))
        return Tr::tr("%n local pact(s)", nullptr, n);
    if (table == QLatin1String("local_priority"))
        return Tr::tr("%n local pact priority(ies)", nullptr, n);
    if (table == QLatin1String("local_pact_review"))
        return Tr::tr("%n yearly review(s) of a local pact", nullptr, n);
    if (table == QLatin1String("renewal"))
        return Tr::tr("the record of what its renewal carried over");
    if (table == QLatin1String("edition_rule"))
        return Tr::tr("its %n governance rule setting(s)", nullptr, n);
    if (table == QLatin1String("action_funding"))
        return Tr::tr("%n funding line(s)", nullptr, n);
    if (table == QLatin1String("action_funding_amount"))
        return Tr::tr("%n yearly amount(s) of funding lines", nullptr, n);
    return QStringLiteral("%1 (%2)").arg(table).arg(n);
}

QString nullifiedRows(const QString& table, int n)
{
    if (table == QLatin1String("working_group"))
        return Tr::tr("%n working group(s) lose this reference (pilot, axis or theme)", nullptr, n);
    if (table == QLatin1String("action"))
        return Tr::tr("%n action(s) lose their axis, their theme or the earlier action they continue", nullptr, n);
    if (table == QLatin1String("meeting"))
        return Tr::tr("%n meeting(s) lose their territory or working group", nullptr, n);
    if (table == QLatin1String("person"))
        return Tr::tr("%n person(s) are no longer attached to a partner", nullptr, n);
    if (table == QLatin1String("edition"))
        return Tr::tr("%n edition(s) lose their previous edition", nullptr, n);
    if (table == QLatin1String("renewal"))
        return Tr::tr("%n renewed edition(s) no longer name the edition they renew", nullptr, n);
    if (table == QLatin1String("action_funding"))
        return Tr::tr("%n funding line(s) lose their funder: the amounts stay, choose another funder", nullptr, n);
    return QStringLiteral("%1 (%2)").arg(table).arg(n);
}

} // namespace

QString deletionQuestion(Database& db, Entity entity, Id id, const QString& label)
{
    const DeletionImpact impact = captureDeletion(db, entity, id);
    QString text = Tr::tr("Delete \"%1\"?").arg(label);
    QStringList deleted;
    const auto counts = impact.deletedCounts();
    // Link rows (memberships, participants) are implied by the records: mention them only when
    // nothing else goes.
    static const QSet<QString> linkTables{
        QStringLiteral("partner_territory"),    QStringLiteral("group_territory"),
        QStringLiteral("group_partner"),        QStringLiteral("group_person"),
        QStringLiteral("action_public"),        QStringLiteral("action_dispositif"),
        QStringLiteral("meeting_partner"),      QStringLiteral("meeting_person"),
        QStringLiteral("meeting_territory"),    QStringLiteral("evaluation_axis_assessment"),
        QStringLiteral("evaluation_snapshot"),  QStringLiteral("local_pact_partner"),
        QStringLiteral("local_pact_person"),    QStringLiteral("local_priority_axis"),
        QStringLiteral("local_priority_theme"), QStringLiteral("local_priority_group"),
        QStringLiteral("local_priority_action")};
    int links = 0;
    int commitmentLinks = 0; // a partner's commitment that loses what it serves is worth saying
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (linkTables.contains(it.key()))
            links += it.value();
        else if (it.key().startsWith(QLatin1String("commitment_")))
            commitmentLinks += it.value();
        else
            deleted << deletedRows(it.key(), it.value());
    }
    if (commitmentLinks > 0 && !counts.contains(QStringLiteral("commitment")))
        deleted << Tr::tr("its place in %n partner commitment(s)", nullptr, commitmentLinks);
    if (deleted.isEmpty() && links > 0)
        deleted << Tr::tr("%n link(s)", nullptr, links);
    if (!deleted.isEmpty())
        text += QStringLiteral("\n\n") + Tr::tr("This also deletes: %1.").arg(deleted.join(QStringLiteral(", ")));
    QStringList cleared;
    const auto nullified = impact.nullifiedCounts();
    for (auto it = nullified.cbegin(); it != nullified.cend(); ++it)
        cleared << nullifiedRows(it.key(), it.value());
    if (!cleared.isEmpty())
        text += QStringLiteral("\n\n") + Tr::tr("Besides: %1.").arg(cleared.join(QStringLiteral("; ")));
    text += QStringLiteral("\n\n") + Tr::tr("You can undo it with Edit ▸ Undo (Ctrl+Z).");
    return text;
}

} // namespace pacte
