#include "personeditor.h"

#include "app/common/wheelguard.h"
#include "editing/edits.h"
#include "storage/repository.h"
#include "ui_personeditor.h"

#include <QCollator>

namespace pacte {

namespace {

// Loading must not disturb the field the user is in (cursor, selection): only changed text is set.
void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    edit->setCursorPosition(0); // a long title shows its beginning
}

} // namespace

PersonEditor::PersonEditor(QWidget* parent)
    : RecordEditor(parent)
    , m_ui(std::make_unique<Ui::PersonEditor>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("personEditor"));
    connect(m_ui->partnerCombo, &QComboBox::currentIndexChanged, this, &PersonEditor::updatePartnerFields);
    setUpEditor(m_ui->form, m_ui->validationLabel);
    guardWheel(m_ui->form);
    connect(m_ui->openPartnerButton, &QToolButton::clicked, this, [this] {
        const Id id = m_ui->partnerCombo->currentData().value<Id>();
        for (const auto& partner : std::as_const(m_partners)) {
            if (partner.id == id)
                emit partnerRequested(partner.uuid);
        }
    });
    connect(m_ui->historyButton, &QPushButton::clicked, this, [this] {
        if (m_person)
            showHistory(m_person->uuid, m_person->displayName());
    });
    installProvenance(m_ui->historyButton, Entity::Person);
}

PersonEditor::~PersonEditor() = default;

void PersonEditor::setContext(const QList<Partner>& partners, const QList<Territory>& territories)
{
    const LoadGuard guard(this);
    if (partners != m_partners) {
        m_partners = partners;
        QList<const Partner*> sorted;
        for (const auto& partner : std::as_const(m_partners))
            sorted.append(&partner);
        QCollator collator;
        std::sort(sorted.begin(), sorted.end(),
                  [&](const Partner* a, const Partner* b) { return collator.compare(a->name, b->name) < 0; });
        m_ui->partnerCombo->clear();
        m_ui->partnerCombo->addItem(tr("None"), NoId);
        for (const auto* partner : std::as_const(sorted)) {
            // The acronym first: it is what a narrow combo box still shows.
            const QString label = partner->acronym.isEmpty()
                                      ? partner->name
                                      : QStringLiteral("%1 · %2").arg(partner->acronym, partner->name);
            m_ui->partnerCombo->addItem(label, partner->id);
        }
    }
    if (territories != m_territories) {
        m_territories = territories;
        m_ui->referentTerritoriesList->clear();
        for (const auto& territory : territories) {
            auto* item = new QListWidgetItem(territory.name, m_ui->referentTerritoriesList);
            item->setData(Qt::UserRole, territory.id);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
}

void PersonEditor::setPerson(const std::optional<Person>& person)
{
    const LoadGuard guard(this);
    m_person = person;
    setProvenanceRecord(m_person ? m_person->uuid : QUuid(), m_person ? m_person->displayName() : QString());
    const Person p = person.value_or(Person{});
    m_ui->headerLabel->setText(p.displayName());
    setText(m_ui->firstNameEdit, p.firstName);
    setText(m_ui->lastNameEdit, p.lastName);
    setText(m_ui->functionEdit, p.function);
    setText(m_ui->emailEdit, p.email);
    setText(m_ui->phoneEdit, p.phone);
    const int partnerIndex = m_ui->partnerCombo->findData(p.partnerId);
    m_ui->partnerCombo->setCurrentIndex(partnerIndex < 0 ? 0 : partnerIndex);
    m_ui->partnerReferentCheck->setChecked(p.hasRole(PersonRoleKind::PartnerReferent));
    m_ui->coordinatorCheck->setChecked(p.hasRole(PersonRoleKind::Coordinator));
    for (int i = 0; i < m_ui->referentTerritoriesList->count(); ++i) {
        auto* item = m_ui->referentTerritoriesList->item(i);
        const Id territoryId = item->data(Qt::UserRole).value<Id>();
        item->setCheckState(p.hasRole(PersonRoleKind::TerritoryReferent, territoryId) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_ui->notesEdit->toPlainText() != p.notes)
        m_ui->notesEdit->setPlainText(p.notes);
    showValidation({});
    setFormEnabled(person.has_value() && document() && document()->mayChange(Entity::Person));
    updatePartnerFields();
}

void PersonEditor::updatePartnerFields()
{
    // Only a person of a partner can be that partner's referent.
    const bool hasPartner = m_ui->partnerCombo->currentData().value<Id>() != NoId;
    m_ui->partnerReferentCheck->setEnabled(hasPartner);
    m_ui->openPartnerButton->setEnabled(hasPartner);
}

QList<PersonRole> PersonEditor::collectRoles(Id partnerId) const
{
    QList<PersonRole> wanted;
    if (partnerId != NoId && m_ui->partnerReferentCheck->isChecked())
        wanted.append({PersonRoleKind::PartnerReferent, NoId});
    if (m_ui->coordinatorCheck->isChecked())
        wanted.append({PersonRoleKind::Coordinator, NoId});
    for (int i = 0; i < m_ui->referentTerritoriesList->count(); ++i) {
        const auto* item = m_ui->referentTerritoriesList->item(i);
        if (item->checkState() == Qt::Checked)
            wanted.append({PersonRoleKind::TerritoryReferent, item->data(Qt::UserRole).value<Id>()});
    }
    // The roles kept stay in their order, so that an unchanged form compares equal to the record.
    QList<PersonRole> roles;
    for (const auto& role : std::as_const(m_person->roles)) {
        if (wanted.contains(role) && !roles.contains(role))
            roles.append(role);
    }
    for (const auto& role : std::as_const(wanted)) {
        if (!roles.contains(role))
            roles.append(role);
    }
    return roles;
}

void PersonEditor::selectName()
{
    m_ui->lastNameEdit->setFocus(Qt::OtherFocusReason);
    m_ui->lastNameEdit->selectAll();
}

void PersonEditor::commit()
{
    if (!m_person)
        return;
    Person after = *m_person;
    after.firstName = m_ui->firstNameEdit->text().trimmed();
    after.lastName = m_ui->lastNameEdit->text().trimmed();
    after.function = m_ui->functionEdit->text().trimmed();
    after.email = m_ui->emailEdit->text().trimmed();
    after.phone = m_ui->phoneEdit->text().trimmed();
    after.partnerId = m_ui->partnerCombo->currentData().value<Id>();
    after.roles = collectRoles(after.partnerId);
    after.notes = m_ui->notesEdit->toPlainText();
    if (after == *m_person) {
        showValidation({});
        return;
    }
    if (!showValidation(validate(after)))
        return;
    if (update(*m_person, after))
        m_person = PersonRepository(m_document->database()).findByUuid(after.uuid);
}

} // namespace pacte
