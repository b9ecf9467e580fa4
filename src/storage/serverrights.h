#pragma once

#include "domain/entity.h"
#include "serverrole.h"

#include <optional>

#include <QString>
#include <QStringList>

namespace pacte {

class Database;

// Who may change what on a server database (team mode, issue 14), enforced by PostgreSQL itself: roles,
// privileges and row-level security policies, so that a referent's own connection cannot change
// another territory's records even in raw SQL. PostgreSQL only (a file has one writer).
//
// Three group roles per database, named after it (`<database>_coordination`, `_referent`,
// `_lecture`): the coordinator changes everything; a territorial referent reads everything and changes
// the working groups, actions (their indicators, measurements, financing) and meetings of her
// territories, listed in the table pacte_rights.referent_territory (outside Pacte's schema); a reader
// reads. Every change log entry must carry the database user that writes it.
namespace serverrights {

struct RoleNames
{
    QString coordination;
    QString referent;
    QString reader;
};
RoleNames roleNames(const QString& database);

// Creates (or brings up to date) the roles, privileges, functions and policies on `db`, whose user owns
// Pacte's tables and may create roles. One transaction. Throws StorageError.
void install(Database& db);

// Gives `user` (a login role, created without password if missing: its password is set by the
// administrator) one of the three roles, replacing any other; a referent's territories by name
// replace those she had. Throws StorageError (an unknown territory is named).
void grant(Database& db, const QString& user, Role role, const QStringList& territoryNames);

// The role of the connection's user on `db`: its group role, or the coordinator's for the tables' owner.
// Nothing when the database has no rights installed or the user none of the roles.
QString describeUser(Database& db);

// The rights of the connection's user on `db`: her role (the coordinator's for a superuser) and a
// referent's territories. Nothing on a file, when the database has no rights installed or the user none
// of the roles (the tables' owner, say): the server then decides alone. Never throws.
std::optional<UserRights> userRights(Database& db);

// The records a territorial referent changes (in her territories); every other kind is the coordinator's.
EntitySet referentEntities();

} // namespace serverrights

} // namespace pacte
