// Indicator templates ("indicateurs types", issue 18): the same indicator added up across groups and
// territories; unknown values are counted apart, never summed as zero; differing units are not summed,
// nor are rates.
#include "common/catchqt.h"
#include "domain/editiondata.h"
#include "domain/templatesums.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_templatesums_test {

using namespace pacte;

namespace {

constexpr Id Accompanied = 100, Partners = 101, Unused = 102;

Indicator linked(Id templateId, const QString& unit, std::optional<double> target, QList<std::optional<double>> values)
{
    Indicator indicator;
    indicator.name = QStringLiteral("Indicateur");
    indicator.templateId = templateId;
    indicator.unit = unit;
    indicator.target = target;
    QDate date(2018, 6, 30);
    for (const auto& value : values) {
        Measurement m;
        m.date = date;
        m.value = value;
        indicator.measurements.append(m);
        date = date.addYears(1);
    }
    return indicator;
}

EditionData edition()
{
    EditionData data;
    Axis axis;
    axis.id = 1;
    axis.number = 1;
    Theme theme;
    theme.id = 10;
    theme.name = QStringLiteral("Mobilité");
    for (const auto& [id, name, unit] :
         {std::tuple{Accompanied, "Personnes accompagnées", "personnes"},
          std::tuple{Partners, "Partenaires mobilisés", "partenaires"}, std::tuple{Unused, "Inutilisé", "%"}}) {
        IndicatorTemplate t;
        t.id = id;
        t.themeId = theme.id;
        t.name = QString::fromUtf8(name);
        t.unit = QString::fromUtf8(unit);
        theme.templates.append(t);
    }
    axis.themes.append(theme);
    data.axes.append(axis);
    Action a;
    a.id = 1000;
    // The latest known value counts (30 in 2019 for the first); an indicator with no known value is
    // counted apart.
    a.indicators = {linked(Accompanied, QStringLiteral("personnes"), 40, {10, 30, std::nullopt}),
                    linked(Accompanied, QStringLiteral("personnes"), std::nullopt, {std::nullopt})};
    Action b;
    b.id = 1001;
    b.indicators = {linked(Accompanied, QStringLiteral("personnes"), 60, {12}),
                    linked(Partners, QStringLiteral("partenaires"), 5, {4}),
                    linked(Partners, QStringLiteral("structures"), 3, {2}), linked(NoId, {}, 1, {1})};
    data.actions = {a, b};
    return data;
}

} // namespace

TEST_CASE("Template sums add up the latest known values of the same unit, unknown values apart")
{
    const auto sums = computeTemplateSums(edition());
    REQUIRE(sums.size() == 2); // the unused template is left out
    const TemplateSum& accompanied = sums.at(0);
    CHECK(accompanied.indicatorTemplate.id == Accompanied);
    CHECK(accompanied.themeName == QStringLiteral("Mobilité"));
    CHECK(accompanied.indicators == 3);
    CHECK(accompanied.withoutValue == 1);
    CHECK(accompanied.withoutTarget == 1);
    CHECK(accompanied.unitsAgree);
    REQUIRE(accompanied.valueSum);
    CHECK(*accompanied.valueSum == 42.0); // 30 + 12, the unknown one not read as 0
    REQUIRE(accompanied.targetSum);
    CHECK(*accompanied.targetSum == 100.0);
}

TEST_CASE("Template sums are not made when the linked indicators' units differ")
{
    const auto sums = computeTemplateSums(edition());
    REQUIRE(sums.size() == 2);
    const TemplateSum& partners = sums.at(1);
    CHECK(partners.indicators == 2);
    CHECK_FALSE(partners.unitsAgree);
    CHECK(partners.otherUnits == QStringList{QStringLiteral("structures")});
    CHECK_FALSE(partners.valueSum);
    CHECK_FALSE(partners.targetSum);
}

TEST_CASE("Template sums ignore the measurements after the date asked")
{
    const auto sums = computeTemplateSums(edition(), QDate(2018, 12, 31));
    REQUIRE(sums.size() == 2);
    REQUIRE(sums.at(0).valueSum);
    CHECK(*sums.at(0).valueSum == 22.0); // 10 (2018) + 12
}

TEST_CASE("Template sums of indicators with no known value are unknown, not zero")
{
    EditionData data = edition();
    data.actions.removeLast();
    data.actions.first().indicators = {data.actions.first().indicators.at(1)};
    const auto sums = computeTemplateSums(data);
    REQUIRE(sums.size() == 1);
    CHECK(sums.at(0).withoutValue == 1);
    CHECK_FALSE(sums.at(0).valueSum);
}

TEST_CASE("A rate template is not added up: the lowest and highest values are given")
{
    CHECK(isAdditiveUnit(QStringLiteral("personnes")));
    CHECK_FALSE(isAdditiveUnit(QStringLiteral("%")));
    CHECK_FALSE(isAdditiveUnit(QStringLiteral("Taux")));
    CHECK_FALSE(isAdditiveUnit(QStringLiteral("pourcentage")));
    EditionData data = edition();
    Action c;
    c.id = 1002;
    c.indicators = {linked(Unused, QStringLiteral("%"), 60, {40}), linked(Unused, QStringLiteral("%"), 50, {55}),
                    linked(Unused, QStringLiteral("%"), std::nullopt, {std::nullopt})};
    data.actions.append(c);
    const auto sums = computeTemplateSums(data);
    REQUIRE(sums.size() == 3);
    const TemplateSum& rate = sums.at(2);
    CHECK(rate.indicatorTemplate.id == Unused);
    CHECK(rate.unitsAgree);
    CHECK_FALSE(rate.additive);
    CHECK_FALSE(rate.valueSum); // twelve groups at 50 % are not at 600 %
    CHECK_FALSE(rate.targetSum);
    CHECK(rate.valueMin == 40.0);
    CHECK(rate.valueMax == 55.0);
    CHECK(rate.targetMin == 50.0);
    CHECK(rate.targetMax == 60.0);
    CHECK(rate.withoutValue == 1);
    // Counts still add up, and carry no range for a rate's sake.
    CHECK(sums.at(0).additive);
    REQUIRE(sums.at(0).valueSum);
    CHECK(*sums.at(0).valueSum == 42.0);
}

} // namespace pacte_test_domain_templatesums_test
