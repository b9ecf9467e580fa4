#include "formsync.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace pacte::formsync {

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    edit->setCursorPosition(0); // a long title shows its beginning
}

void setText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void select(QComboBox* combo, const QVariant& value)
{
    const int index = std::max(0, combo->findData(value));
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

void setOptions(QComboBox* combo, const Options& options, const QString& noneLabel)
{
    Options wanted = options;
    if (!noneLabel.isNull())
        wanted.prepend({noneLabel, NoId});
    bool same = combo->count() == wanted.size();
    for (int i = 0; same && i < wanted.size(); ++i)
        same = combo->itemText(i) == wanted.at(i).first && combo->itemData(i).toLongLong() == wanted.at(i).second;
    if (same)
        return;
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto& [label, id] : wanted)
        combo->addItem(label, QVariant::fromValue<qint64>(id));
    select(combo, current);
}

Id selectedId(const QComboBox* combo)
{
    return combo->currentData().toLongLong();
}

void setCheckOptions(QListWidget* list, const Options& options)
{
    bool same = list->count() == options.size();
    for (int i = 0; same && i < options.size(); ++i)
        same = list->item(i)->text() == options.at(i).first &&
               list->item(i)->data(Qt::UserRole).toLongLong() == options.at(i).second;
    if (same)
        return;
    const QSignalBlocker blocker(list);
    const QList<Id> checked = checkedIds(list, {});
    list->clear();
    for (const auto& [label, id] : options) {
        auto* item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

void setChecked(QListWidget* list, const QList<Id>& ids)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        const Qt::CheckState state = ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
}

QList<Id> checkedIds(const QListWidget* list, const QList<Id>& previous)
{
    QList<Id> checked;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            checked.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    QList<Id> ordered;
    for (const Id id : previous) {
        if (checked.contains(id))
            ordered.append(id);
    }
    for (const Id id : checked) {
        if (!ordered.contains(id))
            ordered.append(id);
    }
    return ordered;
}

} // namespace pacte::formsync
