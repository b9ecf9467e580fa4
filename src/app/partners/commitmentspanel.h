#pragma once

#include "domain/partner.h"

#include <optional>

#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;

namespace pacte {

class Document;

// The partner's commitments in the current edition of the pact (issue 20, point 3), in the partner
// editor: each commitment with the axes, themes and actions it serves; added, changed (double click or
// "Modifier…") and removed through CommitmentDialog. Every change is offered to the editor as the
// partner's whole new list of commitments (`edited`), which stores it as one undo step of the partner.
// A partner with no signature of the edition (or a declined one) commits to nothing in it: "Add" waits
// for the signature.
class CommitmentsPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitmentsPanel)

public:
    explicit CommitmentsPanel(QWidget* parent = nullptr);

    void setDocument(Document* document) { m_document = document; }
    void setEdition(Id editionId, const QString& title);
    void setPartner(const std::optional<Partner>& partner);
    void setEditable(bool editable);

signals:
    // The partner's commitments, all editions, as they should be; `text` names the undo step.
    void edited(const QList<Commitment>& commitments, const QString& text);

private:
    void showCommitments();
    void updateButtons();
    void openDialog(const Commitment& commitment, qsizetype index);
    void removeCurrent();
    // The index in the partner's whole list of the row selected; -1 without one.
    qsizetype currentIndex() const;
    bool signatory() const;

    Document* m_document = nullptr;
    std::optional<Partner> m_partner;
    Id m_editionId = NoId;
    bool m_editable = true;
    QList<qsizetype> m_rows; // the partner's list index of each row shown
    QListWidget* m_list = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_removeButton = nullptr;
};

} // namespace pacte
