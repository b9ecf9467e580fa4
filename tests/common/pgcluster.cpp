#include "pgcluster.h"

#include "catchqt.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace pacte::test {

namespace {

// The environment of psql and pgcluster.sh: none of the user's libpq settings (another server, port,
// password or service) may redirect them.
QProcessEnvironment toolEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("PG")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    // pgcluster.sh must report a cluster it could not start, not excuse it (requirePostgres() does).
    environment.remove(QStringLiteral("PACTE_TEST_NO_POSTGRES"));
    return environment;
}

// psql: on the PATH, else in the server's folder (pg_config's, or the highest /usr/lib/postgresql/*).
QString psqlProgram()
{
    static const QString program = [] {
        QString found = QStandardPaths::findExecutable(QStringLiteral("psql"));
        if (!found.isEmpty())
            return found;
        QProcess pgConfig;
        pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
        if (pgConfig.waitForFinished(10000) && pgConfig.exitCode() == 0) {
            const QString bindir = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
            if (QFileInfo(bindir + QStringLiteral("/psql")).isExecutable())
                return bindir + QStringLiteral("/psql");
        }
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList entries = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(entries.begin(), entries.end(),
                  [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
        for (const QString& version : entries) {
            const QString candidate = versions.filePath(version + QStringLiteral("/bin/psql"));
            if (QFileInfo(candidate).isExecutable())
                return candidate;
        }
        return QString();
    }();
    return program;
}

struct ScriptResult
{
    bool ok = false;
    QString output;
};

ScriptResult runScript(const QString& action, const QString& directory)
{
    QProcess process;
    process.setProcessEnvironment(toolEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/bin/bash"), {QStringLiteral(PACTE_PGCLUSTER_SCRIPT), action, directory});
    ScriptResult result;
    if (!process.waitForStarted(10000)) {
        result.output =
            QStringLiteral("cannot run %1: %2").arg(QStringLiteral(PACTE_PGCLUSTER_SCRIPT), process.errorString());
        return result;
    }
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished(5000);
        result.output = QStringLiteral("pgcluster.sh %1 %2 did not end within 3 minutes").arg(action, directory);
        return result;
    }
    result.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return result;
}

QString quoteIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

PgCluster& PgCluster::instance()
{
    // Never destroyed: the cluster it started is stopped when the application ends (below), and test
    // code running in static destructors finds it still there.
    static PgCluster* const cluster = new PgCluster;
    return *cluster;
}

PgCluster::PgCluster()
{
    if (psqlProgram().isEmpty()) {
        m_failure = QStringLiteral("PostgreSQL's client psql is not installed (neither on the PATH nor in "
                                   "/usr/lib/postgresql/*/bin)");
        return;
    }
    const QString fixtureHost = qEnvironmentVariable("PACTE_TEST_PGHOST");
    if (!fixtureHost.isEmpty()) {
        m_socketDirectory = fixtureHost;
    } else {
        // A short path: the socket's, DIR/.s.PGSQL.5432, must fit in 107 bytes.
        QString base = QDir::tempPath();
        if (base.size() > 60)
            base = QStringLiteral("/tmp");
        QTemporaryDir directory(base + QStringLiteral("/pacte-pg-XXXXXX"));
        if (!directory.isValid()) {
            m_failure = QStringLiteral("cannot create a temporary folder for a PostgreSQL cluster in %1: %2")
                            .arg(base, directory.errorString());
            return;
        }
        directory.setAutoRemove(false); // pgcluster.sh stop removes it
        m_socketDirectory = directory.path();
        m_own = true;
        const ScriptResult started = runScript(QStringLiteral("start"), m_socketDirectory);
        if (!started.ok) {
            m_failure =
                QStringLiteral("could not start a PostgreSQL cluster in %1: %2").arg(m_socketDirectory, started.output);
            stopOwnCluster();
            return;
        }
        const auto stopAtExit = [] { PgCluster::instance().stopOwnCluster(); };
        if (QCoreApplication::instance())
            qAddPostRoutine(stopAtExit);
        else
            std::atexit(stopAtExit);
    }
    const Result answer = psql(QStringLiteral("postgres"), QStringLiteral("SELECT 1"));
    if (answer.exitCode != 0 || answer.out != QLatin1String("1")) {
        m_failure = QStringLiteral("the PostgreSQL cluster in %1%2 does not answer: %3")
                        .arg(m_socketDirectory, m_own ? QString() : QStringLiteral(" (PACTE_TEST_PGHOST)"),
                             answer.err.isEmpty() ? answer.out : answer.err);
        if (m_own)
            stopOwnCluster();
        return;
    }
    m_running = true;
}

void PgCluster::stopOwnCluster()
{
    if (!m_own)
        return;
    m_own = false;
    m_running = false;
    const ScriptResult stopped = runScript(QStringLiteral("stop"), m_socketDirectory);
    if (!stopped.ok)
        qWarning("pgcluster.sh stop %s failed: %s", qPrintable(m_socketDirectory), qPrintable(stopped.output));
}

QString PgCluster::uniqueName(const QString& prefix)
{
    static std::atomic<int> counter{0};
    QString clean = prefix.toLower();
    clean.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    clean.truncate(30); // PostgreSQL's names hold 63 bytes
    if (clean.isEmpty())
        clean = QStringLiteral("pacte");
    return QStringLiteral("%1_%2_%3_%4")
        .arg(clean)
        .arg(QCoreApplication::applicationPid())
        .arg(++counter)
        .arg(QRandomGenerator::global()->bounded(0x1000000), 6, 16, QLatin1Char('0'));
}

QString PgCluster::createDatabase(const QString& prefix)
{
    if (!m_running)
        FAIL("no PostgreSQL cluster: " << m_failure.toStdString());
    const QString name = uniqueName(prefix);
    // From template0, which nobody connects to: several test processes create theirs at once.
    const Result created = psql(QStringLiteral("postgres"),
                                QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(quoteIdentifier(name)));
    if (created.exitCode != 0)
        FAIL("cannot create the database " << name.toStdString() << ": " << created.err.toStdString());
    return url(name);
}

QString PgCluster::url(const QString& database, const QString& user) const
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(database)),
             QString::fromLatin1(QUrl::toPercentEncoding(m_socketDirectory, "/")),
             QString::fromLatin1(QUrl::toPercentEncoding(user)));
}

