#include "sheetimportflow.h"

#include "editing/document.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "sheetimportdialog.h"
#include "storage/failures.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::SheetImportFlow)
};

} // namespace

QString importSheetInto(Document& document, const QString& path, QWidget* parent)
{
    const QString name = QFileInfo(path).fileName();
    if (document.isReadOnly()) {
        // Why: held by another window or command, a read-only file or disk...
        QMessageBox::warning(
            parent, Tr::tr("Sheet not imported"),
            failureMessage(
                Tr::tr("The sheet %1 cannot be imported into %2").arg(name, document.database().displayName()),
                document.database().readOnlyCause(), Tr::tr("Nothing was changed.")));
        return {};
    }
    std::unique_ptr<SheetImport> import;
    try {
        import = SheetImport::fromFile(document.database(), path);
    } catch (const InputError& error) {
        QMessageBox::warning(parent, Tr::tr("Sheet refused"), Tr::tr("%1 is refused: %2").arg(name, error.message()));
        return {};
    } catch (const StorageError& error) {
        QMessageBox::warning(parent, Tr::tr("Sheet refused"), Tr::tr("%1 is refused: %2").arg(name, error.message()));
        return {};
    }
    if (import->alreadyImported()) {
        const auto& last = import->exportRecord().imports.constLast();
        const auto answer =
            QMessageBox::question(parent, Tr::tr("Sheet already imported"),
                                  Tr::tr("This export was already imported on %1 by %2 (%3). Import it again?")
                                      .arg(last.importedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                           last.importedBy, last.sheetName));
        if (answer != QMessageBox::Yes)
            return {};
    }
    SheetImportDialog dialog(document, *import, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    // A server database has no backup file (its administrator keeps pg_dump copies).
    if (dialog.backupPath().isEmpty())
        return Tr::tr("Sheet %1 imported.").arg(name);
    return Tr::tr("Sheet %1 imported (backup: %2).").arg(name, QFileInfo(dialog.backupPath()).fileName());
}

} // namespace pacte
