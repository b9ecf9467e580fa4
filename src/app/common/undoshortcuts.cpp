#include "undoshortcuts.h"

#include <algorithm>
#include <optional>

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>

namespace pacte {

namespace {

// The text a field had when the user last entered or committed it: typing since then is the field's
// own to undo; once undone back to it, the next Ctrl+Z undoes the document's last edit.
constexpr const char* Baseline = "pacteUndoBaseline";

// The line edit doing the typing in `widget`: itself, or the one inside a spin box, a date or an
// editable combo box.
QLineEdit* lineEditOf(QWidget* widget)
{
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        return line;
    if (qobject_cast<QAbstractSpinBox*>(widget))
        return widget->findChild<QLineEdit*>();
    if (auto* combo = qobject_cast<QComboBox*>(widget); combo && combo->isEditable())
        return combo->lineEdit();
    return nullptr;
}

QTextDocument* textDocumentOf(QWidget* widget, bool* readOnly)
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
        *readOnly = plain->isReadOnly();
        return plain->document();
    }
    if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
        *readOnly = rich->isReadOnly();
        return rich->document();
    }
    return nullptr;
}

// What the baseline compares: the field's current text, if it types any.
std::optional<QString> typedText(QWidget* widget)
{
    if (QLineEdit* line = lineEditOf(widget))
        return line->text();
    bool readOnly = false;
    if (QTextDocument* document = textDocumentOf(widget, &readOnly))
        return document->toPlainText();
    return std::nullopt;
}

void setBaseline(QWidget* widget)
{
    if (const std::optional<QString> text = typedText(widget))
        widget->setProperty(Baseline, *text);
}

bool hasOwnUndo(QWidget* widget)
{
    const std::optional<QString> text = typedText(widget);
    if (!text || *text == widget->property(Baseline).toString())
        return false;
    if (QLineEdit* line = lineEditOf(widget))
        return !line->isReadOnly() && line->isUndoAvailable();
    bool readOnly = false;
    QTextDocument* document = textDocumentOf(widget, &readOnly);
    return document && !readOnly && document->isUndoAvailable();
}

bool hasOwnRedo(QWidget* widget)
{
    if (QLineEdit* line = lineEditOf(widget))
        return !line->isReadOnly() && line->isRedoAvailable();
    bool readOnly = false;
    QTextDocument* document = textDocumentOf(widget, &readOnly);
    return document && !readOnly && document->isRedoAvailable();
}

bool matches(const QKeyEvent* key, const QAction* action)
{
    const QKeySequence pressed(key->keyCombination());
    const QList<QKeySequence> shortcuts = action->shortcuts();
    return std::any_of(shortcuts.cbegin(), shortcuts.cend(),
                       [&pressed](const QKeySequence& shortcut) { return shortcut == pressed; });
}

} // namespace

UndoShortcuts::UndoShortcuts(QWidget* window, QAction* undo, QAction* redo)
    : QObject(window)
    , m_window(window)
    , m_undo(undo)
    , m_redo(redo)
{
    qApp->installEventFilter(this);
}

UndoShortcuts::~UndoShortcuts()
{
    qApp->removeEventFilter(this);
}

bool UndoShortcuts::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::FocusIn && type != QEvent::KeyPress)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    if (type == QEvent::FocusIn) {
        setBaseline(widget);
        return false;
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    if (type == QEvent::KeyPress) {
        // Enter commits a line edit: what was typed is the document's to undo from then on.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && lineEditOf(widget))
            setBaseline(widget);
        return false;
    }
    if (matches(key, m_undo) && !hasOwnUndo(widget)) {
        // Not accepted: Qt looks the key up among the shortcuts, and finds the Undo action.
        return true;
    }
    if (matches(key, m_redo) && !hasOwnRedo(widget))
        return true;
    return false;
}

} // namespace pacte
