#pragma once

#include <functional>
#include <memory>

#include <QString>

namespace pacte {

class Database;

// The embedded Hérault demo data (resources/demo/herault.json), read into `db` through importDump().
void loadDemoData(Database& db);

// A new database at `path` holding the demo data, then whatever `extend` adds to it, built under a
// temporary name and renamed last (Database::create): a failure or a kill leaves nothing under `path`.
std::unique_ptr<Database> createDemoDatabase(const QString& path, const QString& userName,
                                             const std::function<void(Database&)>& extend = {});

} // namespace pacte
