#include "provenancecommand.h"

#include "document.h"
#include "storage/changelog.h"
#include "storage/provenancestore.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Commands)
};

} // namespace

ProvenanceCommand::ProvenanceCommand(Document& document, ProvenanceTarget target, Provenance before, Provenance after)
    : DocumentCommand(document, Tr::tr("Set where \"%1\" comes from").arg(target.label))
    , m_target(std::move(target))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ProvenanceCommand::write(const Provenance& from, const Provenance& to)
{
    Database& db = m_document.database();
    db.ensureWritable();
    Transaction transaction(db);
    ProvenanceStore(db).put({m_target.code, m_target.uuid, to});
    const QString owner = m_target.ownerLabel.isEmpty() ? m_target.label : m_target.ownerLabel;
    ChangeLog(db).recordUpdate(m_target.owner, m_target.ownerUuid, owner, {{m_target.field, from.summary()}},
                               {{m_target.field, to.summary()}});
    transaction.commit();
    publish(m_target.owner, {m_target.ownerUuid}, ChangeKind::Updated);
}

void ProvenanceCommand::applyRedo()
{
    write(m_before, m_after);
}

void ProvenanceCommand::applyUndo()
{
    write(m_after, m_before);
}

} // namespace pacte
