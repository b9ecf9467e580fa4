#pragma once

#include "editing/editresult.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace pacte {

// Someone else changed a record while this window showed it (a server shared by several people):
// the record's label and, field by field, the value saved meanwhile beside the one of this window, as
// the sheet import shows the database's value beside the sheet's. Editing, the user chooses: keep the
// version saved meanwhile (the default, also Escape) or save hers over it. After a refused undo, redo
// or deletion, nothing is left to choose: the dialog says what was kept.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum class Situation {
        Edit,     // an edit: the user chooses
        UndoRedo, // an undo or redo, dropped from the history
        Deletion  // a deletion, not made
    };
    enum class Choice { KeepStored, KeepMine };

    ConflictDialog(Situation situation, const QString& label, const QList<ConflictField>& fields,
                   QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }

    // Shows the dialog for an edit and returns the user's choice.
    static Choice ask(QWidget* parent, const QString& label, const QList<ConflictField>& fields);

private:
    void fillTable(const QList<ConflictField>& fields);

    QTableWidget* m_table = nullptr;
    QPushButton* m_keepStored = nullptr;
    QPushButton* m_keepMine = nullptr;
    Choice m_choice = Choice::KeepStored;
};

} // namespace pacte
