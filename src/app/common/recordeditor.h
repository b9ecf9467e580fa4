#pragma once

#include "domain/entity.h"
#include "domain/validation.h"
#include "editing/editresult.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QTimer;
class QPlainTextEdit;

namespace pacte {

class Document;
class ProvenanceField;

// What every record editor shares: the document, the read-only state, the inline validation
// messages (a label with objectName "validationMessages"), the "Historique" dialog, and commits
// triggered when a field is left (line edits, text areas) or changed (combos, check boxes).
// Subclasses load a record into their Designer form and collect it back; commit() compares,
// validates and pushes an undo command.
class RecordEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordEditor)

public:
    explicit RecordEditor(QWidget* parent = nullptr);

    void setDocument(Document* document);
    Document* document() const { return m_document; }

signals:
    // The editor added a record (e.g. a new indicator row is not a record; a new group is).
    void recordCreated(const QUuid& uuid);

protected:
    // Installs the validation label (placed by the subclass's form) and the commit triggers on
    // every input widget below `form`.
    void setUpEditor(QWidget* form, QLabel* validationLabel);
    // Applies the current form: subclasses build the new record and call pushUpdate().
    virtual void commit() = 0;
    // Shows `errors` under the form and marks their fields (the widget named after the field, as
    // "nameEdit" for "name"); returns true when there are none.
    bool showValidation(const FieldErrors& errors, const QStringList& warnings = {});
    void showHistory(const QUuid& uuid, const QString& label);
    // Puts the provenance line and its button at the start of the row of `historyButton` (issue 19);
    // setProvenanceRecord() then names the record shown (a null uuid: none).
    void installProvenance(QWidget* historyButton, Entity entity);
    void setProvenanceRecord(const QUuid& uuid, const QString& label);
    void setFormEnabled(bool enabled);
    bool isLoading() const { return m_loading > 0; }

    // While a record is being loaded, field signals must not commit.
    struct LoadGuard
    {
        explicit LoadGuard(RecordEditor* editor)
            : m_editor(editor)
        {
            ++m_editor->m_loading;
        }
        ~LoadGuard() { --m_editor->m_loading; }
        RecordEditor* m_editor;
    };

    // Replaces `before` by `after` as one undo step; shows the refusal, if any, and marks the fields
    // it names. Returns true on success.
    template <typename T>
    bool update(const T& before, const T& after, const QString& text = {});
    bool reportExecution(const EditResult& result);

    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

    Document* m_document = nullptr;
    QLabel* m_validation = nullptr;
    QWidget* m_form = nullptr;

private:
    void styleValidation();
    void requestCommit();
    void keepFormInPlace();
    void keepFormWhole();
    void markFields(const FieldErrors& errors);
    int m_loading = 0;
    ProvenanceField* m_provenance = nullptr;
    QTimer* m_dateCommit = nullptr; // a date typed in full commits after a pause, without leaving the field
};

} // namespace pacte

#include "editing/document.h"
#include "editing/edits.h"

namespace pacte {

template <typename T>
bool RecordEditor::update(const T& before, const T& after, const QString& text)
{
    if (!m_document)
        return false;
    return reportExecution(edit::update(*m_document, before, after, text));
}

} // namespace pacte
