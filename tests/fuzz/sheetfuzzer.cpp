// libFuzzer target for the sheet import (opt-in: configure with clang++ and -DPACTE_FUZZ=ON, see
// tests/CMakeLists.txt). Every input is read as a sheet against the test fixture's database, which
// must never crash and never change the database file. The corpus's tokens (@database@, @export@...,
// tests/data/sheets/README.md) are replaced in every input, so that mutations reach past the header
// checks into the merge. Seed it with tests/data/sheets/:
//   build-fuzz/sheet_fuzzer -max_total_time=300 tests/data/sheets/bad tests/data/sheets/good
#include "common/sheetfixture.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetwriter.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QPair>
#include <QTemporaryDir>

namespace {

struct State
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    pacte::test::SheetFixture fixture;
    QByteArray bytes;
    QList<QPair<QByteArray, QByteArray>> tokens;
    long runs = 0;
};

State* state = nullptr;

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    state = new State;
    state->app = std::make_unique<QCoreApplication>(*argc, *argv);
    state->dir = std::make_unique<QTemporaryDir>();
    state->fixture = pacte::test::makeSheetFixture(state->dir->filePath(QStringLiteral("pti.pacte")));
    auto& f = state->fixture;
    pacte::Database& db = *f.db;
    const QUuid exportId = pacte::exportSheet(db, f.group).exportId; // a recorded export to merge against
    const auto text = [](const QUuid& uuid) { return uuid.toString(QUuid::WithoutBraces).toUtf8(); };
    state->tokens = {
        {"@database@", text(db.databaseUuid())},
        {"@edition@", text(pacte::EditionRepository(db).find(f.editionId)->uuid)},
        {"@otheredition@", text(pacte::EditionRepository(db).find(f.otherEditionId)->uuid)},
        {"@export@", text(exportId)},
        {"@group@", text(f.groupUuid)},
        {"@othergroup@", text(pacte::WorkingGroupRepository(db).find(f.otherGroup)->uuid)},
        {"@garage@", text(f.garageUuid)},
        {"@autoecole@", text(f.autoEcoleUuid)},
        {"@vehicles@", text(f.vehiclesUuid)},
        {"@measurement1@", text(f.measurement1Uuid)},
        {"@meeting1@", text(f.meeting1Uuid)},
        {"@meeting2@", text(f.meeting2Uuid)},
        {"@otheraction@", text(f.otherActionUuid)},
        {"@othermeeting@", text(f.otherMeetingUuid)},
        {"@axis1@", text(pacte::AxisRepository(db).find(f.axis1)->uuid)},
        {"@axis2@", text(pacte::AxisRepository(db).find(f.axis2)->uuid)},
        {"@theme1@", text(pacte::AxisRepository(db).find(f.axis1)->themes.at(0).uuid)},
        {"@otheraxis@", text(f.otherAxisUuid)},
        {"@public1@", text(pacte::TargetPublicRepository(db).find(f.public1)->uuid)},
    };
    state->bytes = fileBytes(f.path);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const auto& [token, value] : std::as_const(state->tokens))
        bytes.replace(token, value);
    try {
        pacte::SheetImport import(*state->fixture.db, bytes, QStringLiteral("fuzz.json"));
        (void)import.outcome().conflictCount();
    } catch (const pacte::InputError&) {
    } catch (const pacte::StorageError&) {
    }
    try {
        (void)pacte::readSheet(bytes);
    } catch (const pacte::InputError&) {
    }
    if (++state->runs % 1000 == 0 && fileBytes(state->fixture.path) != state->bytes)
        std::abort(); // reading a sheet changed the database
    return 0;
}
