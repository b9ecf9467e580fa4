// The File menu's working-group sheets and backups: thin slots over app/sheets/.
#include "appsettings.h"
#include "editing/document.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "mainwindow.h"
#include "sheets/backupsdialog.h"
#include "sheets/sheetimportdialog.h"
#include "sheets/sheetwindow.h"
#include "storage/backups.h"
#include "storage/storageerror.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QUndoStack>

namespace pacte {

namespace {

QString sheetFilter()
{
    return MainWindow::tr("Working-group sheets (*.pacte-fiche.json *.json);;All files (*)");
}

QString sheetFolder()
{
    const QString last = settings::lastFile();
    return last.isEmpty() ? QString() : QFileInfo(last).absolutePath();
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
    if (m_document->isReadOnly()) {
        QMessageBox::warning(this, tr("Sheet not imported"), tr("The database is open read-only."));
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a working-group sheet"), sheetFolder(), sheetFilter());
    if (path.isEmpty())
        return;
    std::unique_ptr<SheetImport> import;
    try {
        import = SheetImport::fromFile(m_document->database(), path);
    } catch (const InputError& error) {
        QMessageBox::warning(this, tr("Sheet refused"),
                             tr("%1 is refused: %2").arg(QFileInfo(path).fileName(), error.message()));
        return;
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Sheet refused"), error.message());
        return;
    }
    if (import->alreadyImported()) {
        const auto& last = import->exportRecord().imports.constLast();
        const auto answer =
            QMessageBox::question(this, tr("Sheet already imported"),
                                  tr("This export was already imported on %1 by %2 (%3). Import it again?")
                                      .arg(last.importedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                           last.importedBy, last.sheetName));
        if (answer != QMessageBox::Yes)
            return;
    }
    SheetImportDialog dialog(*import, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The import wrote outside the undo stack: its commands no longer describe the database.
    m_document->undoStack()->clear();
    m_document->notifyChanged({}, {});
    showStatus(tr("Sheet %1 imported (backup: %2).")
                   .arg(QFileInfo(path).fileName(), QFileInfo(dialog.backupPath()).fileName()));
}

void MainWindow::showBackups()
{
    if (!m_document)
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
