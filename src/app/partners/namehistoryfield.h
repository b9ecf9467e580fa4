#pragma once

#include "domain/partner.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace pacte {

// The partner's names over time in its editor: each name with the day it took effect (Pôle emploi,
// then France Travail on 1 January 2024). A name is added from the two fields below the list and
// removed with its button; each change is offered to the editor (`edited`), which stores it as one
// undo step or shows why it cannot.
class NameHistoryField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameHistoryField)

public:
    explicit NameHistoryField(QWidget* parent = nullptr);

    void setNames(const QList<PartnerName>& names);
    // The names as listed, oldest first.
    QList<PartnerName> names() const { return m_names; }
    void setEditable(bool editable);
    // Its fields in reading order, for the editor's Tab order.
    QList<QWidget*> focusChain() const;

signals:
    void edited();

private:
    void addName();
    void removeName();
    void showNames();
    void updateButtons();

    QList<PartnerName> m_names;
    bool m_editable = true;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
};

} // namespace pacte
