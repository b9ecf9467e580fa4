// The File menu's server databases (issue 14): opening one, copying the open file to one and a server
// database to a file, each copy checked against its original afterwards.
#include "appsettings.h"
#include "editing/document.h"
#include "mainwindow.h"
#include "serverdialog.h"
#include "serverpassword.h"
#include "storage/databasecopy.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"

#include <optional>

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace pacte {

namespace {

// The differences listed in the result, at most this many (the rest counted).
constexpr qsizetype ShownDifferences = 12;

// The latest server database of the recent files, to start the dialog from.
std::optional<ServerAddress> recentServer()
{
    for (const QString& entry : settings::recentFiles()) {
        if (auto server = ServerAddress::parse(entry))
            return server;
    }
    return std::nullopt;
}

} // namespace

void MainWindow::updateServerActions()
{
    const bool server = m_document && m_document->database().isServer();
    m_copyToServerAction->setEnabled(m_document && !server);
    m_copyToServerAction->setVisible(!server);
    m_copyToFileAction->setEnabled(server);
    m_copyToFileAction->setVisible(server);
    m_backupsAction->setEnabled(!server);
    m_backupsAction->setToolTip(
        server ? tr("On a server, the database's administrator keeps the backups (pg_dump): see the "
                    "administration guide")
               : QString());
}

void MainWindow::openServerWithDialog()
{
    ServerDialog dialog(ServerDialog::Purpose::Open, this);
    if (const auto recent = recentServer())
        dialog.setAddress(*recent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openFile(dialog.location());
}

void MainWindow::copyToServer()
{
    if (!m_document || m_document->database().isServer())
        return;
    ServerDialog dialog(ServerDialog::Purpose::CopyTarget, this);
    // The server she used last, but not its database: the copy needs an empty one.
    if (auto recent = recentServer()) {
        recent->database.clear();
        dialog.setAddress(*recent);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    copyOpenDatabaseTo(dialog.location());
}

void MainWindow::copyOpenDatabaseTo(const QString& target)
{
    if (!m_document)
        return;
    Database& source = m_document->database();
    const QString user = settings::editorName();
    const bool toServer = isServerLocation(target);
    const QString title = toServer ? tr("Copy to a server") : tr("Copy to a file");
    QString addressError;
    const auto server = ServerAddress::parse(target, &addressError);
    if (toServer && !server) {
        QMessageBox::warning(this, tr("Copy not made"), addressError);
        return;
    }
    const QString sourceName = source.displayName();
    const QString targetName = server ? server->displayName() : QFileInfo(target).fileName();

    // A server database prepared by `pacte-cli server-init` already holds the schema and its rights:
    // the copy goes into it. Any other target is created, schema and rows in one transaction.
    std::unique_ptr<Database> prepared;
    if (toServer) {
        try {
            const bool connected = withServerPassword(this, target, [&] {
                try {
                    prepared = Database::open(target, user);
                } catch (const PasswordNeeded&) {
                    throw;
                } catch (const StorageError&) {
                    prepared.reset(); // not a Pacte database yet: created below (or refused, saying why)
                }
            });
            if (!connected)
                return;
        } catch (const StorageError& error) {
            QMessageBox::warning(this, tr("Copy not made"), error.message());
            return;
        }
    }

    QProgressDialog progress(tr("Copying %1 to %2…").arg(sourceName, targetName), tr("Stop"), 0, 1, this);
    progress.setObjectName(QStringLiteral("copyProgressDialog"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    const CopyProgress step = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    try {
        if (prepared)
            copyDatabase(source, *prepared, step);
        else
            Database::create(target, user, [&](Database& created) { copyDatabase(source, created, step); }).reset();
        prepared.reset();
    } catch (const StorageError& error) {
        // Hidden, not closed: closing a progress dialog counts as its Stop.
        progress.hide();
        if (progress.wasCanceled()) {
            showStatus(tr("Copy stopped: nothing was changed."));
            return;
        }
        QMessageBox::warning(this, tr("Copy not made"), error.message());
        return;
    }
    progress.hide();

    // The check: the copy as written, read again, row for row against the original.
    QStringList differences;
    try {
        const auto copy = Database::open(target, user, Database::Access::ReadOnly);
        differences = compareDatabases(source, *copy);
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Copy not checked"),
                             tr("%1 was copied to %2, but the copy could not be read again to compare it:\n%3")
                                 .arg(sourceName, targetName, error.message()));
        return;
    }

    QMessageBox box(differences.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, title, QString(),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("copyResultBox"));
    if (differences.isEmpty()) {
        box.setText(tr("Copy verified: identical."));
        box.setInformativeText(tr("%1 was copied to %2, history included, and the two compared table by table.")
                                   .arg(sourceName, targetName));
    } else {
        QStringList shown = differences.mid(0, ShownDifferences);
        if (differences.size() > ShownDifferences)
            shown << tr("… and %n more table(s)", nullptr, static_cast<int>(differences.size() - ShownDifferences));
        box.setText(tr("The copy %1 differs from %2:").arg(targetName, sourceName));
        box.setInformativeText(shown.join(QLatin1Char('\n')));
    }
    QPushButton* openCopy = box.addButton(tr("&Open the copy"), QMessageBox::AcceptRole);
    openCopy->setObjectName(QStringLiteral("openCopyButton"));
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == openCopy)
        openFile(target);
    else
        showStatus(differences.isEmpty() ? tr("%1 copied to %2 and verified.").arg(sourceName, targetName)
                                         : tr("%1 copied to %2, with differences.").arg(sourceName, targetName));
}

} // namespace pacte
