#pragma once

#include "domain/edition.h"

#include <memory>

#include <QStringList>
#include <QWizard>

namespace Ui {
class NewFileAssistant;
}

namespace pacte {

class Database;

// What a new file starts with, so that it is not a dead end: the département, its territories, the
// first edition of the pact and its axes.
struct NewFilePlan
{
    QStringList territories;
    Edition edition;  // its département, title and dates
    QStringList axes; // titles, numbered in this order
};

// Writes the plan into a new database (inside its creation, so that the file appears whole).
void fillNewFile(Database& db, const NewFilePlan& plan);

// Fichier ▸ Nouveau: three pages (the département and its territories, the edition, its axes), each
// with a suggestion to keep or change; Finish is offered once each has what a file needs.
class NewFileAssistant final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewFileAssistant)

public:
    explicit NewFileAssistant(QWidget* parent = nullptr);
    ~NewFileAssistant() override;

    NewFilePlan plan() const;
    bool validateCurrentPage() override;

private:
    const std::unique_ptr<Ui::NewFileAssistant> m_ui;
};

} // namespace pacte
