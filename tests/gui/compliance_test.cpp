// The compliance panel lists exactly the findings of the governance rules, counts them in the
// sidebar, filters them, opens the offending item, checks past years and follows the edits.
#include "app/common/listsection.h"
#include "app/compliance/compliancesection.h"
#include "app/indicators/indicatorssection.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/rules.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/editionloader.h"
#include "storage/indicatorlist.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_compliance_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const QString OldEdition = QStringLiteral("PTI 2017-2021");

// The demo open in a main window on PTI 2017-2021, the compliance section shown, its models tested.
struct ComplianceFixture
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("demo.pacte"));
    MainWindow window;
    ComplianceSection* section = nullptr;
    Edition edition;

    ComplianceFixture()
    {
        createDatabase(path, true).reset();
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(path));
        chooseEdition(window, OldEdition);
        section = qobject_cast<ComplianceSection*>(showSection(window, QStringLiteral("complianceSection")));
        REQUIRE(section != nullptr);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        auto* iconModel = qobject_cast<QAbstractProxyModel*>(section->proxy()->sourceModel());
        REQUIRE(iconModel != nullptr);
        new QAbstractItemModelTester(iconModel->sourceModel(), Mode::Fatal, section);
        new QAbstractItemModelTester(iconModel, Mode::Fatal, section);
        new QAbstractItemModelTester(section->proxy(), Mode::Fatal, section);
        edition = *findEditionByTitle(db(), OldEdition);
        REQUIRE(section->editionId() == edition.id);
    }

    Database& db() { return window.document()->database(); }
    QTableView* table() { return section->tableView(); }

    // The findings shown (filters applied), in the table's order.
    QList<QPair<QString, QString>> shown()
    {
        QList<QPair<QString, QString>> rows;
        const QAbstractItemModel* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append({model->index(row, 1).data().toString(), model->index(row, 3).data().toString()});
        return rows;
    }

    void choose(const QString& comboName, const QVariant& data)
    {
        auto* combo = child<QComboBox>(section, comboName);
        const int index = combo->findData(data);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }

    QTreeWidgetItem* sidebarItem()
    {
        auto* sidebar = child<QTreeWidget>(&window, QStringLiteral("sidebar"));
        for (int i = 0; i < sidebar->topLevelItemCount(); ++i) {
            if (sidebar->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("complianceSection"))
                return sidebar->topLevelItem(i);
        }
        FAIL("no compliance entry in the sidebar");
        return nullptr;
    }

    // Selects the first row shown whose finding matches.
    Finding selectFirst(const QString& rule)
    {
        const QAbstractItemModel* model = table()->model();
        const int ruleIndex = static_cast<int>(rules::allRuleIds().indexOf(rule));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(FiltersRole).value<RowFilters>().kind == ruleIndex) {
                table()->setCurrentIndex(index);
                const auto findings = section->findings();
                for (const auto& f : findings) {
                    if (f.rule == rule && f.message == model->index(row, 3).data().toString())
                        return f;
                }
            }
        }
        FAIL("no finding of " << rule.toStdString());
        return {};
    }
};

QHash<QString, int> countByRule(const Findings& findings)
{
    QHash<QString, int> counts;
    for (const auto& f : findings)
        ++counts[f.rule];
    return counts;
}

} // namespace

