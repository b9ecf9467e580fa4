#pragma once

#include <QDialog>

class QMenuBar;

namespace pacte::help {

// Aide ▸ Raccourcis clavier: every key of the window's menus, read from their actions (so the list
// cannot drift from what the keys do), then the keys of the lists and forms.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QMenuBar* menuBar, QWidget* parent = nullptr);
};

} // namespace pacte::help
