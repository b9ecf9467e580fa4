// Every enumeration: stable codes (those of docs/dump-format.md) that round-trip, and a label.
#include "common/catchqt.h"
#include "domain/enums.h"

#include <catch2/catch.hpp>

#include <QSet>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_enums_test {

using namespace pacte;

namespace {

QStringList codeList(const char* spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
}

template <typename E>
QStringList checkEnum()
{
    QStringList codes;
    const QList<E> values = enumValues<E>();
    CHECK_FALSE(values.isEmpty());
    for (E value : values) {
        const QString code = enumCode(value);
        CAPTURE(code);
        CHECK_FALSE(code.isEmpty());
        CHECK_FALSE(enumLabel(value).isEmpty());
        const auto back = enumFromCode<E>(code);
        REQUIRE(back.has_value());
        CHECK(*back == value);
        codes << code;
    }
    CHECK(QSet<QString>(codes.cbegin(), codes.cend()).size() == codes.size());
    CHECK_FALSE(enumFromCode<E>(u"").has_value());
    CHECK_FALSE(enumFromCode<E>(u"inconnu").has_value());
    // Codes are exact: no case folding, no neighbouring spelling.
    CHECK_FALSE(enumFromCode<E>(codes.first().toUpper()).has_value());
    return codes;
}

} // namespace

TEST_CASE("enum codes round-trip and match the dump format", "[domain][enums]")
{
    CHECK(checkEnum<PartnerCategory>() ==
          codeList("etat region departement epci plie mission_locale france_travail caf cpam msa ccas association siae "
                   "chambre_consulaire entreprise autre"));
    CHECK(checkEnum<ActionStatus>() == codeList("projet en_cours en_fonctionnement realisee abandonnee"));
    CHECK(checkEnum<IndicatorKind>() == codeList("realisation resultat"));
    CHECK(checkEnum<MeetingKind>() == codeList("copil_lancement copil_intermediaire copil_final copil comite_local "
                                               "groupe_travail seminaire_territorial groupe_gouvernance "
                                               "comite_departemental_emploi comite_local_emploi"));
    CHECK(checkEnum<MeetingStatus>() == codeList("prevue tenue reportee annulee"));
    CHECK(checkEnum<GroupStatus>() == codeList("actif clos"));
    CHECK(checkEnum<SignatureStatus>() == codeList("signe en_attente refuse approuve inconnue"));
    CHECK(checkEnum<PersonRoleKind>() == codeList("referent_partenaire referent_territoire charge_mission"));
    CHECK(checkEnum<EvaluationKind>() == codeList("intermediaire finale"));
    CHECK(checkEnum<Severity>() == codeList("warning error information"));
    CHECK(checkEnum<Fund>() == codeList("fse_plus fonds_departement fonds_etat fonds_france_travail fonds_autre"));
}

TEST_CASE("enum values are listed in declaration order", "[domain][enums]")
{
    CHECK(enumValues<ActionStatus>() == QList<ActionStatus>{ActionStatus::Project, ActionStatus::InProgress,
                                                            ActionStatus::Running, ActionStatus::Completed,
                                                            ActionStatus::Abandoned});
    CHECK(enumValues<PartnerCategory>().size() == 16);
    CHECK(enumValues<MeetingKind>().size() == 10);
    CHECK(enumFromCode<ActionStatus>(u"en-cours") == std::nullopt);
    CHECK(enumFromCode<ActionStatus>(u"en_cours") == ActionStatus::InProgress);
}

TEST_CASE("isCopil covers the four COPIL kinds only", "[domain][enums]")
{
    for (MeetingKind kind : enumValues<MeetingKind>()) {
        CAPTURE(enumCode(kind));
        const bool copil = enumCode(kind).startsWith(QStringLiteral("copil"));
        CHECK(isCopil(kind) == copil);
    }
}

TEST_CASE("labels differ within an enumeration", "[domain][enums]")
{
    QSet<QString> labels;
    for (MeetingKind kind : enumValues<MeetingKind>())
        labels.insert(enumLabel(kind));
    CHECK(labels.size() == 10);
    QSet<QString> statuses;
    for (ActionStatus status : enumValues<ActionStatus>())
        statuses.insert(enumLabel(status));
    CHECK(statuses.size() == 5);
}

} // namespace pacte_test_domain_enums_test
