// Every refusal of a sheet names its JSON path, and the database file is byte for byte what it was.
#include "common/sheetcorpus.h"
#include "common/sheetfixture.h"
#include "common/testutil.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetwriter.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QFile>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_sheet_refusal_test {

using namespace pacte;
using namespace pacte::test;

namespace {

struct Refusal
{
    const char* file;
    const char* path;
};

// Each file of tests/data/sheets/bad/ and where it must be refused.
constexpr Refusal refusals[] = {
    {"empty.json", ""},
    {"not-json.json", ""},
    {"truncated.json", ""},
    {"not-an-object.json", ""},
    {"number-too-large.json", ""}, // found by libFuzzer: nlohmann throws out_of_range, not parse_error
    {"wrong-format.json", "format"},
    {"newer-version.json", "formatVersion"},
    {"version-as-text.json", "formatVersion"},
    {"foreign-database.json", "database.uuid"},
    {"unknown-export.json", "export.id"},
    {"missing-export.json", "export"},
    {"other-edition.json", "edition.uuid"},
    {"wrong-group.json", "group.uuid"},
    {"item-of-another-group.json", "group.actions[1]"},
    {"meeting-of-another-group.json", "group.meetings[0]"},
    {"indicator-moved.json", "group.actions[1].indicators[0]"},
    {"id-of-another-kind.json", "group.actions[0].indicators[0].measurements[0]"},
    {"unknown-public.json", "group.actions[0].publics[0]"},
    {"axis-of-other-edition.json", "group.actions[0].axis"},
    {"theme-of-other-axis.json", "group.actions[0].theme"},
    {"title-as-number.json", "group.actions[0].title"},
    {"value-as-text.json", "group.actions[0].indicators[0].measurements[0].value"},
    {"missing-title.json", "group.actions[1].title"},
    {"missing-status.json", "group.actions[1].status"},
    {"missing-measurement-date.json", "group.actions[0].indicators[0].measurements[0].date"},
    {"impossible-date.json", "group.actions[0].startDate"},
    {"end-before-start.json", "group.actions[0].endDate"},
    {"negative-head-count.json", "group.meetings[0].headCount"},
    {"huge-head-count.json", "group.meetings[0].headCount"},
    {"unknown-status.json", "group.actions[0].status"},
    {"duplicate-uuid.json", "group.actions[1].uuid"},
    {"unknown-field.json", "group.actions[0].couleur"},
    {"bad-uuid.json", "group.actions[1].uuid"},
    {"actions-not-a-list.json", "group.actions"},
    {"empty-indicator-name.json", "group.actions[0].indicators[0].name"},
    {"duplicate-key.json", "group.actions[1].notes"}, // the first value was silently dropped (issue 23)
    // Accepted before issue 23: a new item under another record's uuid broke the dump; a partner
    // given as a theme, a public or a dispositif cleared the field; a group added a final COPIL.
    {"new-action-with-edition-uuid.json", "group.actions[2]"},
    {"new-indicator-with-group-uuid.json", "group.actions[0].indicators[1]"},
    {"partner-as-theme.json", "group.actions[0].theme"},
    {"partner-as-public.json", "group.actions[0].publics[0]"},
    {"partner-as-dispositif.json", "group.actions[0].dispositifs[0]"},
    {"new-copil-meeting.json", "group.meetings[1].kind"},
    {"meeting-made-copil.json", "group.meetings[0].kind"},
    // The group's yearly evaluation (issue 18): a year outside the edition, a value off the scale.
    {"evaluation-year-outside-edition.json", "group.evaluations[1].year"},
    {"evaluation-unknown-scale.json", "group.evaluations[0].partnershipQuality"},
    // The funding lines (issue 20): an amount that is not whole cents, a year outside the edition.
    {"funding-amount-as-decimal.json", "group.actions[0].fundings[0].amounts[0].plannedCents"},
    {"funding-year-outside-edition.json", "group.actions[0].fundings[0].amounts[1].year"},
};

} // namespace

