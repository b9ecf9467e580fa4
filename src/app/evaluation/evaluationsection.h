#pragma once

#include "app/common/listsection.h"
#include "app/common/listtablemodel.h"
#include "evaluationfigures.h"

namespace pacte {

class EvaluationEditor;

// Évaluation annuelle (§1.4): one row per year of the selected edition that has begun — its yearly
// (intermediate) evaluation — and, for the edition's last year, a second row for the final
// evaluation, which is a record of its own with its own frozen figures and assessments. The editor
// shows the figures, the comparison with the year before and the written assessments.
class EvaluationSection final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationSection)

public:
    explicit EvaluationSection(QWidget* parent = nullptr);

    SectionId id() const override { return SectionId::Evaluation; }
    QString title() const override { return tr("Yearly evaluation"); }
    std::optional<Entity> itemEntity() const override { return Entity::Evaluation; }
    void setDocument(Document* document) override;
    // Also opens a year by its Evaluation record's uuid (links from other sections, the history).
    bool openItem(const QUuid& uuid) override;
    // Evaluations are not deleted: once frozen they are the record of the year.
    void deleteSelectedItem() override;

protected:
    void reloadRows() override;
    void showRecord(const QUuid& uuid) override;
    EditResult deleteRecord(const QUuid& uuid) override;
    QString deleteQuestion(const QUuid& uuid) override;
    // What the live figures and the assessments are made of.
    EntitySet shownEntities() const override
    {
        return {Entity::Evaluation, Entity::Action, Entity::WorkingGroup, Entity::Meeting,
                Entity::Partner,    Entity::Axis,   Entity::Territory,    Entity::Edition};
    }
    bool expensiveReload() const override { return true; }
    QString footerText() const override;

private:
    void onDocumentChanged(Entity entity);
    void refreshEditor();

    ListTableModel<EvaluationRow>* m_model;
    EvaluationEditor* m_editor;
    EvaluationFigures m_figures;
    QObject* m_cacheGuard; // receives the document's changes before ListSection reloads the rows
};

} // namespace pacte