TEST_CASE("compliance: the findings of the rules, as the command line reports them", "[gui][compliance]")
{
    ComplianceFixture f;
    const QDate today = QDate::currentDate();
    REQUIRE(f.section->checkedOn() == today);
    const Findings expected = rules::checkAll(loadEditionData(f.db(), f.edition.id), today);
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(f.section->findings() == expected);
    CHECK(f.section->count() == expected.size());

    const CliResult cli =
        runCli({QStringLiteral("check"), f.path, QStringLiteral("--edition"), OldEdition, QStringLiteral("--json")});
    INFO(cli.err.toStdString());
    const QJsonObject root = QJsonDocument::fromJson(cli.out.toUtf8()).object();
    REQUIRE(root.value(QStringLiteral("date")).toString() == today.toString(Qt::ISODate));
    QHash<QString, int> cliCounts;
    for (const auto& value : root.value(QStringLiteral("findings")).toArray())
        ++cliCounts[value.toObject().value(QStringLiteral("rule")).toString()];
    CHECK(countByRule(f.section->findings()) == cliCounts);

    // Errors first in the table.
    const QAbstractItemModel* model = f.table()->model();
    bool warningSeen = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool error =
            model->index(row, 0).data(FiltersRole).value<RowFilters>().status == static_cast<int>(Severity::Error);
        CHECK_FALSE((error && warningSeen));
        warningSeen = warningSeen || !error;
        CHECK_FALSE(model->index(row, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        CHECK_FALSE(model->index(row, 3).data(Qt::ToolTipRole).toString().isEmpty());
    }

    // The sidebar shows the number in red.
    QTreeWidgetItem* item = f.sidebarItem();
    CHECK(item->text(1) == QString::number(expected.size()));
    CHECK(item->foreground(1).color() == QColor(0xb0, 0x00, 0x20));
    const auto errors = std::count_if(expected.cbegin(), expected.cend(),
                                      [](const Finding& x) { return x.severity == Severity::Error; });
    const QString footer = child<QLabel>(f.section, QStringLiteral("complianceFooter"))->text();
    CHECK(footer.contains(QString::number(expected.size())));
    CHECK(footer.contains(QString::number(errors)));

    SECTION("the severity facet")
    {
        f.choose(QStringLiteral("complianceSeverityFilter"), static_cast<int>(Severity::Error));
        CHECK(f.table()->model()->rowCount() == errors);
    }
}

TEST_CASE("compliance: the ten Département-only groups, opened from the list", "[gui][compliance]")
{
    ComplianceFixture f;
    const int groupPilots = static_cast<int>(rules::allRuleIds().indexOf(QString::fromLatin1(rules::GroupPilots)));
    f.choose(QStringLiteral("complianceRuleFilter"), groupPilots);
    REQUIRE(f.table()->model()->rowCount() == 10);
    for (const auto& [rule, message] : f.shown())
        CHECK_FALSE(message.isEmpty());

    QSignalSpy spy(f.section, &Section::openRequested);
    const Finding finding = f.selectFirst(QString::fromLatin1(rules::GroupPilots));
    CHECK(finding.entity == Entity::WorkingGroup);
    QTest::qWait(20); // the columns are fitted once the first findings are in
    f.window.grab().save(QStringLiteral("/tmp/compliance-2.png"));
    const QModelIndex current = f.table()->currentIndex();
    // The view takes a double click on the item the first click pressed.
    const QPoint centre = f.table()->visualRect(current).center();
    QTest::mouseClick(f.table()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(f.table()->viewport(), Qt::LeftButton, {}, centre);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<Entity>() == Entity::WorkingGroup);
    CHECK(spy.at(0).at(1).toUuid() == finding.uuid);
    auto* stack = child<QStackedWidget>(&f.window, QStringLiteral("sectionStack"));
    auto* groups = qobject_cast<ListSection*>(stack->currentWidget());
    REQUIRE(groups != nullptr);
    CHECK(groups->objectName() == QLatin1String("groupsSection"));
    CHECK(groups->selectedUuid() == finding.uuid);

    // Enter and the "Voir" button do the same.
    showSection(f.window, QStringLiteral("complianceSection"));
    f.table()->setCurrentIndex(current);
    f.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_Return);
    CHECK(spy.count() == 2);
    showSection(f.window, QStringLiteral("complianceSection"));
    auto* button = child<QPushButton>(f.section, QStringLiteral("openFindingButton"));
    REQUIRE(button->isEnabled());
    button->click();
    CHECK(spy.count() == 3);
    CHECK(spy.at(2).at(1).toUuid() == finding.uuid);
}

