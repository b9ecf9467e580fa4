// The File menu of the main window: new, open, recent files, save a copy (of a server database: a
// copy to a file), demo file, preferences.
#include "appsettings.h"
#include "domain/format.h"
#include "editing/document.h"
#include "exchange/demodata.h"
#include "exchange/inputerror.h"
#include "mainwindow.h"
#include "newfileassistant.h"
#include "preferencesdialog.h"
#include "storage/newfile.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace pacte {

namespace {

QString fileFilter()
{
    return MainWindow::tr("Pacte databases (*.pacte);;All files (*)");
}

QString withExtension(const QString& path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".pacte") : path;
}

// The folder of the last file; the documents folder when there is none or it was a server database.
QString startFolder()
{
    const QString last = settings::lastFile();
    return last.isEmpty() || isServerLocation(last)
               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
               : QFileInfo(last).absolutePath();
}

} // namespace

bool MainWindow::adoptDatabase(const QString& path, const std::function<void(const QString&)>& fill)
{
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("File not created"),
                             tr("%1 already exists. Pacte does not overwrite a file: choose another name.").arg(path));
        return false;
    }
    try {
        fill(path);
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("File not created"), error.message());
        return false;
    } catch (const InputError& error) {
        QMessageBox::warning(this, tr("File not created"), error.message());
        return false;
    }
    return openFile(path);
}

void MainWindow::newFile()
{
    // What the file starts with first (a file without territories or axes is a dead end), then where.
    NewFileAssistant assistant(this);
    if (assistant.exec() != QDialog::Accepted)
        return;
    const NewFilePlan plan = assistant.plan();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New Pacte database"),
        QDir(startFolder()).filePath(portableFileStem(plan.edition.title) + QStringLiteral(".pacte")), fileFilter(),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    createNewFile(withExtension(chosen), plan);
}

bool MainWindow::createNewFile(const QString& path, const NewFilePlan& plan)
{
    return adoptDatabase(path, [&plan](const QString& target) {
        Database::create(target, settings::editorName(), [&plan](Database& db) { fillNewFile(db, plan); });
    });
}

void MainWindow::newDemoFile()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New demonstration file"), QDir(startFolder()).filePath(QStringLiteral("demo-herault.pacte")),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    adoptDatabase(withExtension(chosen), [](const QString& path) { createDemoDatabase(path, settings::editorName()); });
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Pacte database"), startFolder(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopyAs()
{
    if (!m_document)
        return;
    // A server database has no file to copy: its rows go into a new file.
    if (m_document->database().isServer()) {
        copyToFile();
        return;
    }
    const QString source = m_document->filePath();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save a copy as"),
        QDir(QFileInfo(source).absolutePath()).filePath(QFileInfo(source).completeBaseName() + tr("-copy.pacte")),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    const QString target = withExtension(chosen);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(source).absoluteFilePath() || QFileInfo::exists(target)) {
        QMessageBox::warning(
            this, tr("Copy not saved"),
            tr("%1 already exists. Pacte does not overwrite a file: choose another name.").arg(target));
        return;
    }
    // Every committed change is in the file itself (rollback journal), so a plain copy is complete.
    try {
        copyToNewFile(source, target, tr("The copy %1 could not be written").arg(target));
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Copy not saved"), error.message());
        return;
    }
    showStatus(tr("Copy saved as %1.").arg(target));
}

void MainWindow::copyToFile()
{
    if (!m_document || !m_document->database().isServer())
        return;
    const auto server = ServerAddress::parse(m_document->filePath());
    const QString stem = server && !server->database.isEmpty() ? portableFileStem(server->database) : QString();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Copy to a file"),
        QDir(startFolder()).filePath((stem.isEmpty() ? QStringLiteral("pacte") : stem) + QStringLiteral(".pacte")),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    const QString target = withExtension(chosen);
    if (QFileInfo::exists(target)) {
        QMessageBox::warning(
            this, tr("Copy not made"),
            tr("%1 already exists. Pacte does not overwrite a file: choose another name.").arg(target));
        return;
    }
    copyOpenDatabaseTo(target);
}

void MainWindow::showPreferences()
{
    const QString language = settings::language();
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_document)
        m_document->database().setUserName(settings::editorName());
    if (settings::language() != language)
        QMessageBox::information(this, tr("Language"), tr("The new language applies when Pacte starts again."));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = settings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        // A server database shows as "database « pacte » on server.example.org", its address as tip.
        const auto server = ServerAddress::parse(path);
        const QString name = server ? server->displayName() : QFileInfo(path).fileName();
        auto* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"))),
            this, [this, path] {
                if (!isServerLocation(path) && !QFileInfo::exists(path)) {
                    QMessageBox::warning(this, tr("File not found"), tr("%1 no longer exists.").arg(path));
                    settings::removeRecentFile(path);
                    rebuildRecentMenu();
                    return;
                }
                openFile(path);
            });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace pacte
