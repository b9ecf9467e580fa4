// Financing of actions (issue 20): exact amounts in cents, French money formatting, the validation of a
// funding line, and the totals by axis, territory, funder and year checked against sums computed by
// hand on purpose-made data. Unknown amounts are counted apart and never summed as zero.
#include "common/catchqt.h"
#include "domain/editiondata.h"
#include "domain/fundingtotals.h"
#include "domain/validation.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_funding_test {

using namespace pacte;

namespace {

constexpr Id AxisOne = 1, AxisTwo = 2, Lodevois = 10, Biterrois = 11, PetiteCamargue = 12, Caf = 20;
constexpr Id GroupOne = 30, GroupTwo = 31;

FundingAmount amount(int year, std::optional<Cents> planned, std::optional<Cents> committed, std::optional<Cents> paid)
{
    return {year, planned, committed, paid};
}

EditionData purposeMade()
{
    EditionData data;
    data.edition.startDate = QDate(2024, 1, 1);
    data.edition.endDate = QDate(2025, 12, 31);
    for (const auto& [id, number] : {std::pair{AxisOne, 1}, std::pair{AxisTwo, 2}}) {
        Axis axis;
        axis.id = id;
        axis.number = number;
        axis.title = QStringLiteral("Axe %1").arg(number);
        data.axes.append(axis);
    }
    for (const auto& [id, name] : {std::pair{Lodevois, "Lodévois"}, std::pair{Biterrois, "Biterrois"},
                                   std::pair{PetiteCamargue, "Petite Camargue"}}) {
        Territory territory;
        territory.id = id;
        territory.name = QString::fromUtf8(name);
        data.territories.append(territory);
    }
    Partner caf;
    caf.id = Caf;
    caf.name = QStringLiteral("CAF de l'Hérault");
    data.partners.append(caf);
    WorkingGroup one;
    one.id = GroupOne;
    one.axisId = AxisOne;
    one.territoryIds = {Lodevois};
    WorkingGroup two;
    two.id = GroupTwo;
    two.axisId = AxisTwo;
    two.territoryIds = {Biterrois, PetiteCamargue}; // counts in both
    data.groups = {one, two};

    Action mobility;
    mobility.groupId = GroupOne;
    mobility.axisId = AxisOne;
    FundingLine esf;
    esf.fund = Fund::EsfPlus;
    esf.scheme = QStringLiteral("FSE+ — appel à projets 2024");
    esf.amounts = {amount(2024, 100000, 80000, std::nullopt), amount(2025, 50050, std::nullopt, std::nullopt)};
    FundingLine cafLine;
    cafLine.partnerId = Caf;
    cafLine.amounts = {amount(2024, 20000, 20000, 10000)};
    mobility.fundings = {esf, cafLine};

    Action housing; // no axis of its own: its group's
    housing.groupId = GroupTwo;
    FundingLine cafHousing;
    cafHousing.partnerId = Caf;
    cafHousing.amounts = {amount(2025, std::nullopt, 30000, 30000)};
    FundingLine foundation; // no year at all: its three amounts are unknown
    foundation.fund = Fund::Other;
    foundation.otherFunder = QStringLiteral("Fondation X");
    housing.fundings = {cafHousing, foundation};

    Action unfunded;
    unfunded.groupId = GroupOne;
    data.actions = {mobility, housing, unfunded};
    return data;
}

AmountSum sum(Cents total, int known, int unknown)
{
    return {total, known, unknown};
}

const FundingRow& row(const QList<FundingRow>& rows, const QString& key)
{
    for (const auto& r : rows) {
        if (r.key == key)
            return r;
    }
    FAIL("no row " << key.toStdString());
    return rows.first();
}

} // namespace

TEST_CASE("money is formatted the French way from exact cents", "[domain][funding]")
{
    CHECK(formatMoney(1234567) == QStringLiteral("12\u202f345,67\u00a0€"));
    CHECK(formatMoney(5) == QStringLiteral("0,05\u00a0€"));
    CHECK(formatMoney(100000000) == QStringLiteral("1\u202f000\u202f000,00\u00a0€"));
    CHECK(formatOptionalMoney(std::nullopt) != formatMoney(0));
}

TEST_CASE("a typed amount is read exactly or refused", "[domain][funding]")
{
    bool ok = false;
    CHECK(parseMoney(QStringLiteral("12 345,67"), &ok) == 1234567);
    CHECK(ok);
    CHECK(parseMoney(QStringLiteral("12\u202f345,5 €"), &ok) == 1234550);
    CHECK(parseMoney(QStringLiteral("0.1"), &ok) == 10);
    CHECK(parseMoney(QStringLiteral("1000"), &ok) == 100000);
    CHECK_FALSE(parseMoney(QStringLiteral(""), &ok).has_value());
    CHECK(ok); // empty is unknown, not an error
    for (const auto* bad : {"-5", "12,345", "douze", "1,2,3", "1e3"}) {
        CHECK_FALSE(parseMoney(QString::fromUtf8(bad), &ok).has_value());
        CHECK_FALSE(ok);
    }
    CHECK(typedMoneyText(1234550) == QStringLiteral("12345,50"));
    CHECK(typedMoneyText(100000) == QStringLiteral("1000"));
    CHECK(parseMoney(typedMoneyText(1234567), &ok) == 1234567);
}

