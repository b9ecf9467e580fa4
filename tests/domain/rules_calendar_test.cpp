// Rules that depend on the day they are checked on: copil-cadence, local-committee-yearly,
// annual-evaluation. The edition is PTI 2022-2025 (2022-01-01 to 2025-12-31): the launch COPIL is
// due by 2022-12-31, the mid-term one by 2024-12-31 (midpoint 2024-01-01), the final one by
// 2026-03-31 (end + three months).
#include "common/catchqt.h"
#include "domain/rules.h"

#include <catch2/catch.hpp>

#include <QUuid>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_rules_calendar_test {

using namespace pacte;

namespace {

constexpr Id EditionId = 1;
constexpr Id Montpellierain = 1, Thau = 2;

QUuid uuidFor(int n)
{
    return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

EditionData calendarData()
{
    EditionData data;
    data.edition.id = EditionId;
    data.edition.uuid = uuidFor(1);
    data.edition.title = QStringLiteral("PTI 2022-2025");
    data.edition.startDate = QDate(2022, 1, 1);
    data.edition.endDate = QDate(2025, 12, 31);
    Territory montpellierain;
    montpellierain.id = Montpellierain;
    montpellierain.uuid = uuidFor(101);
    montpellierain.name = QStringLiteral("Montpelliérain");
    Territory thau;
    thau.id = Thau;
    thau.uuid = uuidFor(102);
    thau.name = QStringLiteral("Étang de Thau");
    data.territories = {montpellierain, thau};
    return data;
}

Meeting meeting(MeetingKind kind, MeetingStatus status, const QDate& date, Id territoryId = NoId)
{
    static int next = 1000;
    Meeting m;
    m.id = ++next;
    m.uuid = uuidFor(next);
    m.editionId = EditionId;
    m.kind = kind;
    m.status = status;
    m.date = date;
    m.territoryId = territoryId;
    return m;
}

Evaluation evaluation(int year, EvaluationKind kind, Id editionId = EditionId)
{
    Evaluation e;
    e.editionId = editionId;
    e.year = year;
    e.kind = kind;
    return e;
}

int count(const Findings& findings, Severity severity)
{
    return static_cast<int>(
        std::count_if(findings.cbegin(), findings.cend(), [&](const Finding& f) { return f.severity == severity; }));
}

void checkEditionFinding(const Finding& f, const EditionData& data, const char* rule)
{
    CHECK(f.rule == QString::fromLatin1(rule));
    CHECK(f.entity == Entity::Edition);
    CHECK(f.uuid == data.edition.uuid);
    CHECK(f.label == data.edition.title);
    CHECK(f.message.contains(data.edition.title));
}

} // namespace

TEST_CASE("copil-cadence: the launch COPIL", "[domain][rules][calendar]")
{
    EditionData data = calendarData();
    CHECK(rules::checkCopilCadence(data, QDate(2021, 12, 31)).isEmpty()); // before the start: nothing

    Findings findings = rules::checkCopilCadence(data, QDate(2022, 3, 1));
    REQUIRE(findings.size() == 1); // due this year, nothing planned
    CHECK(findings.first().severity == Severity::Warning);
    checkEditionFinding(findings.first(), data, rules::CopilCadence);
    CHECK(rules::checkCopilCadence(data, QDate(2022, 12, 31)).first().severity == Severity::Warning);

    findings = rules::checkCopilCadence(data, QDate(2023, 1, 1)); // missing after the first year
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().severity == Severity::Error);
    checkEditionFinding(findings.first(), data, rules::CopilCadence);

    data.meetings = {meeting(MeetingKind::CopilLaunch, MeetingStatus::Planned, QDate(2022, 5, 19))};
    CHECK(rules::checkCopilCadence(data, QDate(2022, 3, 1)).isEmpty()); // planned: no warning
    CHECK(count(rules::checkCopilCadence(data, QDate(2023, 1, 1)), Severity::Error) == 1);

    data.meetings.first().status = MeetingStatus::Held;
    CHECK(rules::checkCopilCadence(data, QDate(2022, 6, 1)).isEmpty());
    CHECK(rules::checkCopilCadence(data, QDate(2023, 6, 1)).isEmpty());
    // A meeting recorded as held counts only from its date on.
    CHECK(rules::checkCopilCadence(data, QDate(2022, 5, 18)).size() == 1);
}

