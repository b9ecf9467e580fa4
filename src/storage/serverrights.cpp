#include "serverrights.h"

#include "database.h"
#include "failures.h"
#include "storageerror.h"
#include "transaction.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pacte::serverrights {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::ServerRights)
};

// The tables a referent changes, each with the condition (on the row) that puts it in her territories.
struct Scoped
{
    const char* table;
    const char* condition;
};
constexpr Scoped scopedTables[] = {
    {"working_group", "pacte_rights.may_edit_group(id)"},
    {"group_territory", "pacte_rights.may_edit_territory(territory_id)"},
    {"group_partner", "pacte_rights.may_edit_group(group_id)"},
    {"group_person", "pacte_rights.may_edit_group(group_id)"},
    {"group_evaluation", "pacte_rights.may_edit_group(group_id)"},
    {"action", "pacte_rights.may_edit_group(group_id)"},
    {"action_public", "pacte_rights.may_edit_action(action_id)"},
    {"action_dispositif", "pacte_rights.may_edit_action(action_id)"},
    {"action_funding", "pacte_rights.may_edit_action(action_id)"},
    {"action_funding_amount", "pacte_rights.may_edit_funding(funding_id)"},
    {"indicator", "pacte_rights.may_edit_action(action_id)"},
    {"measurement", "pacte_rights.may_edit_indicator(indicator_id)"},
    {"meeting", "((group_id IS NOT NULL AND pacte_rights.may_edit_group(group_id)) OR (territory_id IS NOT NULL AND "
                "pacte_rights.may_edit_territory(territory_id)) OR pacte_rights.may_edit_meeting_territories(id))"},
    {"meeting_partner", "pacte_rights.may_edit_meeting(meeting_id)"},
    {"meeting_person", "pacte_rights.may_edit_meeting(meeting_id)"},
    {"meeting_territory",
     "(pacte_rights.may_edit_meeting(meeting_id) AND pacte_rights.may_edit_territory(territory_id))"},
    {"provenance", "pacte_rights.may_edit_record(entity, uuid)"},
};

QString sanitized(const QString& database)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    QString name = database.toLower().replace(other, QStringLiteral("_"));
    if (name.isEmpty() || name.at(0).isDigit())
        name.prepend(QStringLiteral("pacte_"));
    return name.left(40);
}

void run(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        throw StorageError(sqlFailureMessage(query.lastError(), db.path(), sql));
}

