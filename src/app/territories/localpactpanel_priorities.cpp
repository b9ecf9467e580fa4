// The priorities of the local pact panel: shown ranked with what they serve and what carries them,
// added or edited in their dialog, removed, moved up and down, each as one undo step.
#include "editing/document.h"
#include "localpactpanel.h"
#include "localprioritydialog.h"

#include <algorithm>

#include <QListWidget>

namespace pacte {

void LocalPactPanel::showPriorities()
{
    const int current = m_prioritiesList->currentRow();
    m_prioritiesList->clear();
    for (const auto& priority : m_shown.priorities) {
        QStringList serves;
        for (const Id id : priority.axisIds) {
            if (const Axis* axis = m_context.axis(id))
                serves << tr("axis %1").arg(axis->number);
        }
        for (const Id id : priority.themeIds) {
            if (const Theme* theme = m_context.theme(id))
                serves << theme->name;
        }
        QStringList carriers;
        for (const Id id : priority.groupIds) {
            if (const WorkingGroup* group = m_context.group(id))
                carriers << group->name;
        }
        for (const auto& action : m_context.sheets()) {
            if (priority.actionIds.contains(action.id))
                carriers << action.title;
        }
        QString text = QStringLiteral("%1. %2").arg(priority.rank).arg(priority.title);
        if (!serves.isEmpty())
            text += QLatin1Char('\n') + tr("Serves: %1").arg(serves.join(QStringLiteral(", ")));
        if (!carriers.isEmpty())
            text += QLatin1Char('\n') + tr("Carried by: %1").arg(carriers.join(QStringLiteral(", ")));
        auto* item = new QListWidgetItem(text, m_prioritiesList);
        item->setToolTip(priority.description);
    }
    if (m_prioritiesList->count() > 0)
        m_prioritiesList->setCurrentRow(std::clamp(current, 0, m_prioritiesList->count() - 1));
}

void LocalPactPanel::editPriority(int row)
{
    if (!m_document || !m_document->mayChange(Entity::LocalPact) || m_territoryId == NoId)
        return;
    const bool adding = row < 0 || row >= m_shown.priorities.size();
    LocalPriorityDialog dialog(m_context, adding ? LocalPriority{} : m_shown.priorities.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    LocalPact after = m_shown;
    if (adding)
        after.priorities.append(dialog.priority());
    else
        after.priorities[row] = dialog.priority();
    if (save(after, adding ? tr("Add the priority \"%1\"").arg(dialog.priority().title)
                           : tr("Edit the priority \"%1\"").arg(dialog.priority().title)))
        m_prioritiesList->setCurrentRow(adding ? int(m_shown.priorities.size()) - 1 : row);
}

void LocalPactPanel::removePriority()
{
    const int row = m_prioritiesList->currentRow();
    if (row < 0 || row >= m_shown.priorities.size())
        return;
    LocalPact after = m_shown;
    const QString title = after.priorities.takeAt(row).title;
    save(after, tr("Remove the priority \"%1\"").arg(title));
}

void LocalPactPanel::movePriority(int delta)
{
    const int row = m_prioritiesList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_shown.priorities.size())
        return;
    LocalPact after = m_shown;
    after.priorities.swapItemsAt(row, target);
    if (save(after, tr("Move the priority \"%1\"").arg(after.priorities.at(target).title)))
        m_prioritiesList->setCurrentRow(target);
}

} // namespace pacte
