#pragma once

#include "domain/ids.h"

#include <QScrollArea>

namespace pacte {

class Document;
class GroupEvaluationPanel;

// Sheet mode's « Évaluation annuelle » tab: the group's yearly evaluation (issue 18) with the group
// editor's own form, on the sheet's workspace, so that a referent fills it in where she edits the
// actions. The figures the form shows are computed from the sheet's records, and follow their changes.
class SheetEvaluationTab final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetEvaluationTab)

public:
    SheetEvaluationTab(Document* document, Id groupId, Id editionId, QWidget* parent = nullptr);
    ~SheetEvaluationTab() override;

private:
    void reload();

    Document* m_document;
    Id m_groupId;
    Id m_editionId;
    GroupEvaluationPanel* m_panel;
};

} // namespace pacte
