#pragma once

#include <QStyledItemDelegate>

namespace pacte {

// Which editor a cell of the indicator and measurement tables wants (the models answer it for
// CellEditorRole), so that one delegate serves both tables.
enum class CellEditor { Text, Number, OptionalNumber, Date, IndicatorKind };
inline constexpr int CellEditorRole = Qt::UserRole + 20;

// Editors for the indicator and measurement cells: a QDoubleSpinBox for numbers (its lowest value
// reads "none" where a number may be missing), a line edit for dates (stored exactly as typed, or
// refused), a combo for the kind.
class CellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CellDelegate)

public:
    explicit CellDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace pacte
