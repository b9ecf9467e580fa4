#pragma once

#include "domain/commitment.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pacte {

class Database;

// One commitment of a signatory, written or corrected: its text, where it comes from (quoted from the
// pact with the page or section, or entered), and the axes, themes and actions of its edition it
// serves, checked in three lists. The caller stores what commitment() gives when it is accepted.
class CommitmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitmentDialog)

public:
    // `commitment.editionId` names the edition whose axes, themes and actions are offered.
    CommitmentDialog(Database& db, const Commitment& commitment, QWidget* parent = nullptr);

    Commitment commitment() const;

private:
    void fill(Database& db);
    void updateOk();

    Commitment m_commitment;
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_provenance = nullptr;
    QLineEdit* m_source = nullptr;
    QListWidget* m_axes = nullptr;
    QListWidget* m_themes = nullptr;
    QListWidget* m_actions = nullptr;
};

} // namespace pacte
