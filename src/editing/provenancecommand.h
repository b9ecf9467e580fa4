#pragma once

#include "documentcommand.h"
#include "domain/provenance.h"
#include "provenancetarget.h"

namespace pacte {

// Sets where a record comes from (quoted, deduced, illustrative, entered). Each step writes the
// provenance table and one change-log row (the target's field, in its owner's history) in one
// transaction.
class ProvenanceCommand final : public DocumentCommand
{
public:
    ProvenanceCommand(Document& document, ProvenanceTarget target, Provenance before, Provenance after);

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    void write(const Provenance& from, const Provenance& to);

    ProvenanceTarget m_target;
    Provenance m_before;
    Provenance m_after;
};

} // namespace pacte
