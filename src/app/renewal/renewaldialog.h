#pragma once

#include "storage/renewal.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace pacte {

class Database;

// "Nouvelle édition à partir de…": the edition renewed, the new one's title and dates, and a preview of
// what it carries over, every item ticked to start with: axes and themes, partners as signatories to be,
// working groups still active, actions not finished (an action goes only with its group); and whether
// to freeze the final evaluation of the edition renewed. Accepted only when planRenewal() takes it.
class RenewalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewalDialog)

public:
    RenewalDialog(Database& db, Id sourceEditionId, QWidget* parent = nullptr);

    // The records to write, once accepted.
    const RenewalRecords& records() const { return m_records; }

private:
    void loadSource();
    void suggestEdition();
    void updateActions();
    void updateSummary();
    RenewalChoice choice() const;
    void tryAccept();

    Database& m_db;
    RenewalCandidates m_candidates;
    RenewalRecords m_records;
    QComboBox* m_sourceCombo = nullptr;
    QLineEdit* m_titleEdit = nullptr;
    QDateEdit* m_startEdit = nullptr;
    QDateEdit* m_endEdit = nullptr;
    QTreeWidget* m_tree = nullptr;
    QTreeWidgetItem* m_axesItem = nullptr;
    QTreeWidgetItem* m_partnersItem = nullptr;
    QTreeWidgetItem* m_groupsItem = nullptr;
    QTreeWidgetItem* m_actionsItem = nullptr;
    QCheckBox* m_freezeCheck = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_validationLabel = nullptr;
    bool m_updating = false;
};

} // namespace pacte