TEST_CASE("The valid corpus sheet is accepted", "[exchange][sheet][refusal]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const QUuid exportId = exportSheet(*f.db, f.group).exportId;
    SheetImport import(*f.db, corpusSheet(f, exportId, QStringLiteral("good/valid.json")), QStringLiteral("v.json"));
    CHECK(import.outcome().conflictCount() == 0);
}

TEST_CASE("Every corpus sheet is refused at its JSON path and the database is untouched", "[exchange][sheet][refusal]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const QUuid exportId = exportSheet(*f.db, f.group).exportId;
    const QByteArray before = fileBytes(f.path);
    for (const auto& refusal : refusals) {
        const QString file = QString::fromLatin1(refusal.file);
        INFO("bad/" << refusal.file);
        const QByteArray bytes = corpusSheet(f, exportId, QStringLiteral("bad/") + file);
        try {
            SheetImport import(*f.db, bytes, file);
            FAIL("accepted");
        } catch (const InputError& error) {
            INFO(error.message().toStdString());
            CHECK(error.path() == QString::fromLatin1(refusal.path));
            CHECK_FALSE(error.message().isEmpty());
        }
        CHECK(fileBytes(f.path) == before);
    }
    // The whole corpus is listed above.
    QDir folder(testDataPath(QStringLiteral("sheets/bad")));
    CHECK(folder.entryList(QDir::Files).size() == static_cast<qsizetype>(std::size(refusals)));
}

TEST_CASE("A file of 50 MB is refused before it is read", "[exchange][sheet][refusal]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    exportSheet(*f.db, f.group);
    const QByteArray before = fileBytes(f.path);
    const QString big = dir.path(QStringLiteral("enorme.json"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(50LL * 1024 * 1024));
    }
    try {
        SheetImport::fromFile(*f.db, big);
        FAIL("accepted");
    } catch (const InputError& error) {
        CHECK(error.message().contains(QStringLiteral("enorme.json")));
    }
    CHECK_THROWS_AS(readSheetFile(big), InputError);
    CHECK(fileBytes(f.path) == before);
}

TEST_CASE("A missing sheet file is refused", "[exchange][sheet][refusal]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    CHECK_THROWS_AS(SheetImport::fromFile(*f.db, dir.path(QStringLiteral("absente.json"))), InputError);
}

TEST_CASE("A sheet whose group was deleted is refused", "[exchange][sheet][refusal]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const QByteArray sheet = exportSheet(*f.db, f.group).bytes;
    WorkingGroupRepository(*f.db).remove(f.group);
    const QByteArray before = fileBytes(f.path);
    try {
        SheetImport import(*f.db, sheet, QStringLiteral("fiche.json"));
        FAIL("accepted");
    } catch (const InputError& error) {
        CHECK(error.path() == QStringLiteral("group.uuid"));
    }
    CHECK(fileBytes(f.path) == before);
}

TEST_CASE("A sheet saved atomically survives a crash in the middle of the save", "[exchange][sheet][atomic]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const QByteArray first = exportSheet(*f.db, f.group).bytes;
    const QString path = dir.path(QStringLiteral("fiche.pacte-fiche.json"));
    saveSheetFile(path, first);
    CHECK(fileBytes(path) == first);

    const QByteArray second = exportSheet(*f.db, f.group).bytes;
    struct Crash
    {};
    CHECK_THROWS_AS(saveSheetFile(path, second, [] { throw Crash{}; }), Crash);
    CHECK(fileBytes(path) == first); // the old sheet, whole
    CHECK(QDir(dir.path(QStringLiteral("."))).entryList({QStringLiteral("fiche*")}, QDir::Files) ==
          QStringList{QStringLiteral("fiche.pacte-fiche.json")}); // no half-written file left behind
    CHECK_NOTHROW(readSheet(fileBytes(path)));

    saveSheetFile(path, second);
    CHECK(fileBytes(path) == second);
}

} // namespace pacte_test_exchange_sheet_refusal_test
