// The indicator and measurement tables of the action editor (one ChildTableModel each): their
// headers, cells, roles, editable columns, and edits handed whole to `apply`.
#include "app/actions/indicatortablemodel.h"
#include "app/actions/measurementtablemodel.h"
#include "common/catchqt.h"
#include "domain/format.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLocale>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_childtables_test {

using namespace pacte;

namespace {

Indicator repaired()
{
    return Indicator{
        1,
        QUuid::createUuid(),
        QStringLiteral("Véhicules réparés"),
        IndicatorKind::Output,
        QStringLiteral("véhicules"),
        std::nullopt,
        40.0,
        {Measurement{11, QUuid::createUuid(), QDate(2024, 6, 30), 42.5, std::nullopt, QStringLiteral("Bilan")}}};
}

QStringList headers(const QAbstractItemModel& model, int role)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts << model.headerData(column, Qt::Horizontal, role).toString();
    return texts;
}

} // namespace

TEST_CASE("The indicators table shows, edits and hands over whole lists", "[gui][actions][indicators]")
{
    std::unique_ptr<IndicatorTableModel> model(newIndicatorTableModel(nullptr));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<QList<Indicator>> applied;
    model->setApply([&](const QList<Indicator>& indicators) {
        applied << indicators;
        return true;
    });
    const Indicator indicator = repaired();
    model->setItems({indicator});

    CHECK(headers(*model, Qt::DisplayRole) == QStringList{QStringLiteral("Indicateur"), QStringLiteral("Type"),
                                                          QStringLiteral("Unité"), QStringLiteral("Référence"),
                                                          QStringLiteral("Cible"), QStringLiteral("Dernière"),
                                                          QStringLiteral("Atteinte")});
    CHECK(model->headerData(IndicatorColumn::Unit, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          QStringLiteral("Unité"));
    CHECK_FALSE(model->headerData(IndicatorColumn::Name, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model->index(0, column).data(role); };
    CHECK(cell(IndicatorColumn::Name).toString() == indicator.name);
    CHECK(cell(IndicatorColumn::Kind).toString() == enumLabel(IndicatorKind::Output));
    CHECK(cell(IndicatorColumn::Kind, Qt::EditRole).toInt() == static_cast<int>(IndicatorKind::Output));
    CHECK(cell(IndicatorColumn::Baseline).toString().isEmpty());
    CHECK_FALSE(cell(IndicatorColumn::Baseline, Qt::EditRole).isValid());
    CHECK(cell(IndicatorColumn::Target, Qt::EditRole).toDouble() == 40.0);
    CHECK(cell(IndicatorColumn::Latest).toString() == formatNumber(42.5));
    CHECK(cell(IndicatorColumn::TargetMet).toString() == QStringLiteral("✓"));
    CHECK(cell(IndicatorColumn::TargetMet, Qt::ForegroundRole).value<QBrush>().color() == QColor(0x1e, 0x7b, 0x34));
    CHECK(cell(IndicatorColumn::Latest, Qt::ToolTipRole).toString().contains(formatDate(QDate(2024, 6, 30))));
    CHECK(cell(IndicatorColumn::Target, Qt::TextAlignmentRole).value<Qt::Alignment>() ==
          (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(cell(IndicatorColumn::TargetMet, Qt::TextAlignmentRole).value<Qt::Alignment>() == Qt::AlignCenter);
    CHECK(cell(IndicatorColumn::Kind, CellEditorRole).toInt() == static_cast<int>(CellEditor::IndicatorKind));
    CHECK(cell(IndicatorColumn::Baseline, CellEditorRole).toInt() == static_cast<int>(CellEditor::OptionalNumber));
    CHECK(cell(IndicatorColumn::Latest, CellEditorRole).toInt() == static_cast<int>(CellEditor::Text));
    for (int column = IndicatorColumn::Name; column <= IndicatorColumn::Target; ++column)
        CHECK(model->flags(model->index(0, column)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model->flags(model->index(0, IndicatorColumn::Latest)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model->setData(model->index(0, IndicatorColumn::Latest), 3.0, Qt::EditRole));

    CHECK(model->setData(model->index(0, IndicatorColumn::Baseline), 10.0, Qt::EditRole));
    CHECK(model->setData(model->index(0, IndicatorColumn::Name), QStringLiteral("  Vélos  "), Qt::EditRole));
    CHECK(model->setData(model->index(0, IndicatorColumn::Unit), indicator.unit, Qt::EditRole)); // no change
    REQUIRE(applied.size() == 2);
    Indicator expected = indicator;
    expected.baseline = 10.0;
    CHECK(applied.at(0) == QList<Indicator>{expected});
    expected = indicator;
    expected.name = QStringLiteral("Vélos");
    CHECK(applied.at(1) == QList<Indicator>{expected});
    CHECK(model->items() == QList<Indicator>{indicator}); // the stored list comes back through setItems()

    model->setEditable(false);
    CHECK_FALSE(model->flags(model->index(0, IndicatorColumn::Name)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("The measurements table shows, edits and refuses an invalid date", "[gui][actions][indicators]")
{
    std::unique_ptr<MeasurementTableModel> model(newMeasurementTableModel(nullptr));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<QList<Measurement>> applied;
    model->setApply([&](const QList<Measurement>& measurements) {
        applied << measurements;
        return true;
    });
    const Measurement measurement = repaired().measurements.first();
    model->setItems({measurement});

    CHECK(headers(*model, Qt::DisplayRole) == QStringList{QStringLiteral("Date"), QStringLiteral("Valeur"),
                                                          QStringLiteral("Cible"), QStringLiteral("Commentaire")});
    CHECK_FALSE(model->headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model->index(0, column).data(role); };
    CHECK(cell(MeasurementColumn::Date).toString() == QLocale().toString(measurement.date, QLocale::ShortFormat));
    CHECK(cell(MeasurementColumn::Date, Qt::EditRole).toDate() == measurement.date);
    CHECK(cell(MeasurementColumn::Value).toString() == formatNumber(42.5));
    CHECK_FALSE(cell(MeasurementColumn::Target, Qt::EditRole).isValid());
    CHECK(cell(MeasurementColumn::Comment, Qt::ToolTipRole).toString() == QStringLiteral("Bilan"));
    CHECK(cell(MeasurementColumn::Date, CellEditorRole).toInt() == static_cast<int>(CellEditor::Date));
    // Unknown is not zero: the value may be emptied.
    CHECK(cell(MeasurementColumn::Value, CellEditorRole).toInt() == static_cast<int>(CellEditor::OptionalNumber));
    for (int column = MeasurementColumn::Date; column <= MeasurementColumn::Comment; ++column)
        CHECK(model->flags(model->index(0, column)).testFlag(Qt::ItemIsEditable));

    CHECK_FALSE(model->setData(model->index(0, MeasurementColumn::Date), QDate(), Qt::EditRole));
    CHECK(applied.isEmpty());
    CHECK(model->setData(model->index(0, MeasurementColumn::Target), 50.0, Qt::EditRole));
    REQUIRE(applied.size() == 1);
    Measurement expected = measurement;
    expected.target = 50.0;
    CHECK(applied.first() == QList<Measurement>{expected});
}

TEST_CASE("The measurements table empties a value: unknown, shown as not reported, not zero",
          "[gui][actions][indicators]")
{
    std::unique_ptr<MeasurementTableModel> model(newMeasurementTableModel(nullptr));
    QList<QList<Measurement>> applied;
    model->setApply([&](const QList<Measurement>& measurements) {
        applied << measurements;
        return true;
    });
    const Measurement measurement = repaired().measurements.first();
    model->setItems({measurement});

    CHECK(model->setData(model->index(0, MeasurementColumn::Value), QVariant(), Qt::EditRole));
    REQUIRE(applied.size() == 1);
    REQUIRE(applied.first().size() == 1);
    CHECK_FALSE(applied.first().first().value.has_value());
    model->setItems(applied.first());
    CHECK(model->index(0, MeasurementColumn::Value).data().toString() == QStringLiteral("non renseigné"));
    CHECK_FALSE(model->index(0, MeasurementColumn::Value).data(Qt::EditRole).isValid());
    // A zero stays a zero.
    CHECK(model->setData(model->index(0, MeasurementColumn::Value), 0.0, Qt::EditRole));
    REQUIRE(applied.size() == 2);
    CHECK(applied.last().first().value == std::optional(0.0));
}

TEST_CASE("The indicators table holds progress to the latest value known, and says a later one is not reported",
          "[gui][actions][indicators]")
{
    std::unique_ptr<IndicatorTableModel> model(newIndicatorTableModel(nullptr));
    Indicator indicator = repaired(); // target 40, 42.5 on 30 June 2024
    Measurement unknown;
    unknown.uuid = QUuid::createUuid();
    unknown.date = QDate(2024, 12, 31);
    indicator.measurements.append(unknown);
    model->setItems({indicator});
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model->index(0, column).data(role); };
    // Read as 0, December would show 0 and the target missed; left out, June's 42.5 meets 40.
    CHECK(cell(IndicatorColumn::Latest).toString() == formatNumber(42.5));
    CHECK(targetMet(indicator) == std::optional(true));
    CHECK(cell(IndicatorColumn::TargetMet).toString() == QStringLiteral("✓"));
    const QString tip = cell(IndicatorColumn::Latest, Qt::ToolTipRole).toString();
    CHECK(tip.contains(formatDate(QDate(2024, 6, 30))));
    CHECK(tip.contains(QStringLiteral("non renseignée")));

    // Nothing known at all: "not reported", and no verdict.
    indicator.measurements = {unknown};
    model->setItems({indicator});
    CHECK(cell(IndicatorColumn::Latest).toString() == QStringLiteral("non renseigné"));
    CHECK_FALSE(targetMet(indicator).has_value());
    CHECK(cell(IndicatorColumn::TargetMet).toString().isEmpty());
}

} // namespace pacte_test_gui_childtables_test
