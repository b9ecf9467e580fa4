#include "app/common/listsection.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "domain/rules.h"
#include "editing/document.h"
#include "storage/editionloader.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTimer>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_partners_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// Columns of the partners' table.
constexpr int NameColumn = 0;
constexpr int ReferentsColumn = 6;

QString trPartners(const char* text, int n = -1)
{
    return QCoreApplication::translate("pacte::PartnersSection", text, nullptr, n);
}

// The text of a rich-text label, as the user reads it.
QString plainText(const QLabel* label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

// A demo database open in a main window; the partners section's models are checked from the start.
struct PartnersFixture
{
    TempDir dir;
    MainWindow window;
    ListSection* section = nullptr;

    PartnersFixture()
    {
        const QString path = dir.path(QStringLiteral("demo.pacte"));
        createDatabase(path, true).reset();
        section = window.findChild<ListSection*>(QStringLiteral("partnersSection"));
        REQUIRE(section != nullptr);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        new QAbstractItemModelTester(section->proxy()->sourceModel(), Mode::Fatal, section);
        new QAbstractItemModelTester(section->proxy(), Mode::Fatal, section);
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openFile(path));
        showSection(window, QStringLiteral("partnersSection"));
    }

    Database& db() { return window.document()->database(); }

    Partner partner(const QString& name)
    {
        const auto partners = recordsWhere<Partner>(db(), QStringLiteral("name = ?"), {name});
        REQUIRE(partners.size() == 1);
        return partners.first();
    }

    Id editionId(const QString& title)
    {
        const auto edition = findEditionByTitle(db(), title);
        REQUIRE(edition);
        return edition->id;
    }

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < section->proxy()->rowCount(); ++row)
            names << section->proxy()->index(row, NameColumn).data().toString();
        names.sort();
        return names;
    }

    QModelIndex cell(const QString& name, int column) const
    {
        const auto* proxy = section->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, NameColumn).data().toString() == name)
                return proxy->index(row, column);
        }
        FAIL("no partner named " << name.toStdString());
        return {};
    }

    void undo() { child<QAction>(&window, QStringLiteral("undoAction"))->trigger(); }
    void redo() { child<QAction>(&window, QStringLiteral("redoAction"))->trigger(); }
};

const QString ccvh = QStringLiteral("Communauté de communes Vallée de l'Hérault");
const QString cd = QStringLiteral("Conseil départemental de l'Hérault");

// Types `text` as key presses; QTest::keyClicks() only knows ASCII.
void typeLine(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(edit, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
    QTest::keyClick(edit, Qt::Key_Return);
}

// Replaces a spin box's value by typing, then presses Enter, which ends the edit.
void typeNumber(QSpinBox* spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Return);
}

// Picks the entry of a combo box as a user would (the current index changes, then `activated`).
void chooseData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

