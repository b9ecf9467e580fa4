#pragma once

#include "domain/edition.h"

#include <memory>

#include <QDialog>

namespace Ui {
class EditionDialog;
}

namespace pacte {

// "Nouvelle édition…": the title, dates and predecessor of a new pact edition, validated.
class EditionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditionDialog)

public:
    EditionDialog(const QList<Edition>& existing, QWidget* parent = nullptr);
    ~EditionDialog() override;

    Edition edition() const;

private:
    void tryAccept();

    const std::unique_ptr<Ui::EditionDialog> m_ui;
    QList<Edition> m_existing;
};

} // namespace pacte