QString PgCluster::databaseName(const QString& url)
{
    const QString prefix = QStringLiteral("postgresql:///");
    if (!url.startsWith(prefix))
        return url;
    const QString path = url.mid(prefix.size()).section(QLatin1Char('?'), 0, 0);
    return QUrl::fromPercentEncoding(path.toUtf8());
}

QString PgCluster::createPasswordRole(const QString& prefix, const QString& password)
{
    if (!m_running)
        FAIL("no PostgreSQL cluster: " << m_failure.toStdString());
    const Result rule = psql(QStringLiteral("postgres"),
                             QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE '+pacte_password_users' = "
                                            "ANY(user_name) AND auth_method = 'scram-sha-256'"));
    if (rule.exitCode != 0 || rule.out != QLatin1String("1"))
        FAIL("the PostgreSQL cluster in " << m_socketDirectory.toStdString()
                                          << " does not ask for passwords (pg_hba.conf without the rule of "
                                             "pgcluster.sh for +pacte_password_users): restart it. "
                                          << rule.err.toStdString());
    const QString name = uniqueName(prefix);
    QString quoted = password;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    // The group is made once per cluster; test processes sharing it may race to make it.
    const Result created =
        psql(QStringLiteral("postgres"),
             QStringLiteral("DO $$ BEGIN CREATE ROLE pacte_password_users NOLOGIN; EXCEPTION WHEN duplicate_object OR "
                            "unique_violation THEN NULL; END $$;\n"
                            "CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE pacte_password_users;")
                 .arg(quoteIdentifier(name), quoted));
    if (created.exitCode != 0)
        FAIL("cannot create the role " << name.toStdString() << ": " << created.err.toStdString());
    return name;
}

void PgCluster::dropDatabase(const QString& name)
{
    if (!m_running)
        return;
    const Result dropped = psql(QStringLiteral("postgres"),
                                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdentifier(name)));
    if (dropped.exitCode != 0)
        WARN("cannot drop the database " << name.toStdString() << ": " << dropped.err.toStdString());
}

PgCluster::Result PgCluster::psql(const QString& database, const QString& sql, const QString& role) const
{
    Result result;
    const QString program = psqlProgram();
    if (program.isEmpty()) {
        result.err = QStringLiteral("psql is not installed");
        return result;
    }
    QProcess process;
    process.setProcessEnvironment(toolEnvironment());
    process.start(program,
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-At"), QStringLiteral("-h"), m_socketDirectory, QStringLiteral("-U"), role,
                   QStringLiteral("-d"), database, QStringLiteral("-f"), QStringLiteral("-")});
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("cannot run %1: %2").arg(program, process.errorString());
        return result;
    }
    process.write(sql.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("psql did not end within a minute");
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    while (result.out.endsWith(QLatin1Char('\n')))
        result.out.chop(1);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

bool requirePostgres()
{
    const PgCluster& cluster = PgCluster::instance();
    if (cluster.isRunning())
        return true;
    if (qEnvironmentVariable("PACTE_TEST_NO_POSTGRES") == QLatin1String("1")) {
        WARN("PostgreSQL test skipped (PACTE_TEST_NO_POSTGRES=1): " << cluster.failure().toStdString());
        return false;
    }
    FAIL("no PostgreSQL cluster for this test: " << cluster.failure().toStdString()
                                                 << " (PACTE_TEST_NO_POSTGRES=1 skips the PostgreSQL tests)");
    return false;
}

} // namespace pacte::test