QString literal(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString identifier(const QString& text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

void createRole(Database& db, const QString& role, bool login)
{
    run(db,
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN CREATE ROLE %2 %3; "
                       "END IF; END $$")
            .arg(literal(role), identifier(role), login ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN")));
}

// The functions the policies call: SECURITY DEFINER, so that they read the territories and the links
// whatever the caller may read, and with a fixed search path.
QStringList functions()
{
    const QString head =
        QStringLiteral("CREATE OR REPLACE FUNCTION pacte_rights.%1 RETURNS boolean LANGUAGE sql STABLE "
                       "SECURITY DEFINER SET search_path = public, pacte_rights AS $f$ %2 $f$");
    return {
        head.arg(QStringLiteral("may_edit_territory(t bigint)"),
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM territory x JOIN pacte_rights.referent_territory r ON "
                                "r.territory_uuid = x.uuid WHERE x.id = t AND r.role_name = session_user)")),
        head.arg(QStringLiteral("may_edit_group(g bigint)"),
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM group_territory gt WHERE gt.group_id = g AND "
                                "pacte_rights.may_edit_territory(gt.territory_id))")),
        head.arg(QStringLiteral("may_edit_action(a bigint)"),
                 QStringLiteral("SELECT pacte_rights.may_edit_group((SELECT group_id FROM action WHERE id = a))")),
        head.arg(QStringLiteral("may_edit_indicator(i bigint)"),
                 QStringLiteral("SELECT pacte_rights.may_edit_action((SELECT action_id FROM indicator WHERE id = i))")),
        head.arg(
            QStringLiteral("may_edit_funding(f bigint)"),
            QStringLiteral("SELECT pacte_rights.may_edit_action((SELECT action_id FROM action_funding WHERE id = f))")),
        head.arg(QStringLiteral("may_edit_meeting_territories(m bigint)"),
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM meeting_territory mt WHERE mt.meeting_id = m AND "
                                "pacte_rights.may_edit_territory(mt.territory_id))")),
        head.arg(QStringLiteral("may_edit_meeting(m bigint)"),
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM meeting x WHERE x.id = m AND ((x.group_id IS NOT NULL "
                                "AND pacte_rights.may_edit_group(x.group_id)) OR (x.territory_id IS NOT NULL AND "
                                "pacte_rights.may_edit_territory(x.territory_id)))) OR "
                                "pacte_rights.may_edit_meeting_territories(m)")),
        // A record's provenance follows the record.
        head.arg(
            QStringLiteral("may_edit_record(e text, u text)"),
            QStringLiteral("SELECT CASE e WHEN 'working_group' THEN pacte_rights.may_edit_group((SELECT id FROM "
                           "working_group WHERE uuid = u)) WHEN 'action' THEN pacte_rights.may_edit_group((SELECT "
                           "group_id FROM action WHERE uuid = u)) WHEN 'indicator' THEN "
                           "pacte_rights.may_edit_action((SELECT action_id FROM indicator WHERE uuid = u)) WHEN "
                           "'measurement' THEN pacte_rights.may_edit_indicator((SELECT indicator_id FROM "
                           "measurement WHERE uuid = u)) WHEN 'meeting' THEN pacte_rights.may_edit_meeting((SELECT "
                           "id FROM meeting WHERE uuid = u)) ELSE false END")),
    };
}

QStringList publicTables(Database& db)
{
    QSqlQuery query(db.connection());
    const QString sql = QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1");
    if (!query.exec(sql))
        throw StorageError(sqlFailureMessage(query.lastError(), db.path(), sql));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

} // namespace

RoleNames roleNames(const QString& database)
{
    const QString base = sanitized(database);
    return {base + QStringLiteral("_coordination"), base + QStringLiteral("_referent"),
            base + QStringLiteral("_lecture")};
}

void install(Database& db)
{
    if (!db.isServer())
        throw StorageError(Tr::tr("Rights are managed on a server database only."));
    const RoleNames roles = roleNames(db.connection().databaseName());
    const QStringList tables = publicTables(db);
    Transaction transaction(db);
    createRole(db, roles.reader, false);
    createRole(db, roles.referent, false);
    createRole(db, roles.coordination, false);
    run(db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS pacte_rights"));
    run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS pacte_rights.referent_territory (role_name text NOT NULL, "
                           "territory_uuid text NOT NULL, PRIMARY KEY (role_name, territory_uuid))"));
    for (const QString& function : functions())
        run(db, function);
    // Nobody but the owner and these roles: PostgreSQL lets every role read a new table's schema.
    run(db, QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"));
    run(db, QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"));
    const QString everyone = QStringList{roles.reader, roles.referent, roles.coordination}.join(QStringLiteral(", "));
    run(db, QStringLiteral("GRANT USAGE ON SCHEMA public, pacte_rights TO %1").arg(everyone));
    run(db, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(everyone));
    run(db, QStringLiteral("GRANT SELECT ON pacte_rights.referent_territory TO %1").arg(everyone));
    run(db, QStringLiteral("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pacte_rights TO %1").arg(everyone));
    run(db, QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
                .arg(roles.coordination));
    run(db, QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1, %2")
                .arg(roles.coordination, roles.referent));
    run(db, QStringLiteral("GRANT INSERT ON change_log TO %1").arg(roles.referent));
    for (const Scoped& scoped : scopedTables)
        run(db, QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                    .arg(QLatin1String(scoped.table), roles.referent));

    // Row-level security on every table: all may read, the coordinator change, a referent change the
    // rows of her territories; the change log takes only entries in the writer's own name.
    for (const QString& table : tables) {
        run(db, QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
        run(db, QStringLiteral("DROP POLICY IF EXISTS pacte_read ON %1").arg(table));
        run(db, QStringLiteral("CREATE POLICY pacte_read ON %1 FOR SELECT USING (true)").arg(table));
        run(db, QStringLiteral("DROP POLICY IF EXISTS pacte_coordination ON %1").arg(table));
        run(db, QStringLiteral("CREATE POLICY pacte_coordination ON %1 FOR ALL TO %2 USING (true) WITH CHECK (true)")
                    .arg(table, roles.coordination));
        for (const char* operation : {"insert", "update", "delete"}) {
            run(db,
                QStringLiteral("DROP POLICY IF EXISTS pacte_referent_%1 ON %2").arg(QLatin1String(operation), table));
        }
    }
    for (const Scoped& scoped : scopedTables) {
        const QString table = QLatin1String(scoped.table);
        const QString condition = QLatin1String(scoped.condition);
        // A new group has no territory yet: its territories are checked as they are attached.
        const QString insertCheck = table == QLatin1String("working_group") ? QStringLiteral("true") : condition;
        run(db, QStringLiteral("CREATE POLICY pacte_referent_insert ON %1 FOR INSERT TO %2 WITH CHECK (%3)")
                    .arg(table, roles.referent, insertCheck));
        run(db, QStringLiteral("CREATE POLICY pacte_referent_update ON %1 FOR UPDATE TO %2 USING (%3) WITH CHECK (%3)")
                    .arg(table, roles.referent, condition));
        run(db, QStringLiteral("CREATE POLICY pacte_referent_delete ON %1 FOR DELETE TO %2 USING (%3)")
                    .arg(table, roles.referent, condition));
    }
    // ...and, at the end of its transaction, one of them must be the referent's: a group made outside
    // her territories (raw SQL) is refused at commit.
    run(db, QStringLiteral("CREATE OR REPLACE FUNCTION pacte_rights.new_group_in_own_territory() RETURNS trigger "
                           "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pacte_rights AS $f$ BEGIN "
                           "IF pg_has_role(session_user, %1, 'MEMBER') AND NOT pg_has_role(session_user, %2, 'MEMBER') "
                           "AND EXISTS (SELECT 1 FROM working_group WHERE id = NEW.id) AND NOT "
                           "pacte_rights.may_edit_group(NEW.id) THEN RAISE EXCEPTION 'A territorial referent''s new "
                           "working group must work in one of her territories (working group %)', NEW.name USING "
                           "ERRCODE = 'insufficient_privilege'; END IF; RETURN NULL; END $f$")
                .arg(literal(roles.referent), literal(roles.coordination)));
    run(db, QStringLiteral("DROP TRIGGER IF EXISTS pacte_rights_group_territory ON working_group"));
    run(db, QStringLiteral("CREATE CONSTRAINT TRIGGER pacte_rights_group_territory AFTER INSERT ON working_group "
                           "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                           "pacte_rights.new_group_in_own_territory()"));
    run(db, QStringLiteral("CREATE POLICY pacte_referent_insert ON change_log FOR INSERT TO %1 WITH CHECK (user_name = "
                           "session_user)")
                .arg(roles.referent));
    run(db, QStringLiteral("DROP POLICY IF EXISTS pacte_coordination ON change_log"));
    run(db, QStringLiteral("CREATE POLICY pacte_coordination ON change_log FOR ALL TO %1 USING (true) WITH CHECK "
                           "(user_name = session_user)")
                .arg(roles.coordination));
    transaction.commit();
}

void grant(Database& db, const QString& user, Role role, const QStringList& territoryNames)
{
    if (!db.isServer())
        throw StorageError(Tr::tr("Rights are managed on a server database only."));
    const RoleNames roles = roleNames(db.connection().databaseName());
    QStringList uuids;
    for (const QString& name : territoryNames) {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT uuid FROM territory WHERE lower(name) = lower(?)"));
        query.addBindValue(name.trimmed());
        if (!query.exec())
            throw StorageError(sqlFailureMessage(query.lastError(), db.path()));
        if (!query.next())
            throw StorageError(Tr::tr("The database has no territory « %1 »: nothing was changed.").arg(name));
        uuids << query.value(0).toString();
    }
    if (role == Role::Referent && uuids.isEmpty())
        throw StorageError(
            Tr::tr("A territorial referent needs at least one territory (--territory): nothing was changed."));
    if (role != Role::Referent && !uuids.isEmpty())
        throw StorageError(Tr::tr("Only a territorial referent has territories: nothing was changed."));
    Transaction transaction(db);
    createRole(db, user, true);
    // Revoking a role the user does not have is a warning on the terminal: none wanted here.
    run(db, QStringLiteral("SET LOCAL client_min_messages TO error"));
    for (const QString& group : {roles.coordination, roles.referent, roles.reader})
        run(db, QStringLiteral("REVOKE %1 FROM %2").arg(group, identifier(user)));
    const QString chosen = role == Role::Coordinator ? roles.coordination
                           : role == Role::Referent  ? roles.referent
                                                     : roles.reader;
    run(db, QStringLiteral("GRANT %1 TO %2").arg(chosen, identifier(user)));
    run(db, QStringLiteral("DELETE FROM pacte_rights.referent_territory WHERE role_name = %1").arg(literal(user)));
    for (const QString& uuid : std::as_const(uuids))
        run(db,
            QStringLiteral("INSERT INTO pacte_rights.referent_territory (role_name, territory_uuid) VALUES (%1, %2)")
                .arg(literal(user), literal(uuid)));
    transaction.commit();
}

QString describeUser(Database& db)
{
    if (!db.isServer())
        return {};
    const RoleNames roles = roleNames(db.connection().databaseName());
    QSqlQuery query(db.connection());
    const QString sql = QStringLiteral("SELECT pg_has_role(session_user, %1, 'MEMBER'), pg_has_role(session_user, %2, "
                                       "'MEMBER'), pg_has_role(session_user, %3, 'MEMBER')")
                            .arg(literal(roles.coordination), literal(roles.referent), literal(roles.reader));
    if (!query.exec(sql) || !query.next())
        return {};
    if (query.value(0).toBool())
        return roles.coordination;
    if (query.value(1).toBool())
        return roles.referent;
    if (query.value(2).toBool())
        return roles.reader;
    return {};
}

std::optional<UserRights> userRights(Database& db)
{
    if (!db.isServer())
        return std::nullopt;
    const RoleNames roles = roleNames(db.connection().databaseName());
    // Roles that do not exist (no rights installed) are left out rather than refused, and a superuser is
    // a member of every role: the coordinator's is looked at first.
    QSqlQuery query(db.connection());
    const QString sql =
        QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN (%1, %2, %3) AND pg_has_role(session_user, oid, "
                       "'MEMBER')")
            .arg(literal(roles.coordination), literal(roles.referent), literal(roles.reader));
    if (!query.exec(sql))
        return std::nullopt;
    QStringList held;
    while (query.next())
        held << query.value(0).toString();
    UserRights rights;
    if (held.contains(roles.coordination))
        rights.role = Role::Coordinator;
    else if (held.contains(roles.referent))
        rights.role = Role::Referent;
    else if (held.contains(roles.reader))
        rights.role = Role::Reader;
    else
        return std::nullopt;
    if (rights.role == Role::Referent) {
        QSqlQuery territories(db.connection());
        if (territories.exec(QStringLiteral("SELECT t.name FROM pacte_rights.referent_territory r JOIN territory t ON "
                                            "t.uuid = r.territory_uuid WHERE r.role_name = session_user"))) {
            while (territories.next())
                rights.territories << territories.value(0).toString();
        }
        std::sort(rights.territories.begin(), rights.territories.end(),
                  [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    }
    return rights;
}

EntitySet referentEntities()
{
    // The entities of scopedTables above.
    return {Entity::WorkingGroup, Entity::Action,  Entity::Indicator,
            Entity::Measurement,  Entity::Meeting, Entity::GroupEvaluation};
}

} // namespace pacte::serverrights
