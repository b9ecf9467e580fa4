#pragma once

#include "domain/editiondata.h"

#include <memory>

#include <QDialog>
#include <QStringList>

class QPushButton;

namespace Ui {
class SheetExportDialog;
}

namespace pacte {

class Database;

// Groupes de travail ▸ Exporter les fiches: the edition's groups to tick (the selected one ticked
// already) and a folder; one sheet file per group, each export recorded in the database.
class SheetExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetExportDialog)

public:
    SheetExportDialog(Database& db, const EditionData& data, const QUuid& selected, QWidget* parent = nullptr);
    ~SheetExportDialog() override;

    // Exports the ticked groups into the folder; returns the files written (the dialog lists them).
    QStringList exportChecked();
    const QStringList& writtenFiles() const { return m_written; }

private:
    void updateButton();

    const std::unique_ptr<Ui::SheetExportDialog> m_ui;
    Database& m_db;
    QPushButton* m_export = nullptr;
    QStringList m_written;
};

} // namespace pacte
