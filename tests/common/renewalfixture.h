#pragma once

#include "domain/edition.h"
#include "storage/database.h"
#include "storage/renewal.h"

#include <QUuid>

namespace pacte::test {

// The demo's "PTI 2022-2025" (4 axes, 11 partners to sign or signed, no groups yet) given what a
// renewal looks at: two active working groups and a closed one, and actions of every status.
// Carried over by a renewal: groups "Mobilité" and "Illectronisme", actions "Garage solidaire"
// (en cours) and "Ateliers numériques" (projet); not "Plateforme mobilité" (réalisée), "Conseillers
// numériques" (en fonctionnement), nor the closed group "Levée des freins" and its action.
struct RenewalScene
{
    Edition source;
    QUuid mobility, digital, closedGroup;
    QUuid garage, workshops, platform, advisers, diagnosis;
};
RenewalScene addRenewalScene(Database& db);

// `source` renewed into "PTI 2026-2030" (2026-2030) with everything it offers, written.
RenewalRecords renewEverything(Database& db, Id sourceEditionId);

} // namespace pacte::test
