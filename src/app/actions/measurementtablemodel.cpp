#include "measurementtablemodel.h"

#include "domain/format.h"

#include <QLocale>

namespace pacte {

namespace {

constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;

QList<ChildColumn<Measurement>> columns()
{
    return {
        {.header = QT_TRANSLATE_NOOP("pacte::MeasurementTableModel", "Date"),
         .display = [](const Measurement& m) -> QVariant { return QLocale().toString(m.date, QLocale::ShortFormat); },
         .editValue = [](const Measurement& m) -> QVariant { return m.date; },
         .set =
             [](Measurement& m, const QVariant& v) {
                 if (!v.toDate().isValid())
                     return false;
                 m.date = v.toDate();
                 return true;
             },
         .editor = CellEditor::Date},
        {.header = QT_TRANSLATE_NOOP("pacte::MeasurementTableModel", "Value"),
         // Unknown is not zero: an empty cell is a value not reported, shown as such.
         .display = [](const Measurement& m) -> QVariant { return formatMeasuredValue(m.value); },
         .editValue = [](const Measurement& m) { return m.value ? QVariant(*m.value) : QVariant(); },
         .set =
             [](Measurement& m, const QVariant& v) {
                 m.value = v.isValid() ? std::optional(v.toDouble()) : std::nullopt;
                 return true;
             },
         .editor = CellEditor::OptionalNumber,
         .alignment = Right},
        {.header = QT_TRANSLATE_NOOP("pacte::MeasurementTableModel", "Target"),
         .display = [](const Measurement& m) -> QVariant { return m.target ? formatNumber(*m.target) : QString(); },
         .editValue = [](const Measurement& m) { return m.target ? QVariant(*m.target) : QVariant(); },
         .set =
             [](Measurement& m, const QVariant& v) {
                 m.target = v.isValid() ? std::optional(v.toDouble()) : std::nullopt;
                 return true;
             },
         .editor = CellEditor::OptionalNumber,
         .alignment = Right},
        {.header = QT_TRANSLATE_NOOP("pacte::MeasurementTableModel", "Comment"),
         .display = [](const Measurement& m) -> QVariant { return m.comment; },
         .set =
             [](Measurement& m, const QVariant& v) {
                 m.comment = v.toString().trimmed();
                 return true;
             },
         .toolTip = [](const Measurement& m) { return m.comment.isEmpty() ? QVariant() : QVariant(m.comment); }},
    };
}

} // namespace

MeasurementTableModel* newMeasurementTableModel(QObject* parent)
{
    return new MeasurementTableModel("pacte::MeasurementTableModel", columns(), parent);
}

} // namespace pacte
