#include "renewcommand.h"

#include "document.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Edits)
};

template <typename T>
QList<QUuid> uuidsOf(const QList<T>& items)
{
    QList<QUuid> uuids;
    for (const auto& item : items)
        uuids << item.uuid;
    return uuids;
}

} // namespace

RenewCommand::RenewCommand(Document& document, RenewalRecords records)
    : DocumentCommand(document, Tr::tr("New edition %1 from %2").arg(records.edition.title, records.source.title))
    , m_records(std::move(records))
{}

void RenewCommand::publishAll(ChangeKind kind)
{
    publish(Entity::Edition, {m_records.edition.uuid}, kind);
    publish(Entity::Axis, uuidsOf(m_records.axes), kind);
    publish(Entity::WorkingGroup, uuidsOf(m_records.groups), kind);
    publish(Entity::Action, uuidsOf(m_records.actions), kind);
    publish(Entity::Partner, uuidsOf(m_records.partners), ChangeKind::Updated);
}

void RenewCommand::applyRedo()
{
    const bool first = !m_records.written;
    writeRenewal(m_document.database(), m_records);
    publishAll(ChangeKind::Inserted);
    if (first && m_records.summary.frozenFinalYear != 0)
        publish(Entity::Evaluation, {}, ChangeKind::Reset);
}

void RenewCommand::applyUndo()
{
    removeRenewal(m_document.database(), m_records);
    publishAll(ChangeKind::Removed);
}

} // namespace pacte
