#include "choicewidgets.h"

#include <QComboBox>
#include <QListWidget>

namespace pacte {

namespace {

// A fingerprint of what a widget offers, to tell whether it must be refilled.
QString fingerprint(const QString& noneLabel, const Choices& choices)
{
    QStringList parts{noneLabel};
    for (const auto& choice : choices)
        parts << QStringLiteral("%1%2\x1f%3")
                     .arg(choice.separatorBefore ? QStringLiteral("|") : QString(), QString::number(choice.id),
                          choice.label);
    return parts.join(QChar(0x1e));
}

} // namespace

void setComboChoices(QComboBox* combo, const QString& noneLabel, const Choices& choices)
{
    const QString key = fingerprint(noneLabel, choices);
    if (combo->property("choices").toString() == key)
        return;
    const Id current = selectedId(combo);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(noneLabel, QVariant::fromValue<qint64>(NoId));
    for (const auto& choice : choices) {
        if (choice.separatorBefore)
            combo->insertSeparator(combo->count());
        combo->addItem(choice.label, QVariant::fromValue<qint64>(choice.id));
    }
    combo->setProperty("choices", key);
    selectId(combo, current);
}

void selectId(QComboBox* combo, Id id)
{
    const int index = combo->findData(QVariant::fromValue<qint64>(id));
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

Id selectedId(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? data.toLongLong() : NoId;
}

void setListChoices(QListWidget* list, const Choices& choices)
{
    const QString key = fingerprint({}, choices);
    if (list->property("choices").toString() == key)
        return;
    const QList<Id> checked = checkedIds(list);
    const QSignalBlocker blocker(list);
    list->clear();
    for (const auto& choice : choices) {
        auto* item = new QListWidgetItem(choice.label, list);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(choice.id));
        item->setToolTip(choice.label); // long names are elided
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(choice.id) ? Qt::Checked : Qt::Unchecked);
    }
    list->setProperty("choices", key);
}

void setCheckedIds(QListWidget* list, const QList<Id>& ids)
{
    const QSignalBlocker blocker(list);
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        const Qt::CheckState state = ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
}

QList<Id> checkedIds(const QListWidget* list)
{
    QList<Id> ids;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void fitListHeight(QListWidget* list, int maxRows)
{
    const int rows = std::clamp(static_cast<int>(list->count()), 1, maxRows);
    const int rowHeight = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 4;
    list->setFixedHeight(rows * rowHeight + 2 * list->frameWidth() + 2);
}

QList<Id> keepOrder(const QList<Id>& previous, const QList<Id>& checked)
{
    QList<Id> result;
    for (Id id : previous) {
        if (checked.contains(id))
            result.append(id);
    }
    for (Id id : checked) {
        if (!result.contains(id))
            result.append(id);
    }
    return result;
}

} // namespace pacte
