#pragma once

#include "domain/entity.h"
#include "domain/provenance.h"
#include "editing/provenancetarget.h"

#include <QDialog>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pacte {

class Document;

// Where the record an editor shows comes from, in one line beside its buttons ("Illustratif — …",
// or "Saisi par … le …" from the change log), with a button that opens the provenance dialog. Keeps
// itself up to date when the record, or the record whose history logs it, changes (an undo, say).
class ProvenanceField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvenanceField)

public:
    ProvenanceField(Entity entity, QWidget* parent = nullptr);

    void setDocument(Document* document);
    // The record shown (a null uuid: none).
    void setRecord(const QUuid& uuid, const QString& label);
    // A record logged in another's history (a partner's signature); a null target: none.
    void setTarget(const ProvenanceTarget& target);
    // The line's text around the provenance ("Provenance: %1" unless told).
    void setCaption(const QString& caption);
    QWidget* button() const;
    // Names the field, its button and its line "<prefix>ProvenanceField", "…Button", "…Label" (an
    // editor with two fields tells them apart).
    void setNamePrefix(const QString& prefix);

private:
    void refresh();
    void edit();

    Entity m_entity;
    Document* m_document = nullptr;
    ProvenanceTarget m_target;
    QString m_caption;
    Provenance m_provenance;
    QLabel* m_text = nullptr;
    QPushButton* m_button = nullptr;
};

// Asks how a record comes from: the kind, the source (page or section) and a note.
class ProvenanceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvenanceDialog)

public:
    ProvenanceDialog(const QString& label, const Provenance& provenance, QWidget* parent = nullptr);
    Provenance provenance() const;

private:
    QComboBox* m_kind = nullptr;
    QLineEdit* m_source = nullptr;
    QPlainTextEdit* m_note = nullptr;
};

} // namespace pacte
