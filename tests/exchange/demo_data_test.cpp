// The embedded Hérault demo, read through the real import path into a new database, matches the
// source document (seed: PTI 2022-2025 of the Hérault, Annexe 1 and the §1.2 calendar).
#include "common/catchqt.h"
#include "common/testutil.h"
#include "domain/rules.h"
#include "exchange/demodata.h"
#include "storage/editionloader.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QMap>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_demo_data_test {

using namespace pacte;
using namespace pacte::test;

namespace {

class Demo
{
public:
    Demo()
        : m_db(createDatabase(m_dir.path(QStringLiteral("demo.pacte")), true))
    {}
    Database& db() { return *m_db; }
    EditionData edition(const char* title)
    {
        const auto found = findEditionByTitle(*m_db, QString::fromLatin1(title));
        REQUIRE(found.has_value());
        return loadEditionData(*m_db, found->id);
    }

private:
    TempDir m_dir;
    std::unique_ptr<Database> m_db;
};

QString territoryName(const EditionData& data, Id id)
{
    const auto* t = data.territory(id);
    return t ? t->name : QString();
}

} // namespace

TEST_CASE("demo: the two editions and the six territories", "[exchange][demo]")
{
    Demo demo;
    const auto editions = EditionRepository(demo.db()).all();
    REQUIRE(editions.size() == 2);
    CHECK(editions.at(0).title == QStringLiteral("PTI 2017-2021"));
    CHECK(editions.at(1).title == QStringLiteral("PTI 2022-2025"));
    CHECK(editions.at(0).startDate == QDate(2017, 1, 1));
    CHECK(editions.at(0).endDate == QDate(2021, 12, 31)); // extended to 31.12.2021 (§1.2)
    CHECK(editions.at(1).startDate == QDate(2022, 1, 1));
    CHECK(editions.at(1).endDate == QDate(2025, 12, 31));
    CHECK(editions.at(1).predecessorId == editions.at(0).id);
    CHECK(editions.at(0).predecessorId == NoId);
    CHECK(editions.at(1).departement == QStringLiteral("Hérault"));

    QStringList territories;
    for (const auto& t : TerritoryRepository(demo.db()).all())
        territories << t.name;
    CHECK(territories == QStringList{QStringLiteral("Montpelliérain"), QStringLiteral("Étang de Thau"),
                                     QStringLiteral("Cœur d'Hérault – Pic Saint-Loup"),
                                     QStringLiteral("Petite Camargue"), QStringLiteral("Biterrois"),
                                     QStringLiteral("Haut-Languedoc et Ouest Héraultais")});
}

TEST_CASE("demo: the axes of each edition", "[exchange][demo]")
{
    Demo demo;
    const EditionData previous = demo.edition("PTI 2017-2021");
    CHECK(previous.axes.size() == 5);
    const EditionData current = demo.edition("PTI 2022-2025");
    REQUIRE(current.axes.size() == 4);
    const QStringList titles{QStringLiteral("Lever les freins à l'insertion sociale et professionnelle"),
                             QStringLiteral("Accompagner et mettre en relation le public avec le monde du travail"),
                             QStringLiteral("Assurer la continuité des parcours"),
                             QStringLiteral("Renforcer le système de pilotage")};
    const QList<int> themes{6, 4, 5, 2}; // §2.2
    for (int i = 0; i < 4; ++i) {
        CAPTURE(i);
        CHECK(current.axes.at(i).number == i + 1);
        CHECK(current.axes.at(i).title == titles.at(i));
        CHECK(current.axes.at(i).themes.size() == themes.at(i));
    }
}

TEST_CASE("demo: PTI 2017-2021 has Annexe 1's groups and actions", "[exchange][demo]")
{
    Demo demo;
    const EditionData data = demo.edition("PTI 2017-2021");
    CHECK(data.groups.size() == 17);
    REQUIRE(data.actions.size() == 38);
    QMap<ActionStatus, int> statuses;
    for (const auto& action : data.actions)
        ++statuses[action.status];
    CHECK(statuses.value(ActionStatus::Completed) == 9);
    CHECK(statuses.value(ActionStatus::Running) == 10);
    CHECK(statuses.value(ActionStatus::InProgress) == 15);
    CHECK(statuses.value(ActionStatus::Project) == 4);
    CHECK(statuses.value(ActionStatus::Abandoned) == 0);

    QStringList titles;
    for (const auto& action : data.actions)
        titles << action.title;
    for (const char* emblematic :
         {"Agenda événementiel emploi & formation", "Réseau de référents illettrisme", "Réseau Digi'Thau",
          "Enquête sociologique sur la mobilisation des publics",
          "Charte d'amélioration des services et usages de l'internet", "Carnet de bord « Mon journal »"}) {
        CAPTURE(emblematic);
        CHECK(titles.contains(QString::fromUtf8(emblematic)));
    }

    // "Biterrois et Petite Camargue" ran one group across two territories.
    const auto study = std::find_if(data.groups.cbegin(), data.groups.cend(), [](const WorkingGroup& g) {
        return g.name == QStringLiteral("Étude sociologique sur la mobilisation des publics");
    });
    REQUIRE(study != data.groups.cend());
    REQUIRE(study->territoryIds.size() == 2);
    CHECK(territoryName(data, study->territoryIds.at(0)) == QStringLiteral("Biterrois"));
    CHECK(territoryName(data, study->territoryIds.at(1)) == QStringLiteral("Petite Camargue"));
}

