#pragma once

#include "storage/database.h"

class QWidget;

namespace pacte {

// The integrity check of a file being opened, run on a worker thread while the window goes on
// answering (SQLite reads the whole file: a quarter of a second at 50,000 actions, much more for a
// full check or a slow disk); past a moment, a progress window says so and lets the user cancel the
// opening. For Database::open().
Database::IntegrityCheck integrityCheckInBackground(QWidget* parent);

} // namespace pacte
