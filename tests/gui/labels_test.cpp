// Labels instead of codes: the history and the import preview read "en cours" and "30 juin 2024",
// never "en_cours" or "2024-06-30" (issue #22).
#include "app/common/historydialog.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/format.h"
#include "domain/groupevaluation.h"
#include "domain/workinggroup.h"
#include "storage/editionloader.h"
#include "storage/groupevaluationstore.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QRegularExpression>
#include <QTableWidget>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_labels_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("The history shows labels and dates, not codes", "[gui][history]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    Action action =
        recordsWhere<Action>(*db, QStringLiteral("title = ?"), {QStringLiteral("Réseau Digi'Thau")}).first();
    action.status = ActionStatus::InProgress;
    action.startDate = QDate(2019, 3, 1);
    REQUIRE_FALSE(action.indicators.isEmpty());
    action.indicators[0].measurements.append(Measurement{NoId, {}, QDate(2024, 6, 30), 12.0, std::nullopt, {}});
    ActionRepository(*db).update(action);

    HistoryDialog dialog(*db, action.uuid, action.title);
    auto* table = child<QTableWidget>(&dialog, QStringLiteral("historyTable"));
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 3; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    const QString all = cells.join(QLatin1Char('|'));
    INFO(all.toStdString());
    CHECK(all.contains(enumLabel(ActionStatus::InProgress)));
    CHECK(all.contains(enumLabel(ActionStatus::Running)));
    CHECK(all.contains(formatDate(QDate(2019, 3, 1))));
    CHECK(all.contains(formatDate(QDate(2024, 6, 30))));
    CHECK_FALSE(all.contains(QStringLiteral("en_cours")));
    CHECK_FALSE(all.contains(QStringLiteral("en_fonctionnement")));
    CHECK_FALSE(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")).match(all).hasMatch());
}

TEST_CASE("The history of a group evaluation names its fields and its scale in French",
          "[gui][history][groupevaluation]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const WorkingGroup group = recordsWhere<WorkingGroup>(*db, QStringLiteral("1 = 1"), {}).first();
    GroupEvaluation evaluation;
    evaluation.groupId = group.id;
    evaluation.year = 2019;
    evaluation.effects = QStringLiteral("Douze reprises d'emploi.");
    GroupEvaluationRepository(*db).insert(evaluation);
    evaluation.partnershipQuality = PartnershipQuality::ToImprove;
    evaluation.adjustments = QStringLiteral("Associer les EPCI.");
    GroupEvaluationRepository(*db).update(evaluation);

    HistoryDialog dialog(*db, evaluation.uuid, group.name);
    auto* table = child<QTableWidget>(&dialog, QStringLiteral("historyTable"));
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 3; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    const QString all = cells.join(QLatin1Char('|'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("Qualité du partenariat")));
    CHECK(all.contains(QStringLiteral("Ajustements proposés")));
    CHECK(all.contains(enumLabel(PartnershipQuality::ToImprove)));
    CHECK_FALSE(all.contains(QStringLiteral("partnershipQuality")));
    CHECK_FALSE(all.contains(QStringLiteral("adjustments")));
    CHECK_FALSE(all.contains(enumCode(PartnershipQuality::ToImprove)));
}

} // namespace pacte_test_gui_labels_test