// Answers the next modal question with `button`, keeping its text.
void answerNextQuestion(QMessageBox::StandardButton button, QString* text = nullptr)
{
    QTimer::singleShot(0, [button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        CHECK(box != nullptr);
        if (!box)
            return;
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

TEST_CASE("the partners list shows the edition's signatures and the missing referents", "[gui][partners]")
{
    PartnersFixture f;
    CHECK(f.section->count() == 13);
    // In the demo every signatory of PTI 2022-2025 still has to name its referent.
    const QModelIndex referents = f.cell(ccvh, ReferentsColumn);
    CHECK(referents.data().toString() == trPartners("none"));
    CHECK(referents.data(Qt::ForegroundRole).value<QColor>() == QColor(0xa0, 0, 0));
    // A partner still expected to sign is reminded in amber, not in the red of an error.
    CHECK(f.cell(QStringLiteral("CAF de l'Hérault"), ReferentsColumn).data(Qt::ForegroundRole).value<QColor>() ==
          QColor(0x8a, 0x5a, 0x00));
    const QString sydel = QStringLiteral("Sydel Pays Cœur d'Hérault"); // not a signatory: no warning
    CHECK_FALSE(f.cell(sydel, ReferentsColumn).data(Qt::ForegroundRole).isValid());
    const QString footer = child<QLabel>(f.section, QStringLiteral("partnersFooter"))->text();
    CHECK(footer.contains(trPartners("%n partner(s)", 13)));
    // None of the eleven has signed yet (one approved by deliberation, ten expected): not "signatories".
    CHECK(footer.contains(trPartners("%n partner(s) expected to sign %1", 11).arg(QStringLiteral("PTI 2022-2025"))));
    CHECK(footer.contains(trPartners("%n signature(s) recorded", 0)));
    CHECK_FALSE(footer.contains(trPartners("%n signatory(ies) of %1", 11).arg(QStringLiteral("PTI 2022-2025"))));
    CHECK(footer.contains(trPartners("%n without referent", 11)));
}

TEST_CASE("a partner is added, named, undone and redone with the same uuid", "[gui][partners]")
{
    PartnersFixture f;
    child<QPushButton>(f.section, QStringLiteral("addPartnerButton"))->click();
    CHECK(f.section->count() == 14);
    const QUuid uuid = f.section->selectedUuid();
    REQUIRE_FALSE(uuid.isNull());
    PartnerRepository partners(f.db());
    REQUIRE(partners.findByUuid(uuid));
    auto* name = child<QLineEdit>(f.section, QStringLiteral("nameEdit"));
    CHECK(name->isEnabled());
    // The placeholder name is selected, ready to be typed over.
    CHECK(QApplication::focusWidget() == name);
    CHECK(name->selectedText() == name->text());
    typeLine(name, QStringLiteral("Association Thau Solidarités"));
    typeLine(child<QLineEdit>(f.section, QStringLiteral("acronymEdit")), QStringLiteral("ATS"));
    // Editing does not lose the selection: the editor still shows the new partner.
    CHECK(f.section->selectedUuid() == uuid);
    const auto named = partners.findByUuid(uuid);
    REQUIRE(named);
    CHECK(named->name == QStringLiteral("Association Thau Solidarités"));
    CHECK(named->acronym == QStringLiteral("ATS"));
    CHECK(named->signatures.isEmpty());

    f.undo();
    f.undo();
    f.undo();
    CHECK_FALSE(partners.findByUuid(uuid));
    CHECK(f.section->count() == 13);
    f.redo();
    f.redo();
    f.redo();
    const auto back = partners.findByUuid(uuid);
    REQUIRE(back);
    CHECK(*back == *named);
    CHECK(f.section->count() == 14);
}

TEST_CASE("deleting a partner clears group pilots and persons' partner, undo restores them exactly", "[gui][partners]")
{
    PartnersFixture f;
    const Partner departement = f.partner(cd);
    const auto partnersBefore = PartnerRepository(f.db()).all();
    const auto personsBefore = PersonRepository(f.db()).all();
    const auto groupsBefore = WorkingGroupRepository(f.db()).all();
    const auto piloted = countWhere<WorkingGroup>(
        f.db(), QStringLiteral("pilot_partner_id = ? OR co_pilot_partner_id = ?"), {departement.id, departement.id});
    REQUIRE(piloted > 0);
    REQUIRE(countWhere<Person>(f.db(), QStringLiteral("partner_id = ?"), {departement.id}) == 2);

    selectRow(f.section, cd);
    QString question;
    answerNextQuestion(QMessageBox::Yes, &question);
    f.section->tableView()->setFocus();
    QTest::keyClick(f.section->tableView(), Qt::Key_Delete);
    CHECK(question.contains(QCoreApplication::translate(
        "pacte::DeletionQuestion", "%n person(s) are no longer attached to a partner", nullptr, 2)));
    CHECK_FALSE(PartnerRepository(f.db()).find(departement.id));
    CHECK(f.section->count() == 12);
    CHECK(countWhere<Person>(f.db(), QStringLiteral("partner_id = ?"), {departement.id}) == 0);
    CHECK(countWhere<WorkingGroup>(f.db(), QStringLiteral("pilot_partner_id = ? OR co_pilot_partner_id = ?"),
                                   {departement.id, departement.id}) == 0);
    CHECK(countWhere<WorkingGroup>(f.db(), QStringLiteral("pilot_partner_id IS NULL")) > 0);

    f.undo();
    CHECK(PartnerRepository(f.db()).all() == partnersBefore);
    CHECK(PersonRepository(f.db()).all() == personsBefore);
    CHECK(WorkingGroupRepository(f.db()).all() == groupsBefore);
    CHECK(f.section->count() == 13);
}

TEST_CASE("the quick search and each facet filter the partners", "[gui][partners]")
{
    PartnersFixture f;
    auto* search = child<QLineEdit>(&f.window, QStringLiteral("quickSearch"));
    search->setText(QStringLiteral("ccvh"));
    CHECK(f.shownNames() == QStringList{ccvh});
    search->setText(QStringLiteral("montpellierain"));
    CHECK(f.shownNames() == QStringList{QStringLiteral("Centre de ressources illettrisme alphabétisation")});
    search->clear();
    CHECK(f.shownNames().size() == 13);

    auto* category = child<QComboBox>(f.section, QStringLiteral("partnerCategoryFilter"));
    category->setCurrentIndex(category->findData(static_cast<qint64>(PartnerCategory::Intercommunality)));
    CHECK(f.shownNames() == QStringList{ccvh, QStringLiteral("Sydel Pays Cœur d'Hérault")});
    category->setCurrentIndex(0);

    // A partner covering the whole département works in every territory.
    const auto camargue =
        recordsWhere<Territory>(f.db(), QStringLiteral("name = ?"), {QStringLiteral("Petite Camargue")});
    REQUIRE(camargue.size() == 1);
    auto* territory = child<QComboBox>(f.section, QStringLiteral("partnerTerritoryFilter"));
    territory->setCurrentIndex(territory->findData(camargue.first().id));
    const QStringList inCamargue = f.shownNames();
    CHECK(inCamargue.size() == 11);
    CHECK(inCamargue.contains(QStringLiteral("PLIE Est Héraultais")));
    CHECK(inCamargue.contains(cd));
    CHECK_FALSE(inCamargue.contains(ccvh));
    territory->setCurrentIndex(0);

    auto* signature = child<QComboBox>(f.section, QStringLiteral("partnerSignatureFilter"));
    signature->setCurrentIndex(signature->findData(static_cast<qint64>(-1)));
    CHECK(f.shownNames() == QStringList{QStringLiteral("Centre de ressources illettrisme alphabétisation"),
                                        QStringLiteral("Sydel Pays Cœur d'Hérault")});
    // The 2022-2025 signature page is an empty grid: 10 partners expected (pending), the CCVH's council
    // approved the pact (its deliberation of 30 January 2023), none signed (11 were "signé" until
    // issue 19).
    signature->setCurrentIndex(signature->findData(static_cast<qint64>(SignatureStatus::Signed)));
    CHECK(f.shownNames().isEmpty());
    signature->setCurrentIndex(signature->findData(static_cast<qint64>(SignatureStatus::Pending)));
    CHECK(f.shownNames().size() == 10);
    CHECK(child<QLabel>(f.section, QStringLiteral("partnersFooter"))
              ->text()
              .contains(trPartners("%1 of %n partner(s) shown", 13).arg(10)));
    signature->setCurrentIndex(signature->findData(static_cast<qint64>(SignatureStatus::Approved)));
    CHECK(f.shownNames() == QStringList{ccvh});
    signature->setCurrentIndex(0);
    CHECK(f.shownNames().size() == 13);
}

TEST_CASE("a deliberation whose tally does not add up is saved, with a warning", "[gui][partners]")
{
    PartnersFixture f;
    selectRow(f.section, ccvh);
    const Id current = f.editionId(QStringLiteral("PTI 2022-2025"));
    const Signature* before = nullptr;
    const Partner partner = f.partner(ccvh);
    before = partner.signatureFor(current);
    REQUIRE(before);
    REQUIRE(before->deliberation);
    CHECK(before->deliberation->voters == 46);
    auto* group = child<QGroupBox>(f.section, QStringLiteral("deliberationGroup"));
    CHECK(group->isChecked());
    auto* voters = child<QSpinBox>(f.section, QStringLiteral("votersSpin"));
    CHECK(voters->value() == 46);
    auto* messages = child<QLabel>(f.section, QStringLiteral("validationMessages"));
    CHECK_FALSE(messages->isVisible()); // the seed's tally adds up

    typeNumber(voters, 40);
    Deliberation expected = *before->deliberation;
    expected.voters = 40;
    REQUIRE_FALSE(expected.tallyProblems().isEmpty());
    CHECK(messages->isVisible());
    CHECK(plainText(messages).contains(expected.tallyProblems().first()));

    const Partner after = f.partner(ccvh);
    const Signature* saved = after.signatureFor(current);
    REQUIRE(saved);
    REQUIRE(saved->deliberation);
    CHECK(*saved->deliberation == expected);
    // The compliance check reports it.
    CHECK(rules::checkDeliberationTally(loadEditionData(f.db(), current)).size() == 1);
    // The other edition's signature is untouched.
    const Id previous = f.editionId(QStringLiteral("PTI 2017-2021"));
    REQUIRE(after.signatureFor(previous));
    CHECK(*after.signatureFor(previous) == *partner.signatureFor(previous));

    // Unchecking the group removes the deliberation; undo brings it back.
    group->setChecked(false);
    CHECK_FALSE(f.partner(ccvh).signatureFor(current)->deliberation);
    f.undo();
    CHECK(*f.partner(ccvh).signatureFor(current)->deliberation == expected);
    CHECK(group->isChecked());
}

TEST_CASE("a signatory without referent is flagged until a person is made its referent", "[gui][partners]")
{
    PartnersFixture f;
    selectRow(f.section, ccvh);
    auto* referents = child<QLabel>(f.section, QStringLiteral("referentsLabel"));
    const QString warning =
        QCoreApplication::translate("pacte::rules", "%1 approved the pact but has not named a PTI referent.").arg(ccvh);
    CHECK(plainText(referents).contains(warning));
    // A partner that did not sign is not asked for one.
    selectRow(f.section, QStringLiteral("Sydel Pays Cœur d'Hérault"));
    CHECK_FALSE(plainText(referents).contains(QStringLiteral("⚠")));
    // One still expected to sign is reminded, without being said to have signed.
    selectRow(f.section, QStringLiteral("CAF de l'Hérault"));
    CHECK(plainText(referents).contains(
        QCoreApplication::translate("pacte::rules",
                                    "%1 is expected among the signatories and has not named a PTI referent yet.")
            .arg(QStringLiteral("CAF de l'Hérault"))));
    CHECK_FALSE(plainText(referents).contains(QStringLiteral("a signé")));

    // Philippe SALASC (CCVH) becomes its PTI referent in the persons section.
    QWidget* persons = showSection(f.window, QStringLiteral("personsSection"));
    selectRow(persons, QStringLiteral("SALASC"));
    auto* check = child<QCheckBox>(persons, QStringLiteral("partnerReferentCheck"));
    REQUIRE(check->isEnabled());
    check->click();
    const auto salasc = recordsWhere<Person>(f.db(), QStringLiteral("last_name = ?"), {QStringLiteral("SALASC")});
    REQUIRE(salasc.size() == 1);
    CHECK(salasc.first().hasRole(PersonRoleKind::PartnerReferent));

    showSection(f.window, QStringLiteral("partnersSection"));
    const QModelIndex cell = f.cell(ccvh, ReferentsColumn);
    CHECK(cell.data().toString() == QStringLiteral("Philippe SALASC"));
    CHECK_FALSE(cell.data(Qt::ForegroundRole).isValid());
    CHECK(child<QLabel>(f.section, QStringLiteral("partnersFooter"))
              ->text()
              .contains(trPartners("%n without referent", 10)));
    selectRow(f.section, ccvh);
    CHECK_FALSE(plainText(referents).contains(warning));
    CHECK(plainText(referents).contains(QStringLiteral("Philippe SALASC")));
}

TEST_CASE("marking a partner not a signatory removes only the current edition's signature", "[gui][partners]")
{
    PartnersFixture f;
    const Partner before = f.partner(ccvh);
    REQUIRE(before.signatures.size() == 2);
    const Id current = f.editionId(QStringLiteral("PTI 2022-2025"));
    const Id previous = f.editionId(QStringLiteral("PTI 2017-2021"));
    selectRow(f.section, ccvh);
    auto* status = child<QComboBox>(f.section, QStringLiteral("signatureStatusCombo"));
    CHECK(status->currentData().toInt() == static_cast<int>(SignatureStatus::Approved)); // "signé" until issue 19
    chooseData(status, -1);

    const Partner after = f.partner(ccvh);
    REQUIRE(after.signatures.size() == 1);
    CHECK_FALSE(after.signatureFor(current));
    CHECK(after.signatures.first() == *before.signatureFor(previous));
    CHECK_FALSE(child<QGroupBox>(f.section, QStringLiteral("deliberationGroup"))->isEnabled());
    CHECK_FALSE(child<QLineEdit>(f.section, QStringLiteral("signatoryNameEdit"))->isEnabled());
    CHECK(f.cell(ccvh, 4).data().toString() == QCoreApplication::translate("pacte::PartnerRows", "not a signatory"));

    f.undo();
    CHECK(f.partner(ccvh) == before);
    CHECK(status->currentData().toInt() == static_cast<int>(SignatureStatus::Approved));

    // Signing again from "not a signatory" adds a new signature for this edition only.
    selectRow(f.section, QStringLiteral("Sydel Pays Cœur d'Hérault"));
    chooseData(status, static_cast<int>(SignatureStatus::Pending));
    typeLine(child<QLineEdit>(f.section, QStringLiteral("signatoryNameEdit")), QStringLiteral("Jean Dupont"));
    const Partner sydel = f.partner(QStringLiteral("Sydel Pays Cœur d'Hérault"));
    REQUIRE(sydel.signatureFor(current));
    CHECK(sydel.signatureFor(current)->status == SignatureStatus::Pending);
    CHECK(sydel.signatureFor(current)->signatoryName == QStringLiteral("Jean Dupont"));
    CHECK(sydel.signatureFor(previous));
}

TEST_CASE("the partner editor's fields are saved when left", "[gui][partners]")
{
    PartnersFixture f;
    selectRow(f.section, QStringLiteral("PLIE Est Héraultais"));
    const QUuid uuid = f.section->selectedUuid();
    // Tab leaves the field: it is saved, and the focus goes on to the next field.
    auto* name = child<QLineEdit>(f.section, QStringLiteral("nameEdit"));
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" (PLIE)"));
    QTest::keyClick(name, Qt::Key_Tab);
    CHECK(PartnerRepository(f.db()).findByUuid(uuid)->name == QStringLiteral("PLIE Est Héraultais (PLIE)"));
    CHECK(QApplication::focusWidget() == child<QLineEdit>(f.section, QStringLiteral("acronymEdit")));
    CHECK(f.section->selectedUuid() == uuid);
    selectRow(f.section, QStringLiteral("PLIE Est Héraultais (PLIE)"));
    auto* territories = child<QListWidget>(f.section, QStringLiteral("territoriesList"));
    REQUIRE(territories->count() == 6);
    for (int i = 0; i < territories->count(); ++i) {
        if (territories->item(i)->text() == QStringLiteral("Biterrois"))
            territories->item(i)->setCheckState(Qt::Checked);
    }
    auto* category = child<QComboBox>(f.section, QStringLiteral("categoryCombo"));
    chooseData(category, static_cast<int>(PartnerCategory::Association));
    auto* dated = child<QCheckBox>(f.section, QStringLiteral("signatureDateCheck"));
    dated->click();
    const auto partner = PartnerRepository(f.db()).findByUuid(uuid);
    REQUIRE(partner);
    CHECK(partner->territoryIds.size() == 2);
    CHECK(partner->category == PartnerCategory::Association);
    const auto* signature = partner->signatureFor(f.editionId(QStringLiteral("PTI 2022-2025")));
    REQUIRE(signature);
    CHECK(signature->date == QDate::currentDate());
    CHECK(f.cell(QStringLiteral("PLIE Est Héraultais (PLIE)"), 3)
              .data()
              .toString()
              .contains(QStringLiteral("Biterrois")));
    // Four edits, four undo steps.
    CHECK(f.window.document()->undoStack()->count() == 4);
}

TEST_CASE("Enter in the list opens the editor, another edition shows its own signature", "[gui][partners]")
{
    PartnersFixture f;
    selectRow(f.section, ccvh);
    f.section->tableView()->setFocus();
    QTest::keyClick(f.section->tableView(), Qt::Key_Return);
    QWidget* focus = QApplication::focusWidget();
    INFO("focus on " << (focus ? focus->objectName().toStdString() : std::string("nothing")));
    CHECK(focus == child<QLineEdit>(f.section, QStringLiteral("nameEdit")));

    auto* edition = child<QComboBox>(&f.window, QStringLiteral("editionCombo"));
    const int previous = edition->findText(QStringLiteral("PTI 2017-2021"));
    REQUIRE(previous >= 0);
    edition->setCurrentIndex(previous);
    emit edition->activated(previous);
    CHECK(f.section->selectedUuid() == f.partner(ccvh).uuid);
    CHECK(child<QGroupBox>(f.section, QStringLiteral("signatureGroup"))
              ->title()
              .contains(QStringLiteral("PTI 2017-2021")));
    CHECK(child<QLineEdit>(f.section, QStringLiteral("actIdentifierEdit"))->text() ==
          QStringLiteral("délibération n°1564"));
    // Six partners signed the 2017-2021 pact in the demo; the Region did not.
    CHECK(f.cell(QStringLiteral("Région Occitanie"), 4).data().toString() ==
          QCoreApplication::translate("pacte::PartnerRows", "not a signatory"));
    CHECK(child<QLabel>(f.section, QStringLiteral("partnersFooter"))
              ->text()
              .contains(trPartners("%n signatory(ies) of %1", 6).arg(QStringLiteral("PTI 2017-2021"))));
}

TEST_CASE("a date picked in the calendar pop-up is saved at once", "[gui][partners]")
{
    PartnersFixture f;
    selectRow(f.section, ccvh);
    auto* edit = child<QDateEdit>(f.section, QStringLiteral("publicationDateEdit"));
    CHECK(edit->date() == QDate(2023, 1, 31));
    const QDate picked(2023, 2, 2);
    QCalendarWidget* calendar = edit->calendarWidget();
    calendar->setSelectedDate(picked);
    emit calendar->clicked(picked);
    const Id current = f.editionId(QStringLiteral("PTI 2022-2025"));
    const auto published = [&] { return f.partner(ccvh).signatureFor(current)->deliberation->publicationDate; };
    for (int i = 0; i < 50 && published() != picked; ++i)
        QTest::qWait(10);
    CHECK(published() == picked);

    // Unchecking the date removes it.
    child<QCheckBox>(f.section, QStringLiteral("publicationDateCheck"))->click();
    CHECK_FALSE(published().isValid());
    CHECK_FALSE(edit->isEnabled());
}

} // namespace pacte_test_gui_partners_test