TEST_CASE("a funding line needs a funder, amounts not negative, a rate from 0 to 100", "[domain][funding]")
{
    FundingLine line;
    line.scheme = QStringLiteral("Appel 2024");
    CHECK(validate(line, 1).size() == 1); // no funder
    CHECK(validate(line, 1).first().message.contains(QStringLiteral("Appel 2024")));
    line.fund = Fund::Other;
    CHECK(validate(line, 1).size() == 1); // another fund without a name
    line.otherFunder = QStringLiteral("Fondation");
    CHECK(validate(line, 1).isEmpty());
    line.rate = 120;
    CHECK(validate(line, 1).size() == 1);
    line.rate = 60;
    line.amounts = {amount(2024, -1, std::nullopt, std::nullopt)};
    CHECK(validate(line, 1).size() == 1);
    line.amounts = {amount(2024, 1, std::nullopt, std::nullopt), amount(2024, 2, std::nullopt, std::nullopt)};
    REQUIRE(validate(line, 2).size() == 1);
    CHECK(validate(line, 2).first().message.contains(QStringLiteral("2024")));
    line.amounts = {amount(2024, std::nullopt, std::nullopt, std::nullopt)}; // all unknown is allowed
    CHECK(validate(line, 1).isEmpty());
}

TEST_CASE("a funding year outside the edition is refused, naming the line and the year", "[domain][funding]")
{
    Action action;
    FundingLine line;
    line.fund = Fund::EsfPlus;
    line.scheme = QStringLiteral("Opération 202400123");
    line.amounts = {amount(2024, 1, 1, 1), amount(2027, 1, 1, 1)};
    action.fundings = {line};
    const FieldErrors errors = validateFundingYears(action, 2022, 2025);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message.contains(QStringLiteral("2027")));
    CHECK(errors.first().message.contains(QStringLiteral("Opération 202400123")));
    CHECK(validateFundingYears(action, 2022, 2027).isEmpty());
}

TEST_CASE("funding totals by axis, territory, funder and year match hand-computed sums", "[domain][funding]")
{
    const FundingTotals totals = computeFundingTotals(purposeMade());
    CHECK(totals.lines == 4);
    CHECK(totals.actions == 2);
    // 1 000 + 500,50 + 200 planned; 800 + 200 + 300 committed; 100 + 300 paid.
    CHECK(totals.edition.planned == sum(170050, 3, 2));
    CHECK(totals.edition.committed == sum(130000, 3, 2));
    CHECK(totals.edition.paid == sum(40000, 2, 3));
    CHECK(totals.edition.unknownCount() == 7);

    REQUIRE(totals.byAxis.size() == 2);
    CHECK(totals.byAxis.at(0).key == QString::number(AxisOne));
    CHECK(totals.byAxis.at(0).sum.planned == sum(170050, 3, 0));
    CHECK(totals.byAxis.at(0).sum.committed == sum(100000, 2, 1));
    CHECK(totals.byAxis.at(0).sum.paid == sum(10000, 1, 2));
    CHECK(totals.byAxis.at(1).sum.planned == sum(0, 0, 2)); // nothing known: not "0 €"
    CHECK(totals.byAxis.at(1).sum.committed == sum(30000, 1, 1));
    CHECK(totals.byAxis.at(1).sum.paid == sum(30000, 1, 1));

    // The housing action counts in both territories of its group: the column does not add up.
    CHECK(totals.territoriesOverlap);
    REQUIRE(totals.byTerritory.size() == 3);
    CHECK(totals.byTerritory.at(0).label == QStringLiteral("Lodévois"));
    CHECK(totals.byTerritory.at(0).sum == totals.byAxis.at(0).sum);
    CHECK(totals.byTerritory.at(1).sum == totals.byAxis.at(1).sum);
    CHECK(totals.byTerritory.at(2).sum == totals.byAxis.at(1).sum);

    REQUIRE(totals.byFunder.size() == 3);
    const auto& esf = row(totals.byFunder, QStringLiteral("fse_plus"));
    CHECK(esf.sum.planned == sum(150050, 2, 0));
    CHECK(esf.sum.committed == sum(80000, 1, 1));
    CHECK(esf.sum.paid == sum(0, 0, 2));
    const auto& caf = row(totals.byFunder, QStringLiteral("partner:%1").arg(Caf));
    CHECK(caf.label == QStringLiteral("CAF de l'Hérault"));
    CHECK(caf.sum.planned == sum(20000, 1, 1));
    CHECK(caf.sum.committed == sum(50000, 2, 0));
    CHECK(caf.sum.paid == sum(40000, 2, 0));
    const auto& foundation = row(totals.byFunder, QStringLiteral("fonds_autre:fondation x"));
    CHECK(foundation.label == QStringLiteral("Fondation X"));
    CHECK(foundation.sum.planned == sum(0, 0, 1));

    REQUIRE(totals.byYear.size() == 2);
    CHECK(totals.byYear.at(0).key == QStringLiteral("2024"));
    CHECK(totals.byYear.at(0).sum.planned == sum(120000, 2, 0));
    CHECK(totals.byYear.at(0).sum.committed == sum(100000, 2, 0));
    CHECK(totals.byYear.at(0).sum.paid == sum(10000, 1, 1));
    CHECK(totals.byYear.at(1).sum.planned == sum(50050, 1, 1));
    CHECK(totals.byYear.at(1).sum.committed == sum(30000, 1, 1));
    CHECK(totals.byYear.at(1).sum.paid == sum(30000, 1, 1));
}

TEST_CASE("an edition without funding lines has empty totals", "[domain][funding]")
{
    EditionData data = purposeMade();
    for (auto& action : data.actions)
        action.fundings.clear();
    const FundingTotals totals = computeFundingTotals(data);
    CHECK(totals.lines == 0);
    CHECK(totals.edition == FundingSum{});
    CHECK(totals.byAxis.isEmpty());
    CHECK(totals.byFunder.isEmpty());
    CHECK_FALSE(totals.territoriesOverlap);
}

} // namespace pacte_test_domain_funding_test