TEST_CASE("demo: only the 2017-2021 groups led by the Departement alone are reported", "[exchange][demo]")
{
    Demo demo;
    const EditionData data = demo.edition("PTI 2017-2021");
    const Findings findings = rules::checkGroupPilots(data);
    CHECK(findings.size() == 10); // 17 groups, 7 with a co-pilot (Annexe 1)
    for (const auto& f : findings)
        CHECK(f.message.contains(QStringLiteral("Conseil départemental de l'Hérault")));
    int withCoPilot = 0;
    for (const auto& g : data.groups) {
        if (g.coPilotPartnerId != NoId) {
            ++withCoPilot;
            CHECK(data.partner(g.coPilotPartnerId)->name == QStringLiteral("Conseil départemental de l'Hérault"));
            CHECK(g.pilotPartnerId != g.coPilotPartnerId);
        }
    }
    CHECK(withCoPilot == 7);
}

TEST_CASE("demo: the CCVH deliberation of 30 January 2023", "[exchange][demo]")
{
    Demo demo;
    const EditionData data = demo.edition("PTI 2022-2025");
    const auto ccvh = std::find_if(data.partners.cbegin(), data.partners.cend(), [](const Partner& p) {
        return p.name == QStringLiteral("Communauté de communes Vallée de l'Hérault");
    });
    REQUIRE(ccvh != data.partners.cend());
    const Signature* signature = ccvh->signatureFor(data.edition.id);
    REQUIRE(signature != nullptr);
    // "d'approuver les termes du Pacte territorial pour l'insertion 2022-2025 ci-annexé, d'autoriser le
    // Président à signer ledit acte": approved by its council, its signature not recorded (the pact's
    // signature page is an empty grid). It was "signé" until issue 19.
    CHECK(signature->status == SignatureStatus::Approved);
    REQUIRE(signature->deliberation.has_value());
    const Deliberation& d = *signature->deliberation;
    CHECK(d.body == QStringLiteral("Conseil communautaire"));
    CHECK(d.meetingDate == QDate(2023, 1, 30));
    CHECK(d.convocationDate == QDate(2023, 1, 19));
    CHECK(d.actIdentifier == QStringLiteral("034-243400694-20230130-10745-DE-1-1"));
    CHECK(d.secretary == QStringLiteral("Marie-Hélène SANCHEZ"));
    CHECK(d.quorum == 25);
    CHECK(d.present == 34);
    CHECK(d.proxies == 12);
    CHECK(d.voters == 46);
    CHECK(d.inFavour == 46);
    CHECK(d.against == 0);
    CHECK(d.abstentions == 0);
    CHECK(d.notVoting == 0);
    CHECK(d.transmissionNumber == QStringLiteral("3090"));
    CHECK(d.tallyProblems().isEmpty());
    CHECK(rules::checkDeliberationTally(data).isEmpty());
}

TEST_CASE("demo: the 2021-2022 renewal calendar of section 1.2", "[exchange][demo]")
{
    Demo demo;
    const EditionData data = demo.edition("PTI 2022-2025");
    REQUIRE(data.meetings.size() == 15);
    const auto find = [&](MeetingKind kind, const QDate& date) -> const Meeting* {
        for (const auto& m : data.meetings) {
            if (m.kind == kind && m.date == date)
                return &m;
        }
        return nullptr;
    };
    const Meeting* launch = find(MeetingKind::CopilOther, QDate(2021, 11, 24));
    REQUIRE(launch != nullptr);
    CHECK(launch->status == MeetingStatus::Held);
    const Meeting* governance = find(MeetingKind::GovernanceGroup, QDate(2022, 3, 9));
    REQUIRE(governance != nullptr);
    CHECK(governance->status == MeetingStatus::Postponed); // "différé à la reprise des travaux"
    const Meeting* presentation = find(MeetingKind::CopilLaunch, QDate(2022, 5, 19));
    REQUIRE(presentation != nullptr);
    CHECK(presentation->status == MeetingStatus::Held);

    // Seminars n°1 (13-20 January 2022) and n°2 (8-17 February 2022), one per territory each.
    QMap<QString, QList<QDate>> seminars;
    for (const auto& m : data.meetings) {
        if (m.kind == MeetingKind::TerritorialSeminar) {
            CHECK(m.status == MeetingStatus::Held);
            seminars[territoryName(data, m.territoryId)] << m.date;
        }
    }
    const QMap<QString, QList<QDate>> expected{
        {QStringLiteral("Cœur d'Hérault – Pic Saint-Loup"), {QDate(2022, 1, 13), QDate(2022, 2, 10)}},
        {QStringLiteral("Montpelliérain"), {QDate(2022, 1, 14), QDate(2022, 2, 11)}},
        {QStringLiteral("Étang de Thau"), {QDate(2022, 1, 17), QDate(2022, 2, 10)}},
        {QStringLiteral("Petite Camargue"), {QDate(2022, 1, 18), QDate(2022, 2, 8)}},
        {QStringLiteral("Biterrois"), {QDate(2022, 1, 20), QDate(2022, 2, 17)}},
        {QStringLiteral("Haut-Languedoc et Ouest Héraultais"), {QDate(2022, 1, 20), QDate(2022, 2, 17)}}};
    CHECK(seminars.keys() == expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        CAPTURE(it.key());
        CHECK(seminars.value(it.key()) == it.value());
    }

    // The launch COPIL of 19 May 2022 satisfies the cadence rule's first step.
    const Findings cadence = rules::checkCopilCadence(data, QDate(2023, 6, 1));
    CHECK(cadence.isEmpty());
}

