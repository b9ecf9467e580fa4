#pragma once

#include "documentcommand.h"
#include "domain/provenance.h"

namespace pacte {

// Sets where a record comes from (quoted, deduced, illustrative, entered). Each step writes the
// provenance table and one change-log row (field "provenance") in one transaction.
class ProvenanceCommand final : public DocumentCommand
{
public:
    ProvenanceCommand(Document& document, Entity entity, const QUuid& uuid, const QString& label, Provenance before,
                      Provenance after);

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    void write(const Provenance& from, const Provenance& to);

    Entity m_entity;
    QUuid m_uuid;
    QString m_label;
    Provenance m_before;
    Provenance m_after;
};

} // namespace pacte
