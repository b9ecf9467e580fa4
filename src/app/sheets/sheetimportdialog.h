#pragma once

#include "exchange/sheetmerge.h"

#include <memory>

#include <QDialog>

class QComboBox;
class QPushButton;
class QTreeWidgetItem;

namespace Ui {
class SheetImportDialog;
}

namespace pacte {

class Document;
class SheetImport;

// Fichier ▸ Importer une fiche: the preview of every change a sheet brings (modifications, additions,
// deletions), a choice per conflict (keep the database's value, take the sheet's, or for a text field
// a merged value written from both), the chosen conflict's full values in a panel below the list, a
// summary line, and "Appliquer", enabled once every conflict is decided.
class SheetImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetImportDialog)

public:
    SheetImportDialog(Document& document, SheetImport& import, QWidget* parent = nullptr);
    ~SheetImportDialog() override;

    // The combo box deciding a conflict (conflictKey()), for tests.
    QComboBox* choiceFor(const QString& key) const { return m_choices.value(key); }
    QPushButton* applyButton() const { return m_apply; }
    // Where apply() backed the database up (empty until applied).
    const QString& backupPath() const { return m_backupPath; }

private:
    void fillTree();
    void addItem(QTreeWidgetItem* parent, const ItemChange& change);
    void onChoice(const QString& key, int index);
    void showConflict(const QString& key);
    void decide(const QString& key, Resolution resolution);
    const FieldChange* conflictField(const QString& key) const;
    void decideAll(Resolution resolution);
    void updateSummary();
    void apply();

    const std::unique_ptr<Ui::SheetImportDialog> m_ui;
    Document& m_document;
    SheetImport& m_import;
    QPushButton* m_apply = nullptr;
    QHash<QString, QComboBox*> m_choices;
    QString m_shownConflict;
    QString m_backupPath;
};

// Text for the kind of an item and the name of a field, as the preview shows them.
QString sheetItemKindLabel(SheetItemKind kind);
QString sheetFieldLabel(const QString& field);

} // namespace pacte