TEST_CASE("compliance: a past year is checked as of its 31 December", "[gui][compliance]")
{
    ComplianceFixture f;
    auto* years = child<QComboBox>(f.section, QStringLiteral("complianceYearCombo"));
    CHECK(years->itemData(0).toInt() == 0);
    CHECK(years->findData(2017) == 1);
    CHECK(years->findData(2021) >= 0);
    CHECK(years->findData(2022) < 0);

    f.choose(QStringLiteral("complianceYearCombo"), 2019);
    CHECK(f.section->checkedOn() == QDate(2019, 12, 31));
    // The 2017-2021 pact states no yearly local committee (the 2022-2025 pact does): the missed years
    // are information, not errors (they were errors until issue 19), each saying whose rule it is.
    QSet<int> missedYears;
    int territoriesIn2017 = 0;
    const QString prefix = QStringLiteral("Ne satisferait pas la règle du PTI 2022-2025 : ");
    for (const auto& finding : f.section->findings()) {
        if (finding.rule != QLatin1String(rules::LocalCommitteeYearly))
            continue;
        CHECK(finding.severity == Severity::Information);
        CHECK(finding.entity == Entity::Territory);
        REQUIRE(finding.message.startsWith(prefix));
        const QString message = finding.message.mid(prefix.size());
        for (int year = 2015; year <= 2025; ++year) {
            if (message.contains(QString::number(year)))
                missedYears.insert(year);
        }
        territoriesIn2017 += message.contains(QStringLiteral("2017"));
    }
    CHECK(missedYears == QSet<int>{2017, 2018, 2019});
    CHECK(territoriesIn2017 == 6);

    // The same as the command line's check of that year.
    const CliResult cli = runCli({QStringLiteral("check"), f.path, QStringLiteral("--edition"), OldEdition,
                                  QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--json")});
    const QJsonObject root = QJsonDocument::fromJson(cli.out.toUtf8()).object();
    QHash<QString, int> cliCounts;
    for (const auto& value : root.value(QStringLiteral("findings")).toArray())
        ++cliCounts[value.toObject().value(QStringLiteral("rule")).toString()];
    CHECK(countByRule(f.section->findings()) == cliCounts);

    // A 2018 local committee recorded while the list is out of sight: checked again once shown.
    const auto territory = recordsWhere<Territory>(f.db(), QStringLiteral("name = ?"), {QStringLiteral("Biterrois")});
    REQUIRE(territory.size() == 1);
    const int before = f.section->count();
    showSection(f.window, QStringLiteral("territoriesSection"));
    Meeting meeting;
    meeting.editionId = f.edition.id;
    meeting.kind = MeetingKind::LocalCommittee;
    meeting.status = MeetingStatus::Held;
    meeting.date = QDate(2018, 10, 4);
    meeting.territoryId = territory.constFirst().id;
    Document* document = f.window.document();
    REQUIRE(edit::add(*document, meeting).ok());
    QCoreApplication::processEvents();
    CHECK(f.section->count() == before);
    showSection(f.window, QStringLiteral("complianceSection"));
    CHECK(f.section->count() == before - 1);
    CHECK(f.section->checkedOn() == QDate(2019, 12, 31));
    for (const auto& finding : f.section->findings())
        CHECK_FALSE((finding.uuid == territory.constFirst().uuid && finding.message.contains(QStringLiteral("2018"))));

    // Back to today.
    f.choose(QStringLiteral("complianceYearCombo"), 0);
    CHECK(f.section->checkedOn() == QDate::currentDate());
}

TEST_CASE("compliance: a fixed finding leaves the list", "[gui][compliance]")
{
    ComplianceFixture f;
    const int before = f.section->count();
    const Finding finding = f.selectFirst(QString::fromLatin1(rules::GroupPilots));
    WorkingGroupRepository groups(f.db());
    const auto group = groups.findByUuid(finding.uuid);
    REQUIRE(group.has_value());
    WorkingGroup after = *group;
    for (const auto& partner : PartnerRepository(f.db()).all()) {
        if (partner.id != group->pilotPartnerId) {
            after.coPilotPartnerId = partner.id;
            break;
        }
    }
    Document* document = f.window.document();
    REQUIRE(edit::update(*document, *group, after).ok());
    // The findings are checked again once the change is done (a zero-length timer).
    QTRY_COMPARE(f.section->count(), before - 1);
    for (const auto& x : f.section->findings())
        CHECK_FALSE((x.rule == QLatin1String(rules::GroupPilots) && x.uuid == finding.uuid));
    CHECK(f.sidebarItem()->text(1) == QString::number(before - 1));
    CHECK(f.section->findings() == rules::checkAll(loadEditionData(f.db(), f.edition.id), QDate::currentDate()));

    // Undo brings it back.
    document->undoStack()->undo();
    QTRY_COMPARE(f.section->count(), before);
}

// Not run by default: PACTE_BENCH_FILE=/tmp/big.pacte gui_tests "[compliance-bench]" (a file made by
// `pacte-cli generate --scale 500`: 50,000 actions, 100,000 indicators). The two sections alone, on a
// document of their own, so that the other sections' work is not counted.
TEST_CASE("compliance and indicators: refresh times on a big file", "[.][compliance-bench]")
{
    const QString path = qEnvironmentVariable("PACTE_BENCH_FILE");
    if (path.isEmpty()) {
        WARN("PACTE_BENCH_FILE is not set");
        return;
    }
    Document document(Database::open(path, QStringLiteral("bench")));
    const auto edition = latestEdition(document.database());
    REQUIRE(edition.has_value());
    ComplianceSection compliance;
    auto* indicators = new IndicatorsSection(&compliance); // one widget tree, deleted together
    compliance.resize(1100, 700);
    compliance.show();
    QElapsedTimer timer;
    timer.start();
    compliance.setDocument(&document);
    indicators->setDocument(&document);
    const qint64 documentSet = timer.restart();
    compliance.setEdition(edition->id);
    const qint64 today = timer.restart();
    const int findings = compliance.count();
    indicators->setEdition(edition->id);
    const qint64 indicatorList = timer.restart();
    const auto list = listIndicators(document.database(), edition->id);
    const qint64 indicatorQuery = timer.restart();

    // What a change costs them: the edit and its notification, then the next turn of the event loop.
    const auto changed = [&](const auto& before) {
        auto after = before;
        after.notes += QStringLiteral(" (bench)");
        timer.restart();
        REQUIRE(edit::update(document, before, after).ok());
        const qint64 notified = timer.elapsed();
        QCoreApplication::processEvents();
        return QStringLiteral("%1 ms + %2 ms").arg(notified).arg(timer.elapsed() - notified);
    };
    const QString actionChange =
        changed(*ActionRepository(document.database()).findByUuid(list.constFirst().actionUuid));
    const QString groupChange = changed(WorkingGroupRepository(document.database()).ofEdition(edition->id).first());

    auto* years = child<QComboBox>(&compliance, QStringLiteral("complianceYearCombo"));
    REQUIRE(years->count() > 1);
    timer.restart();
    years->setCurrentIndex(1);
    emit years->activated(1);
    const qint64 pastYear = timer.elapsed();
    timer.restart();
    indicators->tableView()->setCurrentIndex(indicators->tableView()->model()->index(0, 0));
    const qint64 indicatorShown = timer.elapsed();

    WARN("both sections given the document: " << documentSet << " ms; compliance today: " << today << " ms ("
                                              << findings << " findings); as of 31 Dec. " << years->itemData(1).toInt()
                                              << ": " << pastYear << " ms; indicators list: " << indicatorList
                                              << " ms (query alone " << indicatorQuery << " ms, " << indicators->count()
                                              << " indicators); one indicator shown: " << indicatorShown
                                              << " ms; an action changed: " << actionChange.toStdString()
                                              << "; a group changed: " << groupChange.toStdString());
}

} // namespace pacte_test_gui_compliance_test
