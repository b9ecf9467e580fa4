// What the coordinator can do where she is: name a partner's referent from the partner's form, and
// list the working groups the footer counts as without a co-pilot (issue #22).
#include "app/common/listsection.h"
#include "app/mainwindow.h"
#include "common/demowindow.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "editing/document.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_inplace_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const DemoWindow::Options Demo{DemoWindow::Wait::Shown, QStringLiteral("PTI 2017-2021"), false};

} // namespace

TEST_CASE("A partner's form adds a PTI referent where it says there is none", "[gui][partners]")
{
    DemoWindow w(Demo);
    auto* section = showSection(w.window, QStringLiteral("partnersSection"));
    // A partner without any person.
    Partner partner;
    for (const auto& p : PartnerRepository(w.db()).all()) {
        if (recordsWhere<Person>(w.db(), QStringLiteral("partner_id = ?"), {p.id}).isEmpty()) {
            partner = p;
            break;
        }
    }
    REQUIRE(partner.id != NoId);
    selectRow(section, partner.name);
    auto* referents = child<QLabel>(section, QStringLiteral("referentsLabel"));
    CHECK(referents->text().contains(QStringLiteral("href=\"add-referent\"")));
    emit referents->linkActivated(QStringLiteral("add-referent"));

    const auto persons = recordsWhere<Person>(w.db(), QStringLiteral("partner_id = ?"), {partner.id});
    REQUIRE(persons.size() == 1);
    CHECK(persons.first().hasRole(PersonRoleKind::PartnerReferent));
    // Opened in the Persons section, ready to be named; one undo step.
    auto* persons_section = child<ListSection>(&w.window, QStringLiteral("personsSection"));
    CHECK(persons_section->isVisible());
    CHECK(persons_section->selectedUuid() == persons.first().uuid);
    child<QAction>(&w.window, QStringLiteral("undoAction"))->trigger();
    CHECK(recordsWhere<Person>(w.db(), QStringLiteral("partner_id = ?"), {partner.id}).isEmpty());
}

TEST_CASE("The groups list filters those without a co-pilot from another structure", "[gui][groups]")
{
    DemoWindow w(Demo);
    auto* section = qobject_cast<ListSection*>(showSection(w.window, QStringLiteral("groupsSection")));
    REQUIRE(section);
    const int all = section->proxy()->rowCount();
    auto* filter = child<QComboBox>(section, QStringLiteral("groupCoPilotFilter"));
    REQUIRE(filter->count() == 3);
    filter->setCurrentIndex(2); // without a co-pilot from another structure
    QCoreApplication::processEvents();
    const int without = section->proxy()->rowCount();
    // The footer's count is the number the filter shows.
    const QString footer = child<QLabel>(section, QStringLiteral("groupsFooter"))->text();
    const auto numbers = QRegularExpression(QStringLiteral("\\d+")).globalMatch(footer);
    QList<int> values;
    for (auto it = numbers; it.hasNext();)
        values << it.next().captured().toInt();
    CHECK(values.contains(without));
    CHECK(without > 0);
    filter->setCurrentIndex(1);
    CHECK(section->proxy()->rowCount() == all - without);
}

} // namespace pacte_test_gui_inplace_test
