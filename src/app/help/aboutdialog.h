#pragma once

#include <QDialog>

namespace pacte::help {

// À propos de Pacte: the version, the licence, the versions of Qt and SQLite in use, and the
// data folder (where the demo database lives).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace pacte::help
