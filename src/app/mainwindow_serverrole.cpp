// Who the user is on a server database (team mode, issue 14): a label in the status bar names the server,
// the database, the user and her Pacte role; a territorial referent also gets a notice saying what she
// may change. A reader's database is read-only (Database::serverRights()): the read-only banner says why.
#include "editing/document.h"
#include "mainwindow.h"
#include "storage/serverrights.h"

#include <QHBoxLayout>
#include <QLabel>

namespace pacte {

namespace {

// "host/database", or "localhost/database" for a server reached through its socket folder.
QString serverPlace(const ServerAddress& server)
{
    const QString host =
        server.host.isEmpty() || server.host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost") : server.host;
    return server.database.isEmpty() ? host : host + QLatin1Char('/') + server.database;
}

} // namespace

void MainWindow::createServerRoleWidgets(QWidget* parent)
{
    m_serverRoleLabel = new QLabel(this);
    m_serverRoleLabel->setObjectName(QStringLiteral("serverRoleLabel"));

    m_rightsNotice = new QWidget(parent);
    m_rightsNotice->setObjectName(QStringLiteral("serverRightsNotice"));
    m_rightsNotice->setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QHBoxLayout(m_rightsNotice);
    layout->setContentsMargins(6, 4, 6, 4);
    m_rightsNoticeLabel = new QLabel(m_rightsNotice);
    m_rightsNoticeLabel->setObjectName(QStringLiteral("serverRightsNoticeLabel"));
    m_rightsNoticeLabel->setWordWrap(true);
    layout->addWidget(m_rightsNoticeLabel, 1);
    m_rightsNotice->hide();
    styleBanners();
}

void MainWindow::updateServerRole()
{
    const Database* db = m_document ? &m_document->database() : nullptr;
    const auto server = db && db->isServer() ? ServerAddress::parse(db->path()) : std::nullopt;
    if (!server) {
        m_serverRoleLabel->clear();
        m_rightsNotice->hide();
        return;
    }
    const QString place = serverPlace(*server);
    const QString user = db->userName();
    const auto& rights = db->serverRights();
    QString text;
    if (!rights)
        text = tr("Server %1 — %2").arg(place, user);
    else if (rights->role == serverrights::Role::Coordinator)
        text = tr("Server %1 — %2 (coordination)").arg(place, user);
    else if (rights->role == serverrights::Role::Referent)
        text = tr("Server %1 — %2 (referent: %3)").arg(place, user, rights->territories.join(QStringLiteral(", ")));
    else
        text = tr("Server %1 — %2 (read-only)").arg(place, user);
    m_serverRoleLabel->setText(text);
    m_serverRoleLabel->setAccessibleName(text);

    const bool referent = rights && rights->role == serverrights::Role::Referent;
    if (referent)
        m_rightsNoticeLabel->setText(
            tr("Territorial referent (%1): you may change the working groups, actions, indicators and meetings of your "
               "territories; everything else is read-only for you. The server checks each change.")
                .arg(rights->territories.join(QStringLiteral(", "))));
    m_rightsNotice->setVisible(referent);
}

} // namespace pacte
