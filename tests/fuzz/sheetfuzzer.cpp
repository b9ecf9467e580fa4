// libFuzzer target for the sheet import (opt-in: configure with clang++ and -DPACTE_FUZZ=ON, see
// tests/CMakeLists.txt). Every input is read as a sheet against the test fixture's database, which
// must never crash and never change the database file. Seed it with tests/data/sheets/:
//   build-fuzz/sheet_fuzzer -max_total_time=300 tests/data/sheets/bad tests/data/sheets/good
#include "common/sheetfixture.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetwriter.h"
#include "storage/storageerror.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace {

struct State
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    pacte::test::SheetFixture fixture;
    QByteArray bytes;
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
    pacte::exportSheet(*state->fixture.db, state->fixture.group); // a recorded export to merge against
    state->bytes = fileBytes(state->fixture.path);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
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
