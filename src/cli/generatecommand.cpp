// Synthetic data for benchmarks: the demo database plus, in its current edition, 10·N working
// groups with 10 actions each (100·N actions), indicators, measurements and meetings. Seeded, so
// the same N always gives the same data.
#include "cliutil.h"
#include "command.h"
#include "exchange/demodata.h"
#include "storage/editionloader.h"
#include "storage/repository.h"
#include "storage/transaction.h"

#include <QRandomGenerator>

namespace pacte::cli {

namespace {

template <typename T>
const T& pick(QRandomGenerator& random, const QList<T>& items)
{
    return items.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(items.size()))));
}

void generate(Database& db, int scale)
{
    QRandomGenerator random(20221231);
    const Edition edition = *latestEdition(db);
    const auto territories = TerritoryRepository(db).all();
    const auto axes = AxisRepository(db).ofEdition(edition.id);
    const auto publics = TargetPublicRepository(db).all();
    const auto dispositifs = DispositifRepository(db).all();
    const auto statuses = enumValues<ActionStatus>();

    Transaction transaction(db);
    PartnerRepository partnerRepository(db);
    QList<Partner> partners = partnerRepository.all();
    for (int i = 0; i < 30 + scale; ++i) {
        Partner partner;
        partner.name = QStringLiteral("Structure partenaire %1").arg(i + 1);
        partner.category = PartnerCategory::Association;
        partner.territoryIds = {pick(random, territories).id};
        Signature signature;
        signature.editionId = edition.id;
        signature.status = SignatureStatus::Signed;
        partner.signatures = {signature};
        partnerRepository.insert(partner);
        partners.append(partner);
    }

    WorkingGroupRepository groupRepository(db);
    ActionRepository actionRepository(db);
    MeetingRepository meetingRepository(db);
    for (int g = 0; g < 10 * scale; ++g) {
        const Axis& axis = pick(random, axes);
        WorkingGroup group;
        group.editionId = edition.id;
        group.axisId = axis.id;
        group.themeId = axis.themes.isEmpty() ? NoId : pick(random, axis.themes).id;
        group.name = QStringLiteral("Groupe %1 — %2")
                         .arg(g + 1)
                         .arg(axis.themes.isEmpty() ? axis.title : pick(random, axis.themes).name);
        group.territoryIds = {pick(random, territories).id};
        group.pilotPartnerId = pick(random, partners).id;
        group.coPilotPartnerId = pick(random, partners).id;
        groupRepository.insert(group);

        for (int a = 0; a < 10; ++a) {
            Action action;
            action.groupId = group.id;
            action.axisId = group.axisId;
            action.themeId = group.themeId;
            action.title = QStringLiteral("Action %1.%2 : accompagnement des publics").arg(g + 1).arg(a + 1);
            action.objectives = QStringLiteral("Lever les freins et coordonner les acteurs du territoire.");
            action.modalities = QStringLiteral("Ateliers collectifs, permanences et suivi individuel.");
            action.deliverables = QStringLiteral("Bilan annuel des ateliers.");
            action.publicIds = {pick(random, publics).id, pick(random, publics).id};
            action.dispositifIds = {pick(random, dispositifs).id};
            action.status = pick(random, statuses);
            action.experimentation = random.bounded(10) == 0;
            action.startDate = edition.startDate.addDays(random.bounded(700));
            for (int i = 0; i < 2; ++i) {
                Indicator indicator;
                indicator.name =
                    i == 0 ? QStringLiteral("Nombre de participants") : QStringLiteral("Taux de retour à l'emploi");
                indicator.kind = i == 0 ? IndicatorKind::Output : IndicatorKind::Outcome;
                indicator.unit = i == 0 ? QStringLiteral("personnes") : QStringLiteral("%");
                indicator.target = 50 + random.bounded(50);
                for (int year = edition.firstYear(); year < edition.firstYear() + 3; ++year) {
                    Measurement m;
                    m.date = QDate(year, 12, 31);
                    m.value = random.bounded(100);
                    indicator.measurements.append(m);
                }
                action.indicators.append(indicator);
            }
            actionRepository.insert(action);
        }
        Meeting meeting;
        meeting.editionId = edition.id;
        meeting.kind = MeetingKind::WorkingGroup;
        meeting.status = MeetingStatus::Held;
        meeting.groupId = group.id;
        meeting.date = edition.startDate.addDays(random.bounded(1000));
        meeting.headCount = 5 + random.bounded(20);
        meetingRepository.insert(meeting);
    }
    transaction.commit();
}

} // namespace

int runGenerate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "generate");
    bool ok = false;
    const int scale = parser.value(QStringLiteral("scale")).toInt(&ok);
    if (!ok || scale < 1 || scale > 10000)
        throw UsageError{Tr::tr("--scale needs a whole number between 1 and 10000.")};
    const QString path = parser.positionalArguments().constFirst();
    // Built under a temporary name, renamed last: a killed run leaves nothing under FILE.
    createDemoDatabase(path, Database::systemUserName(), [scale](Database& db) {
        db.setChangeSource(ChangeSource::Import, QStringLiteral("generate"));
        generate(db, scale);
    });
    printOut(Tr::tr("Created %1: %2 working groups and %3 actions added to the current edition.")
                 .arg(path)
                 .arg(10 * scale)
                 .arg(100 * scale));
    return ExitOk;
}

} // namespace pacte::cli