TEST_CASE("copil-cadence: only held COPILs of the right kind count", "[domain][rules][calendar]")
{
    EditionData data = calendarData();
    const MeetingStatus status = GENERATE(MeetingStatus::Planned, MeetingStatus::Postponed, MeetingStatus::Cancelled);
    CAPTURE(enumCode(status));
    data.meetings = {meeting(MeetingKind::CopilLaunch, status, QDate(2022, 5, 19)),
                     meeting(MeetingKind::CopilOther, MeetingStatus::Held, QDate(2022, 6, 1)),
                     meeting(MeetingKind::GovernanceGroup, MeetingStatus::Held, QDate(2022, 6, 1))};
    const Findings findings = rules::checkCopilCadence(data, QDate(2023, 2, 1));
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().severity == Severity::Error);
}

TEST_CASE("copil-cadence: the mid-term COPIL", "[domain][rules][calendar]")
{
    EditionData data = calendarData();
    data.meetings = {meeting(MeetingKind::CopilLaunch, MeetingStatus::Held, QDate(2022, 5, 19))};
    CHECK(rules::checkCopilCadence(data, QDate(2023, 12, 30)).isEmpty());

    Findings findings = rules::checkCopilCadence(data, QDate(2024, 6, 1)); // due within a year
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().severity == Severity::Warning);
    checkEditionFinding(findings.first(), data, rules::CopilCadence);

    findings = rules::checkCopilCadence(data, QDate(2025, 1, 1)); // overdue
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().severity == Severity::Error);

    data.meetings << meeting(MeetingKind::CopilMidTerm, MeetingStatus::Planned, QDate(2024, 11, 15));
    CHECK(rules::checkCopilCadence(data, QDate(2024, 6, 1)).isEmpty());
    CHECK(count(rules::checkCopilCadence(data, QDate(2025, 1, 1)), Severity::Error) == 1);
    data.meetings.last().status = MeetingStatus::Held;
    CHECK(rules::checkCopilCadence(data, QDate(2025, 1, 1)).isEmpty());
}

TEST_CASE("copil-cadence: the final COPIL with three months' grace", "[domain][rules][calendar]")
{
    EditionData data = calendarData();
    data.meetings = {meeting(MeetingKind::CopilLaunch, MeetingStatus::Held, QDate(2022, 5, 19)),
                     meeting(MeetingKind::CopilMidTerm, MeetingStatus::Held, QDate(2024, 3, 1))};
    CHECK(rules::checkCopilCadence(data, QDate(2025, 3, 30)).isEmpty());
    // Within a year of its due date (31 March 2026), during the edition's last year too.
    for (const QDate& asOf : {QDate(2025, 6, 1), QDate(2026, 3, 31)}) {
        const Findings upcoming = rules::checkCopilCadence(data, asOf);
        REQUIRE(upcoming.size() == 1);
        CHECK(upcoming.first().severity == Severity::Warning);
    }
    // A final COPIL planned ahead silences the warning; one planned in the past does not.
    data.meetings << meeting(MeetingKind::CopilFinal, MeetingStatus::Planned, QDate(2025, 12, 10));
    CHECK(rules::checkCopilCadence(data, QDate(2025, 6, 1)).isEmpty());
    CHECK(rules::checkCopilCadence(data, QDate(2026, 1, 5)).size() == 1);
    data.meetings.removeLast();

    Findings findings;

    findings = rules::checkCopilCadence(data, QDate(2026, 4, 1));
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().severity == Severity::Error);
    checkEditionFinding(findings.first(), data, rules::CopilCadence);

    data.meetings << meeting(MeetingKind::CopilFinal, MeetingStatus::Held, QDate(2026, 1, 20));
    CHECK(rules::checkCopilCadence(data, QDate(2026, 4, 1)).isEmpty());

    // Nothing held at all, long after the end: three errors.
    data.meetings.clear();
    findings = rules::checkCopilCadence(data, QDate(2027, 1, 1));
    CHECK(findings.size() == 3);
    CHECK(count(findings, Severity::Error) == 3);
}

