#include "partnereditor.h"

#include "app/common/provenancefield.h"
#include "app/common/readablecolour.h"
#include "app/common/wheelguard.h"
#include "commitmentspanel.h"
#include "editing/edits.h"
#include "namehistoryfield.h"
#include "optionaldate.h"
#include "partnercontributions.h"
#include "partnerrows.h"
#include "storage/repository.h"
#include "ui_partnereditor.h"

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

void setPlainText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

// The ids checked in `list`, in the order `before` had them, so that an unchanged list compares equal.
QList<Id> checkedIds(const QListWidget* list, const QList<Id>& before)
{
    QList<Id> checked;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            checked.append(list->item(i)->data(Qt::UserRole).value<Id>());
    }
    QList<Id> ids;
    for (Id id : before) {
        if (checked.contains(id))
            ids.append(id);
    }
    for (Id id : checked) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace

PartnerEditor::PartnerEditor(QWidget* parent)
    : RecordEditor(parent)
    , m_ui(std::make_unique<Ui::PartnerEditor>())
{
    m_ui->setupUi(this);
    m_ui->territoriesHint->setStyleSheet(QStringLiteral("color: %1;").arg(mutedText(palette()).name()));
    setObjectName(QStringLiteral("partnerEditor"));
    for (const auto category : enumValues<PartnerCategory>())
        m_ui->categoryCombo->addItem(enumLabel(category), static_cast<int>(category));
    m_ui->signatureStatusCombo->addItem(tr("Not a signatory"), NotSignatory);
    for (const auto status : enumValues<SignatureStatus>())
        m_ui->signatureStatusCombo->addItem(enumLabel(status), static_cast<int>(status));
    const auto picked = [this] { commitFromForm(); };
    setUpOptionalDate(m_ui->signatureDateCheck, m_ui->signatureDateEdit, picked);
    setUpOptionalDate(m_ui->meetingDateCheck, m_ui->meetingDateEdit, picked);
    setUpOptionalDate(m_ui->convocationDateCheck, m_ui->convocationDateEdit, picked);
    setUpOptionalDate(m_ui->publicationDateCheck, m_ui->publicationDateEdit, picked);
    setUpOptionalDate(m_ui->transmissionDateCheck, m_ui->transmissionDateEdit, picked);
    connect(m_ui->signatureStatusCombo, &QComboBox::currentIndexChanged, this, &PartnerEditor::updateSignatureFields);
    // The tally is checked as the counts change; it is saved when the field is left.
    for (auto* spin : m_ui->deliberationGroup->findChildren<QSpinBox*>()) {
        // Unknown is not zero: the minimum, -1, reads "not stated".
        spin->setMinimum(-1);
        spin->setSpecialValueText(tr("not stated"));
        connect(spin, &QSpinBox::valueChanged, this, &PartnerEditor::showTally);
    }
    // A group box's check is not a button: RecordEditor does not watch it.
    connect(m_ui->deliberationGroup, &QGroupBox::toggled, this, &PartnerEditor::commitFromForm);
    // Its names over time, under its acronym: each added or removed name is one undo step.
    m_nameHistory = new NameHistoryField(m_ui->form);
    auto* historyLabel = new QLabel(tr("Names over time"), m_ui->form);
    historyLabel->setObjectName(QStringLiteral("nameHistoryLabel"));
    historyLabel->setBuddy(m_nameHistory->focusChain().constFirst());
    m_ui->identityLayout->insertRow(2, historyLabel, m_nameHistory);
    QWidget* previous = m_ui->acronymEdit;
    for (QWidget* field : m_nameHistory->focusChain()) {
        setTabOrder(previous, field);
        previous = field;
    }
    connect(m_nameHistory, &NameHistoryField::edited, this, &PartnerEditor::commitFromForm);
    setUpEditor(m_ui->form, m_ui->validationLabel);
    m_contributions = new PartnerContributions(m_ui->form);
    m_ui->formLayout->addWidget(m_contributions);
    m_ui->referentsLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_ui->referentsLabel, &QLabel::linkActivated, this, [this] {
        if (m_partner && document() && document()->mayChange(Entity::Partner))
            emit addReferentRequested();
    });
    guardWheel(m_ui->form);
    connect(m_ui->historyButton, &QPushButton::clicked, this, [this] {
        if (m_partner)
            showHistory(m_partner->uuid, m_partner->name);
    });
    installProvenance(m_ui->historyButton, Entity::Partner);
    // Where the signature comes from: the demo deduced who signs from the pact's text.
    m_signatureProvenance = new ProvenanceField(Entity::Partner, m_ui->signatureGroup);
    m_signatureProvenance->setNamePrefix(QStringLiteral("editionSignature"));
    m_signatureProvenance->setCaption(tr("Signature's provenance: %1"));
    m_signatureProvenance->button()->setAccessibleName(tr("Where the signature comes from"));
    m_ui->signatureLayout->addRow(m_signatureProvenance);
    setTabOrder(m_ui->signatoryFunctionEdit, m_signatureProvenance->button());
    setTabOrder(m_signatureProvenance->button(), m_ui->deliberationGroup);
    // What it commits to in this edition: each change is one undo step of the partner.
    m_commitments = new CommitmentsPanel(m_ui->form);
    m_ui->formLayout->insertWidget(m_ui->formLayout->indexOf(m_ui->deliberationGroup) + 1, m_commitments);
    connect(m_commitments, &CommitmentsPanel::edited, this, [this](const QList<Commitment>& list, const QString& text) {
        Partner after = m_partner.value_or(Partner{});
        after.commitments = list;
        if (m_partner && showValidation(validate(after)) && update(*m_partner, after, text)) {
            m_partner = PartnerRepository(m_document->database()).findByUuid(after.uuid);
            m_commitments->setPartner(m_partner);
        }
    });
}

