#pragma once

#include "documentcommand.h"
#include "domain/axis.h"
#include "storage/cascade.h"

namespace pacte {

// UpdateRecordCommand<Axis>, plus what removing a theme does beyond the axis: the working groups and
// actions that pointed at the theme lose it (ON DELETE SET NULL), and the indicators made from a
// removed indicator template lose their link. The generic command would put the
// theme back on undo but leave them without it; this one restores their references, and the theme's
// provenance, too.
class AxisUpdateCommand final : public DocumentCommand
{
public:
    AxisUpdateCommand(Document& document, Axis before, Axis after, const QString& text = {});

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    Axis m_before;
    Axis m_after;
    QList<NullifiedReference> m_cleared; // references cleared by the last redo
    QList<RowImage> m_provenance;        // the removed themes' provenance rows
};

} // namespace pacte