TEST_CASE("local-committee-yearly: every territory and every complete year", "[domain][rules][calendar]")
{
    EditionData data = calendarData();
    CHECK(rules::checkLocalCommitteeYearly(data, QDate(2021, 12, 1)).isEmpty());
    CHECK(rules::checkLocalCommitteeYearly(data, QDate(2022, 6, 30)).isEmpty());

    SECTION("the current year is warned about from July")
    {
        const Findings findings = rules::checkLocalCommitteeYearly(data, QDate(2022, 7, 1));
        REQUIRE(findings.size() == 2);
        for (int i = 0; i < 2; ++i) {
            const Finding& f = findings.at(i);
            CHECK(f.rule == QStringLiteral("local-committee-yearly"));
            CHECK(f.severity == Severity::Warning);
            CHECK(f.entity == Entity::Territory);
            CHECK(f.uuid == data.territories.at(i).uuid);
            CHECK(f.label == data.territories.at(i).name);
            CHECK(f.message.contains(data.territories.at(i).name));
        }
    }
    SECTION("a complete year without a meeting is an error per territory")
    {
        const Findings findings = rules::checkLocalCommitteeYearly(data, QDate(2023, 2, 1));
        REQUIRE(findings.size() == 2);
        CHECK(count(findings, Severity::Error) == 2);
        CHECK(findings.at(0).uuid == data.territories.at(0).uuid);
        CHECK(findings.at(1).uuid == data.territories.at(1).uuid);
        CHECK(findings.at(0).message.contains(QStringLiteral("2022")));
    }
    SECTION("a held meeting in year Y satisfies Y only, and only in its territory")
    {
        data.meetings = {meeting(MeetingKind::LocalCommittee, MeetingStatus::Held, QDate(2023, 10, 5), Montpellierain)};
        const Findings findings = rules::checkLocalCommitteeYearly(data, QDate(2025, 1, 10));
        REQUIRE(findings.size() == 5);
        CHECK(count(findings, Severity::Error) == 5);
        QStringList montpellierain, thau;
        for (const auto& f : findings)
            (f.uuid == data.territories.at(0).uuid ? montpellierain : thau) << f.message;
        REQUIRE(montpellierain.size() == 2);
        CHECK(montpellierain.at(0).contains(QStringLiteral("2022")));
        CHECK(montpellierain.at(1).contains(QStringLiteral("2024")));
        REQUIRE(thau.size() == 3);
        CHECK(thau.at(1).contains(QStringLiteral("2023")));
    }
    SECTION("planned, postponed or cancelled committees and other meetings do not count")
    {
        data.meetings = {meeting(MeetingKind::LocalCommittee, MeetingStatus::Planned, QDate(2022, 3, 1), Thau),
                         meeting(MeetingKind::LocalCommittee, MeetingStatus::Postponed, QDate(2022, 4, 1), Thau),
                         meeting(MeetingKind::LocalCommittee, MeetingStatus::Cancelled, QDate(2022, 5, 1), Thau),
                         meeting(MeetingKind::TerritorialSeminar, MeetingStatus::Held, QDate(2022, 6, 1), Thau),
                         meeting(MeetingKind::LocalCommittee, MeetingStatus::Held, QDate(2022, 6, 1), Montpellierain)};
        const Findings findings = rules::checkLocalCommitteeYearly(data, QDate(2023, 2, 1));
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().uuid == data.territories.at(1).uuid);
    }
    SECTION("inside the edition's last year, and after it")
    {
        Findings findings = rules::checkLocalCommitteeYearly(data, QDate(2025, 8, 1));
        CHECK(count(findings, Severity::Error) == 6); // 2022-2024, two territories
        CHECK(count(findings, Severity::Warning) == 2);

        findings = rules::checkLocalCommitteeYearly(data, QDate(2027, 8, 1));
        CHECK(count(findings, Severity::Error) == 8); // 2022-2025, and no year after the edition
        CHECK(count(findings, Severity::Warning) == 0);
    }
    SECTION("a meeting held this year removes the warning, from its date on")
    {
        data.meetings = {meeting(MeetingKind::LocalCommittee, MeetingStatus::Held, QDate(2022, 9, 15), Thau)};
        CHECK(rules::checkLocalCommitteeYearly(data, QDate(2022, 10, 1)).size() == 1);
        CHECK(rules::checkLocalCommitteeYearly(data, QDate(2022, 8, 1)).size() == 2);
    }
}

