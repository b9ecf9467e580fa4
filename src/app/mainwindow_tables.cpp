// The File menu's spreadsheets: the list shown as CSV or XLSX.
#include "common/section.h"
#include "editing/document.h"
#include "mainwindow.h"

#include <QMenu>
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
}

void MainWindow::updateTableActions()
{
    if (!m_exportListAction)
        return;
    const auto* section = m_stack ? qobject_cast<Section*>(m_stack->currentWidget()) : nullptr;
    m_exportListAction->setEnabled(m_document && section && section->canExportList());
}

} // namespace pacte
