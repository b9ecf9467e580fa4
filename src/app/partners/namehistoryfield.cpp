#include "namehistoryfield.h"

#include "domain/clock.h"
#include "domain/format.h"

#include <algorithm>

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pacte {

NameHistoryField::NameHistoryField(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("nameHistoryEdit"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("nameHistoryList"));
    m_list->setAccessibleName(tr("Names over time"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Name"), tr("In effect from")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_list);

    auto* row = new QHBoxLayout;
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("newNameEdit"));
    m_nameEdit->setAccessibleName(tr("Name to add"));
    m_nameEdit->setPlaceholderText(tr("Name (France Travail…)"));
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("newNameDateEdit"));
    m_dateEdit->setAccessibleName(tr("Day the name took effect"));
    m_dateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDate(Clock::currentDate());
    m_addButton = new QPushButton(tr("Add the name"), this);
    m_addButton->setObjectName(QStringLiteral("addNameButton"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeNameButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected name"));
    row->addWidget(m_nameEdit, 1);
    row->addWidget(m_dateEdit);
    row->addWidget(m_addButton);
    row->addWidget(m_removeButton);
    layout->addLayout(row);

    connect(m_addButton, &QPushButton::clicked, this, &NameHistoryField::addName);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &NameHistoryField::addName);
    connect(m_removeButton, &QPushButton::clicked, this, &NameHistoryField::removeName);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &NameHistoryField::updateButtons);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &NameHistoryField::updateButtons);
    updateButtons();
}

void NameHistoryField::setNames(const QList<PartnerName>& names)
{
    if (names == m_names)
        return;
    m_names = names;
    showNames();
}

QList<QWidget*> NameHistoryField::focusChain() const
{
    return {m_list, m_nameEdit, m_dateEdit, m_addButton, m_removeButton};
}

void NameHistoryField::setEditable(bool editable)
{
    m_editable = editable;
    m_nameEdit->setEnabled(editable);
    m_dateEdit->setEnabled(editable);
    updateButtons();
}

void NameHistoryField::showNames()
{
    m_list->clear();
    for (const auto& entry : std::as_const(m_names))
        new QTreeWidgetItem(m_list, {entry.name, formatDate(entry.effectiveFrom)});
    updateButtons();
}

void NameHistoryField::updateButtons()
{
    m_addButton->setEnabled(m_editable && !m_nameEdit->text().trimmed().isEmpty());
    m_removeButton->setEnabled(m_editable && !m_list->selectedItems().isEmpty());
}

void NameHistoryField::addName()
{
    const QString name = m_nameEdit->text().simplified();
    if (!m_editable || name.isEmpty())
        return;
    PartnerName entry;
    entry.name = name;
    entry.effectiveFrom = m_dateEdit->date();
    m_names.append(entry);
    std::stable_sort(m_names.begin(), m_names.end(),
                     [](const PartnerName& a, const PartnerName& b) { return a.effectiveFrom < b.effectiveFrom; });
    m_nameEdit->clear();
    showNames();
    emit edited();
}

void NameHistoryField::removeName()
{
    const auto selected = m_list->selectedItems();
    if (!m_editable || selected.isEmpty())
        return;
    const int row = m_list->indexOfTopLevelItem(selected.constFirst());
    if (row < 0 || row >= m_names.size())
        return;
    m_names.removeAt(row);
    showNames();
    emit edited();
}

} // namespace pacte
