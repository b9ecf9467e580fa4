#include "territoryeditor.h"

#include "editing/edits.h"
#include "localpactpanel.h"
#include "ui_territoryeditor.h"

namespace pacte {

TerritoryEditor::TerritoryEditor(QWidget* parent)
    : RecordEditor(parent)
    , m_ui(std::make_unique<Ui::TerritoryEditor>())
{
    m_ui->setupUi(this);
    m_localPact = new LocalPactPanel(m_ui->localPactScroll);
    m_ui->localPactScroll->setWidget(m_localPact);
    setObjectName(QStringLiteral("territoryEditor"));
    setUpEditor(m_ui->form, m_ui->validationLabel);
    connect(m_ui->historyButton, &QPushButton::clicked, this, [this] {
        if (m_territory)
            showHistory(m_territory->uuid, m_territory->name);
    });
    installProvenance(m_ui->historyButton, Entity::Territory);
}

TerritoryEditor::~TerritoryEditor() = default;

void TerritoryEditor::setTerritory(const std::optional<Territory>& territory, const QString& summaryHtml, Id editionId)
{
    m_localPact->showTerritory(document(), editionId, territory ? territory->id : NoId);
    const LoadGuard guard(this);
    m_territory = territory;
    setProvenanceRecord(m_territory ? m_territory->uuid : QUuid(), m_territory ? m_territory->name : QString());
    const Territory t = territory.value_or(Territory{});
    m_ui->headerLabel->setText(t.name);
    m_ui->nameEdit->setText(t.name);
    m_ui->diagnosticEdit->setPlainText(t.diagnostic);
    m_ui->prioritiesEdit->setPlainText(t.priorities);
    m_ui->notesEdit->setPlainText(t.notes);
    m_ui->summaryLabel->setText(summaryHtml);
    showValidation({});
    setFormEnabled(territory.has_value() && document() && document()->mayChange(Entity::Territory));
}

void TerritoryEditor::commit()
{
    if (!m_territory)
        return;
    Territory after = *m_territory;
    after.name = m_ui->nameEdit->text().trimmed();
    after.diagnostic = m_ui->diagnosticEdit->toPlainText();
    after.priorities = m_ui->prioritiesEdit->toPlainText();
    after.notes = m_ui->notesEdit->toPlainText();
    if (after == *m_territory || !showValidation(validate(after)))
        return;
    if (update(*m_territory, after))
        m_territory = after;
}

} // namespace pacte
