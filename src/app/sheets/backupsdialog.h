#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class BackupsDialog;
}

namespace pacte {

class Database;

// Fichier ▸ Sauvegardes: the automatic copies of the open database (newest first), the number kept
// (the database's own setting), and the choice of a copy to restore. The dialog does not restore:
// the database must be closed first, which is the main window's business (restoreRequested()).
class BackupsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsDialog)

public:
    explicit BackupsDialog(Database& db, QWidget* parent = nullptr);
    ~BackupsDialog() override;

    // The copy chosen for restoring once the dialog is accepted.
    const QString& chosenBackup() const { return m_chosen; }

private:
    void reload();
    void requestRestore();

    const std::unique_ptr<Ui::BackupsDialog> m_ui;
    Database& m_db;
    QString m_chosen;
};

} // namespace pacte
