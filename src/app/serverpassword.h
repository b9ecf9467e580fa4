#pragma once

#include <functional>

#include <QString>

class QWidget;

namespace pacte {

// Runs `attempt`, which opens or creates the database at `location` (a file or a server address).
// While a server asks for a password (PasswordNeeded), asks for it in a password box ("Password of
// USER for DATABASE:", saying when the previous one was refused), keeps it for this process only
// (Database::rememberPassword) and tries again. Returns true once `attempt` returned, false when the
// box was cancelled (nothing more is said). Any other StorageError goes to the caller. A wait cursor
// shows while `attempt` runs (a connection may take a few seconds).
bool withServerPassword(QWidget* parent, const QString& location, const std::function<void()>& attempt);

} // namespace pacte
