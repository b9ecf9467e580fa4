#include "indicatortablemodel.h"

#include "domain/format.h"

#include <QBrush>
#include <QColor>

namespace pacte {

namespace {

constexpr auto Context = "pacte::IndicatorTableModel";

QVariant optionalNumberText(const std::optional<double>& value)
{
    return value ? formatNumber(*value) : QString();
}

QVariant optionalNumber(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> toOptionalNumber(const QVariant& value)
{
    return value.isValid() ? std::optional(value.toDouble()) : std::nullopt;
}

// Unknown is not zero: the latest value and whether it met its target are those of the latest
// measurement whose value is known; a later one not reported is said.
QVariant measuredOn(const Indicator& indicator)
{
    QStringList lines;
    if (const Measurement* known = indicator.latestKnown())
        lines
            << QCoreApplication::translate("pacte::IndicatorTableModel", "Measured on %1").arg(formatDate(known->date));
    const Measurement* latest = indicator.latest();
    if (latest && !latest->value)
        lines << QCoreApplication::translate("pacte::IndicatorTableModel", "Value of %1 not reported")
                     .arg(formatDate(latest->date));
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
}

constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;

// Short headers: seven columns share a detail pane of about 450 pixels; the tooltips say more.
QList<ChildColumn<Indicator>> columns()
{
    return {
        {.header = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Indicator"),
         .headerTip = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Name of the indicator"),
         .display = [](const Indicator& i) -> QVariant { return i.name; },
         .set =
             [](Indicator& i, const QVariant& v) {
                 i.name = v.toString().trimmed();
                 return true;
             },
         .toolTip = [](const Indicator& i) -> QVariant { return i.name; }},
        {.header = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Kind"),
         .headerTip = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel",
                                        "Output (what was done) or outcome (the effect on people)"),
         .display = [](const Indicator& i) -> QVariant { return enumLabel(i.kind); },
         .editValue = [](const Indicator& i) -> QVariant { return static_cast<int>(i.kind); },
         .set =
             [](Indicator& i, const QVariant& v) {
                 i.kind = static_cast<IndicatorKind>(v.toInt());
                 return true;
             },
         .editor = CellEditor::IndicatorKind},
        {.header = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Unit"),
         .headerTip = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Unit"),
         .display = [](const Indicator& i) -> QVariant { return i.unit; },
         .set =
             [](Indicator& i, const QVariant& v) {
                 i.unit = v.toString().trimmed();
                 return true;
             }},
        {.header = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Baseline"),
         .headerTip = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Value at the start"),
         .display = [](const Indicator& i) { return optionalNumberText(i.baseline); },
         .editValue = [](const Indicator& i) { return optionalNumber(i.baseline); },
         .set =
             [](Indicator& i, const QVariant& v) {
                 i.baseline = toOptionalNumber(v);
                 return true;
             },
         .editor = CellEditor::OptionalNumber,
         .alignment = Right},
        {.header = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Target"),
         .headerTip = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Value aimed at"),
         .display = [](const Indicator& i) { return optionalNumberText(i.target); },
         .editValue = [](const Indicator& i) { return optionalNumber(i.target); },
         .set =
             [](Indicator& i, const QVariant& v) {
                 i.target = toOptionalNumber(v);
                 return true;
             },
         .editor = CellEditor::OptionalNumber,
         .alignment = Right},
        {.header = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Latest"),
         .headerTip = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Latest measured value"),
         .display = [](const Indicator& i) -> QVariant {
             if (const Measurement* known = i.latestKnown())
                 return formatNumber(*known->value);
             return i.measurements.isEmpty() ? QString() : formatMeasuredValue(std::nullopt);
         },
         .alignment = Right,
         .toolTip = measuredOn},
        {.header = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Met"),
         .headerTip = QT_TRANSLATE_NOOP("pacte::IndicatorTableModel", "Whether the latest value reached its target"),
         .display = [](const Indicator& i) -> QVariant {
             const auto met = targetMet(i);
             return met ? (*met ? QStringLiteral("✓") : QStringLiteral("✗")) : QString();
         },
         .alignment = Qt::AlignCenter,
         .foreground = [](const Indicator& i) -> QVariant {
             if (const auto met = targetMet(i))
                 return QBrush(*met ? QColor(0x1e, 0x7b, 0x34) : QColor(0xa0, 0x00, 0x00));
             return {};
         },
         .toolTip = measuredOn},
    };
}

} // namespace

std::optional<bool> targetMet(const Indicator& indicator)
{
    // Unknown is not zero: measured on the latest value known.
    const Measurement* latest = indicator.latestKnown();
    if (!latest)
        return std::nullopt;
    const std::optional<double> target = latest->target ? latest->target : indicator.target;
    if (!target)
        return std::nullopt;
    const bool downwards = indicator.baseline && *indicator.baseline > *target;
    return downwards ? *latest->value <= *target : *latest->value >= *target;
}

IndicatorTableModel* newIndicatorTableModel(QObject* parent)
{
    return new IndicatorTableModel(Context, columns(), parent);
}

} // namespace pacte