TEST_CASE("annual-evaluation: one per year and a final one", "[domain][rules][calendar]")
{
    EditionData data = calendarData();
    CHECK(rules::checkAnnualEvaluation(data, QDate(2021, 6, 1)).isEmpty());
    CHECK(rules::checkAnnualEvaluation(data, QDate(2022, 12, 31)).isEmpty());

    Findings findings = rules::checkAnnualEvaluation(data, QDate(2023, 5, 1));
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().severity == Severity::Error);
    checkEditionFinding(findings.first(), data, rules::AnnualEvaluation);
    CHECK(findings.first().message.contains(QStringLiteral("2022")));

    // Evaluations of another edition do not count.
    data.evaluations = {evaluation(2022, EvaluationKind::Intermediate, 2)};
    CHECK(rules::checkAnnualEvaluation(data, QDate(2023, 5, 1)).size() == 1);
    data.evaluations = {evaluation(2022, EvaluationKind::Intermediate)};
    CHECK(rules::checkAnnualEvaluation(data, QDate(2023, 5, 1)).isEmpty());

    findings = rules::checkAnnualEvaluation(data, QDate(2025, 3, 1)); // 2023 and 2024 missing
    REQUIRE(findings.size() == 2);
    CHECK(findings.at(0).message.contains(QStringLiteral("2023")));
    CHECK(findings.at(1).message.contains(QStringLiteral("2024")));

    data.evaluations << evaluation(2023, EvaluationKind::Intermediate)
                     << evaluation(2024, EvaluationKind::Intermediate);
    CHECK(rules::checkAnnualEvaluation(data, QDate(2025, 12, 31)).isEmpty());

    // After the end: 2025 and the final evaluation are missing.
    findings = rules::checkAnnualEvaluation(data, QDate(2026, 2, 1));
    REQUIRE(findings.size() == 2);
    CHECK(count(findings, Severity::Error) == 2);
    for (const auto& f : findings)
        checkEditionFinding(f, data, rules::AnnualEvaluation);

    // An intermediate one for 2025 leaves only the final one missing.
    data.evaluations << evaluation(2025, EvaluationKind::Intermediate);
    CHECK(rules::checkAnnualEvaluation(data, QDate(2026, 2, 1)).size() == 1);

    // The final evaluation covers the last year.
    data.evaluations.removeLast();
    data.evaluations << evaluation(2025, EvaluationKind::Final);
    CHECK(rules::checkAnnualEvaluation(data, QDate(2026, 2, 1)).isEmpty());

    // ...but not the other years.
    data.evaluations.removeAt(1); // 2023
    findings = rules::checkAnnualEvaluation(data, QDate(2026, 2, 1));
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().message.contains(QStringLiteral("2023")));
}

TEST_CASE("meeting-in-edition: a meeting after the edition's end counts for nothing, and is flagged",
          "[domain][rules][calendar]")
{
    EditionData data = calendarData();
    data.meetings = {meeting(MeetingKind::CopilLaunch, MeetingStatus::Held, QDate(2022, 5, 19)),
                     meeting(MeetingKind::CopilMidTerm, MeetingStatus::Held, QDate(2026, 11, 14))};
    data.meetings.last().title = QStringLiteral("COPIL intermédiaire");
    // The mid-term COPIL dated after the end does not satisfy the cadence rule.
    const Findings cadence = rules::checkCopilCadence(data, QDate(2026, 12, 1));
    REQUIRE(cadence.size() == 2); // mid-term and final missing
    CHECK(count(cadence, Severity::Error) == 2);
    // It is flagged, as a warning naming it.
    Findings flagged = rules::checkMeetingInEdition(data);
    REQUIRE(flagged.size() == 1);
    CHECK(flagged.first().rule == QStringLiteral("meeting-in-edition"));
    CHECK(flagged.first().severity == Severity::Warning);
    CHECK(flagged.first().entity == Entity::Meeting);
    CHECK(flagged.first().uuid == data.meetings.last().uuid);
    CHECK(flagged.first().message.contains(QStringLiteral("COPIL intermédiaire")));
    CHECK(rules::checkAll(data, QDate(2026, 12, 1)).size() >= 3);

    // A final COPIL within its three months' grace is within the edition; a preparation meeting
    // before the start is not flagged (nor counted).
    data.meetings = {meeting(MeetingKind::CopilFinal, MeetingStatus::Held, QDate(2026, 2, 10)),
                     meeting(MeetingKind::CopilOther, MeetingStatus::Held, QDate(2021, 11, 24)),
                     meeting(MeetingKind::CopilLaunch, MeetingStatus::Held, QDate(2021, 12, 1))};
    CHECK(rules::checkMeetingInEdition(data).isEmpty());
    CHECK(rules::isWithinEdition(data.edition, data.meetings.first()));
    const Findings launch = rules::checkCopilCadence(data, QDate(2023, 1, 1));
    REQUIRE(launch.size() == 1); // the launch COPIL before the start does not count
    CHECK(launch.first().severity == Severity::Error);

    // A local committee after the end does not count for its year either.
    data.meetings = {meeting(MeetingKind::LocalCommittee, MeetingStatus::Held, QDate(2026, 3, 1), Thau)};
    CHECK(rules::checkMeetingInEdition(data).size() == 1);
}

} // namespace pacte_test_domain_rules_calendar_test
