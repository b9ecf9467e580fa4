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

QVariant measuredOn(const Indicator& indicator)
{
    if (const Measurement* latest = indicator.latest())
        return QCoreApplication::translate("pacte::IndicatorTableModel", "Measured on %1")
            .arg(formatDate(latest->date));
    return {};
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
             const Measurement* latest = i.latest();
             return latest ? formatNumber(latest->value) : QString();
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
    const Measurement* latest = indicator.latest();
    if (!latest)
        return std::nullopt;
    const std::optional<double> target = latest->target ? latest->target : indicator.target;
    if (!target)
        return std::nullopt;
    const bool downwards = indicator.baseline && *indicator.baseline > *target;
    return downwards ? latest->value <= *target : latest->value >= *target;
}

IndicatorTableModel* newIndicatorTableModel(QObject* parent)
{
    return new IndicatorTableModel(Context, columns(), parent);
}

} // namespace pacte