PartnerEditor::~PartnerEditor() = default;

void PartnerEditor::setContext(const Edition& edition, const QList<Territory>& territories)
{
    const LoadGuard guard(this);
    m_editionId = edition.id;
    m_editionTitle = edition.title;
    m_ui->signatureGroup->setTitle(tr("Signature of %1").arg(edition.title));
    m_commitments->setEdition(edition.id, edition.title);
    if (territories == m_territories)
        return;
    m_territories = territories;
    m_ui->territoriesList->clear();
    for (const auto& territory : territories) {
        auto* item = new QListWidgetItem(territory.name, m_ui->territoriesList);
        item->setData(Qt::UserRole, territory.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
}

void PartnerEditor::setPartner(const std::optional<Partner>& partner, const QStringList& referents,
                               const QString& missingReferent, Severity missingReferentSeverity)
{
    const LoadGuard guard(this);
    m_partner = partner;
    setProvenanceRecord(m_partner ? m_partner->uuid : QUuid(), m_partner ? m_partner->name : QString());
    const Partner p = partner.value_or(Partner{});
    m_ui->headerLabel->setText(p.acronym.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.acronym));
    setText(m_ui->nameEdit, p.name);
    setText(m_ui->acronymEdit, p.acronym);
    m_nameHistory->setNames(p.nameHistory);
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(static_cast<int>(p.category)));
    for (int i = 0; i < m_ui->territoriesList->count(); ++i) {
        auto* item = m_ui->territoriesList->item(i);
        item->setCheckState(p.territoryIds.contains(item->data(Qt::UserRole).value<Id>()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    }
    setPlainText(m_ui->notesEdit, p.notes);
    loadSignature(p.signatureFor(m_editionId));
    m_contributions->setPartner(document() ? &document()->database() : nullptr, p.id);

    // The way to name one, right there: a new person of the partner, a PTI referent, opened to be named.
    const QString add = QStringLiteral(" <a href=\"add-referent\">%1</a>").arg(tr("Add a referent…").toHtmlEscaped());
    if (!missingReferent.isEmpty())
        m_ui->referentsLabel->setText(
            QStringLiteral("<span style=\"color:%1\">⚠ %2</span>")
                .arg(readableText(missingReferentSeverity == Severity::Error ? QColor(0xa0, 0x00, 0x00)
                                                                             : QColor(0x8a, 0x5a, 0x00),
                                  QPalette::Window)
                         .name(),
                     missingReferent.toHtmlEscaped()) +
            add);
    else if (referents.isEmpty())
        m_ui->referentsLabel->setText(tr("PTI referents: none.").toHtmlEscaped() + add);
    else
        m_ui->referentsLabel->setText(
            tr("PTI referents: %1.").arg(referents.join(QStringLiteral(", "))).toHtmlEscaped() + add);
    m_ui->referentsLabel->setVisible(partner.has_value());

    showValidation({}, tallyWarnings());
    setFormEnabled(partner.has_value() && document() && document()->mayChange(Entity::Partner));
    m_commitments->setDocument(document());
    m_commitments->setPartner(m_partner);
    m_commitments->setEditable(partner.has_value() && document() && document()->mayChange(Entity::Partner));
    updateSignatureFields();
}

void PartnerEditor::loadSignature(const Signature* signature)
{
    const int status = signature ? static_cast<int>(signature->status) : NotSignatory;
    m_ui->signatureStatusCombo->setCurrentIndex(m_ui->signatureStatusCombo->findData(status));
    setOptionalDate(m_ui->signatureDateCheck, m_ui->signatureDateEdit, signature ? signature->date : QDate());
    setText(m_ui->signatoryNameEdit, signature ? signature->signatoryName : QString());
    setText(m_ui->signatoryFunctionEdit, signature ? signature->signatoryFunction : QString());
    loadDeliberation(signature ? signature->deliberation : std::nullopt);
    m_signatureProvenance->setDocument(document());
    m_signatureProvenance->setTarget(
        m_partner && signature && !signature->uuid.isNull()
            ? ProvenanceTarget::signature(m_partner->uuid, m_partner->name, signature->uuid, m_editionTitle)
            : ProvenanceTarget{});
}

void PartnerEditor::loadDeliberation(const std::optional<Deliberation>& deliberation)
{
    m_ui->deliberationGroup->setChecked(deliberation.has_value());
    const Deliberation d = deliberation.value_or(Deliberation{});
    setText(m_ui->bodyEdit, d.body);
    setOptionalDate(m_ui->meetingDateCheck, m_ui->meetingDateEdit, d.meetingDate);
    setOptionalDate(m_ui->convocationDateCheck, m_ui->convocationDateEdit, d.convocationDate);
    setText(m_ui->actIdentifierEdit, d.actIdentifier);
    setText(m_ui->chairEdit, d.chair);
    setText(m_ui->secretaryEdit, d.secretary);
    // A figure the act does not state shows as "not stated" (the spin box's minimum, -1).
    const auto show = [](QSpinBox* spin, const std::optional<int>& value) { spin->setValue(value.value_or(-1)); };
    show(m_ui->quorumSpin, d.quorum);
    show(m_ui->presentSpin, d.present);
    show(m_ui->proxiesSpin, d.proxies);
    show(m_ui->votersSpin, d.voters);
    show(m_ui->inFavourSpin, d.inFavour);
    show(m_ui->againstSpin, d.against);
    show(m_ui->abstentionsSpin, d.abstentions);
    show(m_ui->notVotingSpin, d.notVoting);
    setOptionalDate(m_ui->publicationDateCheck, m_ui->publicationDateEdit, d.publicationDate);
    setText(m_ui->transmissionNumberEdit, d.transmissionNumber);
    setOptionalDate(m_ui->transmissionDateCheck, m_ui->transmissionDateEdit, d.transmissionDate);
}

std::optional<Signature> PartnerEditor::collectSignature(const Signature* before) const
{
    const int status = m_ui->signatureStatusCombo->currentData().toInt();
    if (status == NotSignatory)
        return std::nullopt;
    Signature signature = before ? *before : Signature{};
    signature.editionId = m_editionId;
    signature.status = static_cast<SignatureStatus>(status);
    signature.date = optionalDate(m_ui->signatureDateCheck, m_ui->signatureDateEdit);
    signature.signatoryName = m_ui->signatoryNameEdit->text().trimmed();
    signature.signatoryFunction = m_ui->signatoryFunctionEdit->text().trimmed();
    if (m_ui->deliberationGroup->isChecked())
        signature.deliberation = collectDeliberation(signature.deliberation.value_or(Deliberation{}));
    else
        signature.deliberation.reset();
    return signature;
}

Deliberation PartnerEditor::collectDeliberation(Deliberation d) const
{
    d.body = m_ui->bodyEdit->text().trimmed();
    d.meetingDate = optionalDate(m_ui->meetingDateCheck, m_ui->meetingDateEdit);
    d.convocationDate = optionalDate(m_ui->convocationDateCheck, m_ui->convocationDateEdit);
    d.actIdentifier = m_ui->actIdentifierEdit->text().trimmed();
    d.chair = m_ui->chairEdit->text().trimmed();
    d.secretary = m_ui->secretaryEdit->text().trimmed();
    const auto read = [](const QSpinBox* spin) {
        return spin->value() < 0 ? std::nullopt : std::optional<int>(spin->value());
    };
    d.quorum = read(m_ui->quorumSpin);
    d.present = read(m_ui->presentSpin);
    d.proxies = read(m_ui->proxiesSpin);
    d.voters = read(m_ui->votersSpin);
    d.inFavour = read(m_ui->inFavourSpin);
    d.against = read(m_ui->againstSpin);
    d.abstentions = read(m_ui->abstentionsSpin);
    d.notVoting = read(m_ui->notVotingSpin);
    d.publicationDate = optionalDate(m_ui->publicationDateCheck, m_ui->publicationDateEdit);
    d.transmissionNumber = m_ui->transmissionNumberEdit->text().trimmed();
    d.transmissionDate = optionalDate(m_ui->transmissionDateCheck, m_ui->transmissionDateEdit);
    return d;
}

QStringList PartnerEditor::tallyWarnings() const
{
    if (!m_partner || m_ui->signatureStatusCombo->currentData().toInt() == NotSignatory ||
        !m_ui->deliberationGroup->isChecked())
        return {};
    return collectDeliberation({}).tallyProblems();
}

void PartnerEditor::showTally()
{
    if (!isLoading())
        showValidation({}, tallyWarnings());
}

void PartnerEditor::updateSignatureFields()
{
    const bool signatory = m_ui->signatureStatusCombo->currentData().toInt() != NotSignatory;
    m_ui->signatureDateCheck->setEnabled(signatory);
    m_ui->signatureDateEdit->setEnabled(signatory && m_ui->signatureDateCheck->isChecked());
    m_ui->signatoryNameEdit->setEnabled(signatory);
    m_ui->signatoryFunctionEdit->setEnabled(signatory);
    m_ui->deliberationGroup->setEnabled(signatory);
}

void PartnerEditor::commitFromForm()
{
    if (!isLoading() && document() && document()->mayChange(Entity::Partner))
        commit();
}

void PartnerEditor::selectName()
{
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    m_ui->nameEdit->selectAll();
}

void PartnerEditor::commit()
{
    if (!m_partner)
        return;
    Partner after = *m_partner;
    after.name = m_ui->nameEdit->text().trimmed();
    // The current name is the latest of the names over time: a name added or removed there renames the
    // partner, and the name corrected in its field corrects the latest of the history.
    after.nameHistory = m_nameHistory->names();
    if (after.nameHistory != m_partner->nameHistory && !after.nameHistory.isEmpty()) {
        after.name = after.nameHistory.constLast().name;
    } else if (after.nameHistory == m_partner->nameHistory && !after.nameHistory.isEmpty() &&
               after.name != m_partner->name && !after.name.isEmpty()) {
        after.nameHistory.last().name = after.name;
    }
    after.acronym = m_ui->acronymEdit->text().trimmed();
    after.category = static_cast<PartnerCategory>(m_ui->categoryCombo->currentData().toInt());
    after.territoryIds = checkedIds(m_ui->territoriesList, m_partner->territoryIds);
    after.notes = m_ui->notesEdit->toPlainText();
    // Only this edition's signature is touched: the others stay exactly as they are.
    qsizetype index = -1;
    for (qsizetype i = 0; i < after.signatures.size(); ++i) {
        if (after.signatures.at(i).editionId == m_editionId)
            index = i;
    }
    const auto signature = collectSignature(index >= 0 ? &m_partner->signatures.at(index) : nullptr);
    if (!signature && index >= 0)
        after.signatures.removeAt(index);
    else if (signature && index >= 0)
        after.signatures[index] = *signature;
    else if (signature)
        after.signatures.append(*signature);

    const QStringList warnings = tallyWarnings();
    if (after == *m_partner) {
        showValidation({}, warnings);
        return;
    }
    if (!showValidation(validate(after), warnings))
        return;
    if (update(*m_partner, after)) {
        m_partner = PartnerRepository(m_document->database()).findByUuid(after.uuid);
        const LoadGuard guard(this);
        setText(m_ui->nameEdit, after.name); // renamed by its names over time
    }
}

} // namespace pacte
