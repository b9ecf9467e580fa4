#include "celldelegate.h"

#include "domain/clock.h"
#include "domain/enums.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>

namespace pacte {

namespace {

// Indicators count people, euros or percentages: a wide range, two decimals.
constexpr double Largest = 1e9;
constexpr int Decimals = 2;

CellEditor editorKind(const QModelIndex& index)
{
    return static_cast<CellEditor>(index.data(CellEditorRole).toInt());
}

} // namespace

CellDelegate::CellDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* CellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString name = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    QWidget* editor = nullptr;
    switch (editorKind(index)) {
    case CellEditor::Number:
    case CellEditor::OptionalNumber: {
        auto* spin = new QDoubleSpinBox(parent);
        spin->setDecimals(Decimals);
        spin->setRange(-Largest, Largest);
        spin->setGroupSeparatorShown(true);
        if (editorKind(index) == CellEditor::OptionalNumber) {
            // The lowest value stands for "no value", as Qt's specialValueText intends.
            spin->setMinimum(-Largest - 1);
            spin->setSpecialValueText(tr("none"));
        }
        editor = spin;
        break;
    }
    case CellEditor::Date: {
        auto* date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        editor = date;
        break;
    }
    case CellEditor::IndicatorKind: {
        auto* combo = new QComboBox(parent);
        for (const auto kind : enumValues<IndicatorKind>())
            combo->addItem(enumLabel(kind), static_cast<int>(kind));
        editor = combo;
        break;
    }
    case CellEditor::Text:
        editor = QStyledItemDelegate::createEditor(parent, option, index);
        break;
    }
    if (editor) {
        editor->setObjectName(QStringLiteral("cellEditor"));
        editor->setAccessibleName(name);
    }
    return editor;
}

void CellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->setValue(value.isValid() ? value.toDouble() : spin->minimum());
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : Clock::currentDate());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toInt())));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void CellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->interpretText();
        const bool none = !spin->specialValueText().isEmpty() && spin->value() == spin->minimum();
        model->setData(index, none ? QVariant() : QVariant(spin->value()), Qt::EditRole);
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->interpretText();
        model->setData(index, date->date(), Qt::EditRole);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace pacte
