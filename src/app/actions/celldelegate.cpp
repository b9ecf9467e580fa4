#include "celldelegate.h"

#include "domain/enums.h"
#include "domain/format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

namespace pacte {

namespace {

// Indicators count people, euros or percentages: a wide range, two decimals.
constexpr double Largest = 1e9;
constexpr int Decimals = 2;

constexpr const char* DateEditorProperty = "pacteDateEditor";

bool isDateEditor(const QWidget* editor)
{
    return editor->property(DateEditorProperty).toBool();
}

// An optional number's editor: its text erased is no value (the lowest value, shown as "none"), not
// the last value put back. Unknown is not zero: emptying a measured value makes it unknown.
class OptionalNumberSpinBox final : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QValidator::State validate(QString& text, int& pos) const override
    {
        return text.trimmed().isEmpty() ? QValidator::Acceptable : QDoubleSpinBox::validate(text, pos);
    }
    double valueFromText(const QString& text) const override
    {
        return text.trimmed().isEmpty() ? minimum() : QDoubleSpinBox::valueFromText(text);
    }
};

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
        auto* spin = editorKind(index) == CellEditor::OptionalNumber ? new OptionalNumberSpinBox(parent)
                                                                     : new QDoubleSpinBox(parent);
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
        // A line edit, not a QDateEdit: what is typed is what is stored, or it is refused (a
        // QDateEdit given "30/06/2024" over today's date kept only the day). Four-digit years.
        auto* date = new QLineEdit(parent);
        date->setProperty(DateEditorProperty, true);
        date->setPlaceholderText(tr("dd/mm/yyyy"));
        date->setToolTip(tr("Type the date as dd/mm/yyyy, for example 30/06/2024."));
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
    } else if (isDateEditor(editor)) {
        auto* date = static_cast<QLineEdit*>(editor);
        date->setText(typedDateText(value.toDate()));
        date->selectAll();
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
    } else if (isDateEditor(editor)) {
        // Never a guess: a date that does not read as typed leaves the cell as it was.
        if (const QDate date = parseTypedDate(static_cast<QLineEdit*>(editor)->text()); date.isValid())
            model->setData(index, date, Qt::EditRole);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void CellDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // A date shows whole ("30/06/2024", not "30/06/20") even in a narrow column.
    if (isDateEditor(editor)) {
        const int wanted = editor->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 12;
        if (editor->width() < wanted)
            editor->resize(wanted, editor->height());
    }
}

bool CellDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QLineEdit*>(object);
    if (!editor || !isDateEditor(editor))
        return QStyledItemDelegate::eventFilter(object, event);
    const bool valid = parseTypedDate(editor->text()).isValid();
    if (event->type() == QEvent::KeyPress && !valid) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            // Refused: the editor stays open, says why, and nothing is stored.
            editor->setStyleSheet(QStringLiteral("border: 2px solid #a00000;"));
            QToolTip::showText(
                editor->mapToGlobal(QPoint(0, editor->height())),
                tr("\"%1\" is not a date: type it as dd/mm/yyyy, for example 30/06/2024.").arg(editor->text()), editor);
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut && !valid && !editor->text().trimmed().isEmpty()) {
        // Leaving with a date that does not read: the cell keeps its value, and says so.
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())),
                           tr("\"%1\" is not a date: the date was not changed.").arg(editor->text()));
        emit closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
        return true;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace pacte
