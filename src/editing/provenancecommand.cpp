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

ProvenanceCommand::ProvenanceCommand(Document& document, Entity entity, const QUuid& uuid, const QString& label,
                                     Provenance before, Provenance after)
    : DocumentCommand(document, Tr::tr("Set where \"%1\" comes from").arg(label))
    , m_entity(entity)
    , m_uuid(uuid)
    , m_label(label)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ProvenanceCommand::write(const Provenance& from, const Provenance& to)
{
    Database& db = m_document.database();
    db.ensureWritable();
    Transaction transaction(db);
    ProvenanceStore(db).put({entityCode(m_entity), m_uuid, to});
    ChangeLog(db).recordUpdate(m_entity, m_uuid, m_label, {{QStringLiteral("provenance"), from.summary()}},
                               {{QStringLiteral("provenance"), to.summary()}});
    transaction.commit();
    publish(m_entity, {m_uuid}, ChangeKind::Updated);
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
