#pragma once

#include "domain/ids.h"
#include "storage/database.h"

#include <memory>

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace pacte::test {

// A small database for sheet tests: one edition with two axes (three themes), two territories, three
// partners, two persons, three publics, two dispositifs; the group "Mobilité" (pilots, members) with
// actions "Garage solidaire" (indicators "Véhicules prêtés" with two measurements and "Retours à
// l'emploi") and "Auto-école sociale", and two meetings; the group "Numérique" with one action and
// one meeting.
struct SheetFixture
{
    std::unique_ptr<Database> db;
    QString path;
    Id editionId = NoId, otherEditionId = NoId;
    Id axis1 = NoId, axis2 = NoId, theme1 = NoId, theme2 = NoId, theme3 = NoId, otherAxis = NoId;
    Id territoryA = NoId, territoryB = NoId;
    Id partner1 = NoId, partner2 = NoId, partner3 = NoId, person1 = NoId, person2 = NoId;
    Id public1 = NoId, public2 = NoId, public3 = NoId, dispositif1 = NoId, dispositif2 = NoId;
    Id group = NoId, otherGroup = NoId;
    Id garage = NoId, autoEcole = NoId, otherAction = NoId;
    Id meeting1 = NoId, meeting2 = NoId, otherMeeting = NoId;
    QUuid groupUuid, garageUuid, autoEcoleUuid, vehiclesUuid, returnsUuid, measurement1Uuid, measurement2Uuid;
    QUuid meeting1Uuid, meeting2Uuid, otherActionUuid, otherMeetingUuid, otherAxisUuid, public3Uuid;
};

SheetFixture makeSheetFixture(const QString& path);

} // namespace pacte::test
