#pragma once

#include "domain/editiondata.h"
#include "domain/localpact.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pacte {

// A local pact's priority: its title and description, the axes and themes of the edition it serves
// and the working groups and actions that carry it (checked in lists of the edition's).
class LocalPriorityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalPriorityDialog)

public:
    LocalPriorityDialog(const EditionData& context, const LocalPriority& priority, QWidget* parent = nullptr);

    // The priority as edited (its id, uuid and rank kept).
    LocalPriority priority() const;

    void accept() override;

private:
    LocalPriority m_priority;
    QLineEdit* m_titleEdit;
    QPlainTextEdit* m_descriptionEdit;
    QListWidget* m_axesList;
    QListWidget* m_themesList;
    QListWidget* m_groupsList;
    QListWidget* m_actionsList;
};

} // namespace pacte
