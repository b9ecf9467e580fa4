#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace pacte {

// Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y belong to the field being typed in only while it has typing of its
// own to undo (or redo); otherwise they go to the window's Undo and Redo actions, the document's
// history, wherever the focus is. Without this a line edit takes Ctrl+Z even when it has nothing to
// undo, and the edit just committed from it could not be undone from the keyboard (issue #17).
class UndoShortcuts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoShortcuts)

public:
    // Watches the key presses of every widget of `window` (an application-wide event filter).
    UndoShortcuts(QWidget* window, QAction* undo, QAction* redo);
    ~UndoShortcuts() override;

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QAction* m_undo;
    QAction* m_redo;
};

} // namespace pacte
