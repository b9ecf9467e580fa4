// The question before a deletion says in words what else goes or loses a reference, never a
// table's name, for the records the later schema versions hang things on (renewal, names, CLE).
#include "app/common/deletionquestion.h"
#include "common/guitestutil.h"
#include "common/renewalfixture.h"
#include "common/testutil.h"
#include "storage/renewal.h"
#include "storage/sqlquery.h"

#include <QRegularExpression>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_deletionquestion_test {

using namespace pacte;
using namespace pacte::test;

TEST_CASE("The deletion question names what goes in French words, never a table", "[gui][deletion]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("question.pacte")), true);
    const RenewalScene scene = addRenewalScene(*db);
    const RenewalRecords records = renewEverything(*db, scene.source.id);

    const auto firstId = [&db](const QString& sql) {
        SqlQuery query(*db, sql);
        query.exec();
        return query.next() ? query.value(0).toLongLong() : NoId;
    };
    const QList<QPair<Entity, Id>> deleted{
        {Entity::Edition, records.edition.id},
        {Entity::Edition, scene.source.id},
        {Entity::Action, firstId(QStringLiteral("SELECT continues_id FROM action WHERE continues_id IS NOT NULL"))},
        {Entity::Partner, firstId(QStringLiteral("SELECT partner_id FROM partner_name"))},
    };
    const QRegularExpression tableName(QStringLiteral("\\b[a-z]+_[a-z_]+\\b|\\((\\d+)\\)"));
    for (const auto& [entity, id] : deleted) {
        REQUIRE(id != NoId);
        const QString question = deletionQuestion(*db, entity, id, QStringLiteral("x"));
        INFO(question.toStdString());
        CHECK_FALSE(tableName.match(question).hasMatch());
        CHECK_FALSE(question.contains(QLatin1String("renewal")));
    }
    const QString renewed = deletionQuestion(*db, Entity::Edition, records.edition.id, QStringLiteral("x"));
    CHECK(renewed.contains(QStringLiteral("renouvellement")));
    const QString source = deletionQuestion(*db, Entity::Edition, scene.source.id, QStringLiteral("x"));
    CHECK(source.contains(QStringLiteral("ne nomme plus l'édition qu'elle renouvelle")));
}

} // namespace pacte_test_gui_deletionquestion_test
