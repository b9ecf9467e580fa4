#pragma once

#include "domain/edition.h"
#include "exchange/spreadsheetfile.h"
#include "exchange/tableimport.h"

#include <memory>
#include <optional>

#include <QDialog>

class QPushButton;

namespace Ui {
class TableImportDialog;
}

namespace pacte {

class Document;

// The assistant that imports a spreadsheet: choose the file, what it holds, the sheet and the edition;
// see how each column is mapped (guessed from its header, the choice remembered for the same
// headers) with its first values; see the dry run ("créés : N, mis à jour : M, rejetés : K") and
// every rejected row with its line, column, value and reason, which can be saved to fix and import
// again. Nothing is written before Import, which is one undo step.
class TableImportDialog final : public QDialog
{
    Q_OBJECT

public:
    TableImportDialog(Document& document, const QList<Edition>& editions, Id editionId, QWidget* parent = nullptr);
    ~TableImportDialog() override;

    // Reads `path`; a file that cannot be read is said in the dialog, in French.
    void setFile(const QString& path);
    // Writes the rejected rows (.csv or .xlsx) with their line and reason; the message on failure.
    QString saveRejected(const QString& path) const;
    // What the status bar says after an import.
    const QString& resultText() const { return m_resultText; }

private:
    void chooseFile();
    void replan();
    void fillMapping();
    void mappingChanged();
    void showPlan();
    void importNow();
    QString mappingKey() const;

    std::unique_ptr<Ui::TableImportDialog> m_ui;
    Document& m_document;
    QPushButton* m_import = nullptr;
    QString m_path;
    std::optional<SpreadsheetFile> m_file;
    std::unique_ptr<TableImport> m_plan;
    QString m_resultText;
    bool m_filling = false;
};

} // namespace pacte
