#pragma once

#include <QString>
#include <QStringList>

namespace pacte::serverrights {

// The three Pacte roles of a server database (serverrights.h).
enum class Role { Coordinator, Referent, Reader };

// What the server lets a connection's user do, as serverrights.h installs it: her Pacte role and, for a
// territorial referent, the territories whose groups, actions, indicators and meetings she changes.
struct UserRights
{
    Role role = Role::Coordinator;
    QStringList territories; // a referent's, by name, in alphabetical order
};

} // namespace pacte::serverrights
