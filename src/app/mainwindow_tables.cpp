// The File menu's spreadsheets: the list shown as CSV or XLSX, the edition's workbook.
#include "common/listexport.h"
#include "common/section.h"
#include "editing/document.h"
#include "exchange/tablefiles.h"
#include "exchange/tableworkbook.h"
#include "mainwindow.h"
#include "storage/repository.h"
#include "storage/storageerror.h"
#include "tables/tableimportdialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>

namespace pacte {

void MainWindow::addTableActions(QMenu* file)
{
    m_exportListAction = file->addAction(tr("E&xport the list…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        if (auto* section = qobject_cast<Section*>(m_stack->currentWidget()); section && section->canExportList())
            section->exportList();
    });
    m_exportListAction->setObjectName(QStringLiteral("exportListAction"));
    m_exportListAction->setToolTip(tr("Write the list shown, as filtered and sorted, to a spreadsheet file"));
    m_exportWorkbookAction = file->addAction(tr("Export the edition's &workbook…"), this, [this] {
        if (!m_document || m_editionId == NoId)
            return;
        const auto edition = EditionRepository(m_document->database()).find(m_editionId);
        if (!edition)
            return;
        const QString path = askExportPath(this, tr("Export the edition's workbook"),
                                           edition->title + QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            saveExportFile(path, writeEditionWorkbook(m_document->database(), m_editionId));
        } catch (const StorageError& error) {
            QApplication::restoreOverrideCursor();
            QMessageBox::warning(this, tr("Export the edition's workbook"), error.message());
            return;
        }
        QApplication::restoreOverrideCursor();
        showExported(this,
                     tr("The workbook of %1 was written to %2.").arg(edition->title, QDir::toNativeSeparators(path)));
    });
    m_importTableAction = file->addAction(tr("Import a &table…"), this, [this] {
        if (!m_document)
            return;
        if (m_document->isReadOnly()) {
            QMessageBox::warning(this, tr("Import a table"), tr("The database is open read-only."));
            return;
        }
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a table"), QString(),
                                                          tr("Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)"));
        if (path.isEmpty())
            return;
        TableImportDialog dialog(*m_document, EditionRepository(m_document->database()).all(), m_editionId, this);
        dialog.setFile(path);
        if (dialog.exec() == QDialog::Accepted)
            showStatus(dialog.resultText());
    });
    m_importTableAction->setObjectName(QStringLiteral("importTableAction"));
    m_importTableAction->setToolTip(
        tr("Import partners, persons, working groups or actions from a spreadsheet, with a preview first"));
    m_exportWorkbookAction->setObjectName(QStringLiteral("exportWorkbookAction"));
    m_exportWorkbookAction->setToolTip(
        tr("Write every table of the edition to one workbook: partners, persons, groups, actions, indicators, "
           "meetings, findings and yearly counts"));
}

void MainWindow::updateTableActions()
{
    if (!m_exportListAction)
        return;
    const auto* section = m_stack ? qobject_cast<Section*>(m_stack->currentWidget()) : nullptr;
    m_exportListAction->setEnabled(m_document && section && section->canExportList());
    m_exportWorkbookAction->setEnabled(m_document != nullptr);
    // A table brings partners, persons, groups and actions of every territory: the coordinator's, as the
    // sheets' return is (a referent's server would refuse the whole import). A read-only file keeps the
    // action, whose message says why nothing can be imported.
    m_importTableAction->setEnabled(m_document && (m_document->mayChangeAll() || m_document->isReadOnly()));
}

} // namespace pacte
