#pragma once

#include <functional>
#include <memory>

#include <QString>

namespace pacte {

class Database;

// The embedded Hérault demo data (resources/demo/herault.json), read into `db` through importDump().
void loadDemoData(Database& db);

// A new database at `path` (see Database::create) holding the demo data, then whatever `extend`
// adds to it. If filling it fails, the file is removed before the error is rethrown: no half-made
// demo is ever left under that name.
std::unique_ptr<Database> createDemoDatabase(const QString& path, const QString& userName,
                                             const std::function<void(Database&)>& extend = {});

} // namespace pacte
