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

    // Whether the user is typing in the form: the keyboard is in a text field she changed and has not
    // stored yet (or a conflict is being decided). Another person's change must not replace it.
    bool isTyping() const;
    // Another person changed the record shown while she typed: the form keeps her typing and says so;
    // storing it then meets the conflict, and the dialog lets her choose. Once stored or chosen, the
    // editor asks for the record as stored (reloadRequested()).
    void markChangedMeanwhile();
    bool isChangedMeanwhile() const { return m_changedMeanwhile; }
    // Another record is shown: forget what was said about the previous one.
    void forgetChangedMeanwhile();

signals:
    // The editor added a record (e.g. a new indicator row is not a record; a new group is).
    void recordCreated(const QUuid& uuid);
    // The record shown is no longer what is stored (someone else changed it and the user kept the
    // version saved meanwhile): the section shows it again, read anew.
    void reloadRequested();
    // A commit triggered by a field is over (stored, refused or decided): changes that waited for the
    // user's typing may be shown now.
    void settled();

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
        ~LoadGuard()
        {
            if (--m_editor->m_loading == 0)
                m_editor->clearTyping(); // the form shows the record as stored
        }
        RecordEditor* m_editor;
    };

    // Replaces `before` by `after` as one undo step; shows the refusal, if any, and marks the fields
    // it names. Returns true on success.
    template <typename T>
    bool update(const T& before, const T& after, const QString& text = {});
    bool reportExecution(const EditResult& result);
    // Asks for the record as stored (reloadRequested()), forgetting that it changed meanwhile.
    void requestReload();

    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

    Document* m_document = nullptr;
    QLabel* m_validation = nullptr;
    QWidget* m_form = nullptr;

private:
    // The conflict of an edit: shows both versions and returns true when the user saves hers over
    // the version saved meanwhile; otherwise the editor asks for the stored record.
    bool decideConflict(const QString& label, const QList<ConflictField>& fields);
    // The form's text fields hold nothing left to store.
    void clearTyping();
    // After an update: what the user typed is stored.
    void stored();
    void styleValidation();
    void requestCommit();
    void keepFormInPlace();
    void keepFormWhole();
    void markFields(const FieldErrors& errors);
    int m_loading = 0;
    ProvenanceField* m_provenance = nullptr;
    QTimer* m_dateCommit = nullptr; // a date typed in full commits after a pause, without leaving the field
    QLabel* m_changedNotice = nullptr;
    bool m_changedMeanwhile = false;
    bool m_resolving = false; // the conflict dialog is open
};

} // namespace pacte

#include "editing/document.h"
#include "editing/edits.h"
#include "storage/repository.h"

namespace pacte {

template <typename T>
bool RecordEditor::update(const T& before, const T& after, const QString& text)
{
    if (!m_document)
        return false;
    // `before` may be the editor's own record, which a reload replaces: what follows keeps copies.
    const QString label = RecordTraits<T>::label(before);
    const QUuid uuid = before.uuid;
    EditResult result = edit::update(*m_document, before, after, text);
    // Someone else changed the record since it was read (a server): the user chooses, and her version
    // is written over the one stored now, as one undo step back to it. Again if it changed once more.
    while (result.isConflict()) {
        if (!decideConflict(label, result.conflict))
            return false;
        const std::optional<T> stored = Repository<T>(m_document->database()).findByUuid(uuid);
        if (!stored) {
            result = EditResult::refused(tr("\"%1\" no longer exists in the database.").arg(label));
            break;
        }
        result = edit::update(*m_document, *stored, after, text);
    }
    if (!reportExecution(result))
        return false;
    stored();
    return true;
}

} // namespace pacte
