#pragma once

#include "domain/ids.h"
#include "reports/reportbuilder.h"
#include "reports/reportscope.h"

#include <memory>
#include <optional>

#include <QDialog>

namespace Ui {
class ReportDialog;
}

class QAction;

namespace pacte {

class Document;

// Rapports ▸ Rapport COPIL…: the scope and sections of the report, then the print preview (from
// which one prints or saves) or straight to a PDF, ODT or HTML file. Long reports show progress
// and can be cancelled.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    ReportDialog(Document& document, Id editionId, QWidget* parent = nullptr);
    ~ReportDialog() override;

    ReportScope scope() const;
    // Builds the report of the chosen scope, with a progress dialog; nothing if cancelled.
    std::optional<Report> buildReport();
    // Writes the report to `path` (its suffix chooses the format); the error shown, or empty.
    QString saveTo(const QString& path);
    void showPreview();
    void saveWithDialog();
    // The name the save dialog proposes: the report, the edition, the territory (or the département)
    // and the year (or the day of the current data): "Rapport COPIL - PTI 2022-2025 - Biterrois - 2024.pdf".
    QString defaultFileName() const;

private:
    void fillEditionChoices(Id editionId);
    void onEditionChanged();

    Document& m_document;
    const std::unique_ptr<Ui::ReportDialog> m_ui;
};

// Opens the dialog on `parent` (non-modal, deleted when closed).
void openReportDialog(QWidget* parent, Document* document, Id editionId);

} // namespace pacte
