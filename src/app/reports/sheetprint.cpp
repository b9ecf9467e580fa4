#include "sheetprint.h"

#include "editing/document.h"
#include "reportdialog.h"
#include "reportpreview.h"
#include "reports/reportbuilder.h"
#include "reports/reportdata.h"
#include "reports/reportfiles.h"
#include "reports/reportpages.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::SheetPrint)
};

} // namespace

ReportScope sheetsScope(Id editionId, Id groupId, Id actionId)
{
    ReportScope scope;
    scope.editionId = editionId;
    scope.groupId = groupId;
    scope.actionId = actionId;
    scope.sections = ReportSections{};
    scope.sections.cover = scope.sections.contents = scope.sections.summary = scope.sections.groups = false;
    scope.sections.governance = scope.sections.evaluation = scope.sections.coverage = false;
    scope.sections.governanceEvaluation = scope.sections.partners = scope.sections.calendar = false;
    return scope;
}

std::optional<Report> buildSheetsReport(QWidget* parent, Database& db, const ReportScope& scope)
{
    try {
        return buildReport(loadReportData(db, scope));
    } catch (const StorageError& error) {
        QMessageBox::warning(parent, Tr::tr("Print"), error.message());
        return std::nullopt;
    }
}

void previewSheets(QWidget* parent, Document& document, const ReportScope& scope, const QString& fileName)
{
    const auto report = buildSheetsReport(parent, document.database(), scope);
    if (!report)
        return;
    ReportPages pages(*report);
    auto* save = new QAction(Tr::tr("Save as PDF…"));
    save->setObjectName(QStringLiteral("reportPreviewSaveAction"));
    QObject::connect(save, &QAction::triggered, save, [save, &report, fileName] {
        auto* preview = qobject_cast<QWidget*>(save->parent());
        QSettings settings;
        const QString folder = settings
                                   .value(QStringLiteral("reports/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                   .toString();
        QString path = QFileDialog::getSaveFileName(preview, Tr::tr("Save as PDF"),
                                                    QDir(folder).filePath(fileName + QStringLiteral(".pdf")),
                                                    Tr::tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
        settings.setValue(QStringLiteral("reports/folder"), QFileInfo(path).absolutePath());
        if (const QString error = writeReportFile(*report, path, ReportFormat::Pdf); !error.isEmpty())
            QMessageBox::warning(preview, Tr::tr("Save as PDF"), error);
    });
    ReportPreviewDialog preview(pages, Tr::tr("%1 — print preview").arg(fileName), {save}, parent);
    preview.setObjectName(QStringLiteral("sheetPreviewDialog"));
    preview.exec();
}

} // namespace pacte
