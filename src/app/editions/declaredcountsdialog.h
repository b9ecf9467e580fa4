#pragma once

#include "domain/edition.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace pacte {

// Fichier ▸ Chiffres déclarés par le pacte…: the figures an edition's pact states but the data cannot
// list name by name (the 2017-2021 pact's "31 partenaires signataires"), each with its source.
class DeclaredCountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclaredCountsDialog)

public:
    DeclaredCountsDialog(const Edition& edition, QWidget* parent = nullptr);

    // The edition with the figures as entered (valid once the dialog was accepted).
    Edition edition() const;

private:
    void updateEnabled();
    void tryAccept();

    Edition m_edition;
    QCheckBox* m_declaredCheck = nullptr;
    QSpinBox* m_valueEdit = nullptr;
    QPlainTextEdit* m_quoteEdit = nullptr;
    QLineEdit* m_sourceEdit = nullptr;
    QLabel* m_validationLabel = nullptr;
};

} // namespace pacte