TEST_CASE("createDemoDatabase leaves a whole demo file, or none", "[exchange][demo]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));

    SECTION("made: the demo data, then what `extend` adds")
    {
        auto db = createDemoDatabase(path, QStringLiteral("démo"), [](Database& db) {
            Territory extra{NoId, {}, QStringLiteral("Cœur d'Hérault"), {}, {}, {}};
            TerritoryRepository(db).insert(extra);
        });
        REQUIRE(db);
        CHECK(EditionRepository(*db).count() == 2);
        CHECK(TerritoryRepository(*db).count() == 7);
        CHECK(db->userName() == QStringLiteral("démo"));
    }
    SECTION("failed while filling: the file is removed and the error goes on")
    {
        CHECK_THROWS_AS(createDemoDatabase(path, QStringLiteral("démo"),
                                           [](Database&) { throw StorageError(QStringLiteral("plus de place")); }),
                        StorageError);
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(QDir(dir.path(QString())).entryList(QDir::Files).isEmpty()); // nor its lock
        createDemoDatabase(path, QStringLiteral("démo"));                  // the name is free again
        CHECK(QFileInfo::exists(path));
    }
    SECTION("refused over an existing file, which is left alone")
    {
        createDatabase(path);
        const QByteArray before = fileBytes(path);
        CHECK_THROWS_AS(createDemoDatabase(path, QStringLiteral("démo")), StorageError);
        CHECK(fileBytes(path) == before);
    }
}

TEST_CASE("demo: the 2022-2025 signature page is an empty grid: partners expected, none signed", "[exchange][demo]")
{
    Demo demo;
    const EditionData data = demo.edition("PTI 2022-2025");
    int expected = 0;
    for (const auto& partner : data.partners) {
        const Signature* signature = partner.signatureFor(data.edition.id);
        if (!signature)
            continue;
        ++expected;
        INFO(partner.name.toStdString());
        // "IV – SIGNATURES DES PARTENAIRES PTI 2022-2025": Fonction / Signature / Nom, left blank.
        CHECK(signature->status != SignatureStatus::Signed);
        CHECK_FALSE(signature->date.isValid());
        CHECK(signature->signatoryName.isEmpty());
    }
    CHECK(expected == 11);
}

TEST_CASE("demo: the 2017 deliberation's vote figures are unknown, not zero", "[exchange][demo]")
{
    Demo demo;
    const EditionData data = demo.edition("PTI 2017-2021");
    const auto ccvh = std::find_if(data.partners.cbegin(), data.partners.cend(), [](const Partner& p) {
        return p.name == QStringLiteral("Communauté de communes Vallée de l'Hérault");
    });
    REQUIRE(ccvh != data.partners.cend());
    const Signature* signature = ccvh->signatureFor(data.edition.id);
    REQUIRE(signature != nullptr);
    REQUIRE(signature->deliberation.has_value());
    // "VU la délibération n°1564 du 27 novembre 2017 approuvant les termes du Pacte Territorial pour
    // l'Insertion (PTI) 2017-2020": its number and date, no figure of its vote.
    const Deliberation& d = *signature->deliberation;
    CHECK(d.meetingDate == QDate(2017, 11, 27));
    CHECK_FALSE(d.hasFigures());
    CHECK(d.unknownFigures().size() == 8);
    CHECK(d.tallyProblems().isEmpty());
    const Findings findings = rules::checkDeliberationTally(data);
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().severity == Severity::Information);
    CHECK(findings.first().message.contains(QStringLiteral("ne renseigne pas")));
    // Applied as the edition's settings say, it stays information: never an error.
    for (const auto& f : rules::checkAll(data, QDate(2026, 6, 30))) {
        if (f.rule == QLatin1String(rules::DeliberationTally))
            CHECK(f.severity == Severity::Information);
    }
}

} // namespace pacte_test_exchange_demo_data_test
