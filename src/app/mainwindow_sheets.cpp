// The File menu's working-group sheets and backups: thin slots over app/sheets/.
#include "appsettings.h"
#include "editing/document.h"
#include "mainwindow.h"
#include "sheets/backupsdialog.h"
#include "sheets/sheetimportflow.h"
#include "sheets/sheetwindow.h"
#include "storage/backups.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace pacte {

namespace {

QString sheetFilter()
{
    return MainWindow::tr("Working-group sheets (*.pacte-fiche.json *.json);;All files (*)");
}

// Importing also takes the referents' workbook (.xlsx), which sheet mode does not open.
QString importFilter()
{
    return MainWindow::tr("Working-group sheets (*.pacte-fiche.json *.json *.xlsx);;All files (*)");
}

QString sheetFolder()
{
    const QString last = settings::lastFile();
    return last.isEmpty() || isServerLocation(last) ? QString() : QFileInfo(last).absolutePath();
}

} // namespace

void MainWindow::openSheet()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a working-group sheet"), sheetFolder(), sheetFilter());
    if (path.isEmpty())
        return;
    if (auto* window = SheetWindow::open(path))
        window->show();
}

void MainWindow::importSheet()
{
    if (!m_document)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a working-group sheet"), sheetFolder(), importFilter());
    if (path.isEmpty())
        return;
    if (const QString status = importSheetInto(*m_document, path, this); !status.isEmpty())
        showStatus(status);
}

void MainWindow::showBackups()
{
    // On a server the database's administrator keeps the backups (the entry is disabled there).
    if (!m_document || m_document->database().isServer())
        return;
    BackupsDialog dialog(m_document->database(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    const QString path = m_document->filePath();
    const int keep = Backups::keepCount(m_document->database());
    setDocument(nullptr); // closes the file and releases its lock
    try {
        Backups::restore(path, dialog.chosenBackup(), keep);
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Backup not restored"), error.message());
    }
    if (openFile(path))
        showStatus(tr("Backup restored; the previous state was backed up first."));
}

} // namespace pacte
