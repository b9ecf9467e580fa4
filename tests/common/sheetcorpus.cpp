#include "sheetcorpus.h"

#include "storage/repository.h"
#include "testutil.h"

#include <catch2/catch.hpp>

namespace pacte::test {

QByteArray corpusSheet(SheetFixture& f, const QUuid& exportId, const QString& relative)
{
    Database& db = *f.db;
    const auto text = [](const QUuid& uuid) { return uuid.toString(QUuid::WithoutBraces).toUtf8(); };
    const QList<QPair<QByteArray, QUuid>> tokens{
        {"@database@", db.databaseUuid()},
        {"@edition@", EditionRepository(db).find(f.editionId)->uuid},
        {"@otheredition@", EditionRepository(db).find(f.otherEditionId)->uuid},
        {"@export@", exportId},
        {"@group@", f.groupUuid},
        {"@othergroup@", WorkingGroupRepository(db).find(f.otherGroup)->uuid},
        {"@garage@", f.garageUuid},
        {"@autoecole@", f.autoEcoleUuid},
        {"@vehicles@", f.vehiclesUuid},
        {"@measurement1@", f.measurement1Uuid},
        {"@meeting1@", f.meeting1Uuid},
        {"@meeting2@", f.meeting2Uuid},
        {"@otheraction@", f.otherActionUuid},
        {"@othermeeting@", f.otherMeetingUuid},
        {"@axis1@", AxisRepository(db).find(f.axis1)->uuid},
        {"@axis2@", AxisRepository(db).find(f.axis2)->uuid},
        {"@theme1@", AxisRepository(db).find(f.axis1)->themes.at(0).uuid},
        {"@otheraxis@", f.otherAxisUuid},
        {"@public1@", TargetPublicRepository(db).find(f.public1)->uuid},
        {"@partner1@", PartnerRepository(db).find(f.partner1)->uuid},
    };
    QByteArray bytes = fileBytes(testDataPath(QStringLiteral("sheets/") + relative));
    INFO("corpus file " << relative.toStdString());
    REQUIRE((!bytes.isEmpty() || relative.endsWith(QLatin1String("empty.json"))));
    for (const auto& [token, uuid] : tokens)
        bytes.replace(token, text(uuid));
    return bytes;
}

} // namespace pacte::test
