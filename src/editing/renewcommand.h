#pragma once

#include "documentcommand.h"
#include "storage/renewal.h"

namespace pacte {

// The renewal of a pact as one undo step: redo writes the new edition and what it carries over (see
// writeRenewal()); undo removes them. The source's final evaluation, if the renewal froze it, stays
// frozen: freezing is never undone.
class RenewCommand final : public DocumentCommand
{
public:
    RenewCommand(Document& document, RenewalRecords records);

    const RenewalRecords& records() const { return m_records; }

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    void publishAll(ChangeKind kind);

    RenewalRecords m_records;
};

} // namespace pacte
