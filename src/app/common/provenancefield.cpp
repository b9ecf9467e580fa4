#include "provenancefield.h"

#include "domain/format.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/changelog.h"
#include "storage/provenancestore.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pacte {

ProvenanceField::ProvenanceField(Entity entity, QWidget* parent)
    : QWidget(parent)
    , m_entity(entity)
    , m_caption(tr("Provenance: %1"))
{
    setObjectName(QStringLiteral("provenanceField"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("provenanceLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_button = new QPushButton(tr("Provenance…"), this);
    m_button->setObjectName(QStringLiteral("provenanceButton"));
    m_button->setAccessibleName(tr("Where this record comes from"));
    m_button->setToolTip(tr("Say whether this record is quoted from the pact, deduced, illustrative or entered."));
    layout->addWidget(m_button);
    layout->addWidget(m_text, 1);
    connect(m_button, &QPushButton::clicked, this, &ProvenanceField::edit);
    setRecord({}, {});
}

void ProvenanceField::setDocument(Document* document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::changed, this,
                [this](Entity entity, const QList<QUuid>& uuids, ChangeKind kind) {
                    if (entity == m_target.owner && !m_target.isNull() &&
                        (kind == ChangeKind::Reset || uuids.contains(m_target.ownerUuid)))
                        refresh();
                });
    refresh();
}

void ProvenanceField::setRecord(const QUuid& uuid, const QString& label)
{
    setTarget(uuid.isNull() ? ProvenanceTarget{} : ProvenanceTarget::record(m_entity, uuid, label));
}

void ProvenanceField::setTarget(const ProvenanceTarget& target)
{
    m_target = target;
    refresh();
}

void ProvenanceField::setCaption(const QString& caption)
{
    m_caption = caption;
    refresh();
}

QWidget* ProvenanceField::button() const
{
    return m_button;
}

void ProvenanceField::setNamePrefix(const QString& prefix)
{
    setObjectName(prefix + QStringLiteral("ProvenanceField"));
    m_button->setObjectName(prefix + QStringLiteral("ProvenanceButton"));
    m_text->setObjectName(prefix + QStringLiteral("ProvenanceLabel"));
}

void ProvenanceField::refresh()
{
    m_provenance = {};
    QString text;
    QString tip;
    if (m_document && !m_target.isNull()) {
        try {
            m_provenance = ProvenanceStore(m_document->database()).get(m_target.uuid);
            if (m_provenance.isDefault() && m_target.ownerUuid != m_target.uuid) {
                // Logged in another record's history, whose first row is not this record's entry.
                text = enumLabel(ProvenanceKind::Entered);
            } else if (m_provenance.isDefault()) {
                // Entered: who and when, from the change log's first row of the record.
                const auto entries = ChangeLog(m_document->database()).forEntity(m_target.uuid);
                if (!entries.isEmpty()) {
                    const ChangeEntry& first = entries.constLast(); // newest first
                    text = first.userName.isEmpty()
                               ? tr("Entered on %1").arg(formatDateTime(first.changedAt))
                               : tr("Entered by %1 on %2").arg(first.userName, formatDateTime(first.changedAt));
                } else {
                    text = enumLabel(ProvenanceKind::Entered);
                }
            } else {
                // The kind and the source on the line; the note, which can be long, in the tooltip.
                text = m_provenance.source.isEmpty()
                           ? enumLabel(m_provenance.kind)
                           : QStringLiteral("%1 (%2)").arg(enumLabel(m_provenance.kind), m_provenance.source);
                tip = m_provenance.summary();
            }
        } catch (const StorageError& error) {
            text = error.message();
        }
    }
    m_text->setText(text.isEmpty() ? QString() : QString(m_caption).arg(text));
    m_text->setToolTip(tip.isEmpty() ? text : tip);
    m_text->setAccessibleName(m_text->text());
    m_button->setEnabled(m_document && !m_target.isNull() && m_document->mayChange(m_target.owner));
    // An illustrative record stands out: it must not be read as a fact.
    m_text->setStyleSheet(m_provenance.kind == ProvenanceKind::Illustrative
                              ? QStringLiteral("color: #9a3412; font-weight: bold;")
                              : QString());
}

void ProvenanceField::edit()
{
    if (!m_document || m_target.isNull())
        return;
    ProvenanceDialog dialog(m_target.label, m_provenance, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const EditResult result = edit::setProvenance(*m_document, m_target, dialog.provenance());
    if (!result.ok())
        QMessageBox::warning(this, tr("Provenance"), result.message);
    refresh();
}

ProvenanceDialog::ProvenanceDialog(const QString& label, const Provenance& provenance, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("provenanceDialog"));
    setWindowTitle(tr("Provenance of \"%1\"").arg(label));
    auto* intro = new QLabel(tr("Where does this record come from? A figure is quoted from the pact, deduced from "
                                "it, illustrative (invented for an example) or entered. Reports built on illustrative "
                                "records say so on their cover and charts."),
                             this);
    intro->setWordWrap(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("provenanceKindCombo"));
    for (ProvenanceKind kind : enumValues<ProvenanceKind>())
        m_kind->addItem(enumLabel(kind), QVariant::fromValue(static_cast<int>(kind)));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(provenance.kind)));
    m_source = new QLineEdit(provenance.source, this);
    m_source->setObjectName(QStringLiteral("provenanceSourceEdit"));
    m_source->setPlaceholderText(tr("Page or section of the pact, document"));
    m_source->setCursorPosition(0);
    m_note = new QPlainTextEdit(provenance.note, this);
    m_note->setObjectName(QStringLiteral("provenanceNoteEdit"));
    m_note->setPlaceholderText(tr("Why it is deduced, what is illustrative"));
    m_note->setTabChangesFocus(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 320);
}

Provenance ProvenanceDialog::provenance() const
{
    Provenance provenance;
    provenance.kind = static_cast<ProvenanceKind>(m_kind->currentData().toInt());
    provenance.source = m_source->text().trimmed();
    provenance.note = m_note->toPlainText().trimmed();
    return provenance;
}

} // namespace pacte
