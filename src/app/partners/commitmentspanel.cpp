#include "commitmentspanel.h"

#include "app/common/readablecolour.h"
#include "commitmentdialog.h"
#include "editing/document.h"
#include "storage/labels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pacte {

CommitmentsPanel::CommitmentsPanel(QWidget* parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("commitmentsPanel"));
    auto* layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("commitmentsList"));
    m_list->setAccessibleName(tr("Commitments of the partner"));
    m_list->setWordWrap(true);
    // Each commitment runs over several lines: alternate shades tell them apart.
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setMinimumHeight(90);
    layout->addWidget(m_list);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("commitmentsHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: %1;").arg(mutedText(palette()).name()));
    layout->addWidget(m_hint);
    auto* buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("Add a commitment…"), this);
    m_addButton->setObjectName(QStringLiteral("addCommitmentButton"));
    m_editButton = new QPushButton(tr("Change…"), this);
    m_editButton->setObjectName(QStringLiteral("editCommitmentButton"));
    m_editButton->setAccessibleName(tr("Change the commitment"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeCommitmentButton"));
    m_removeButton->setAccessibleName(tr("Remove the commitment"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        Commitment c;
        c.editionId = m_editionId;
        openDialog(c, -1);
    });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (const qsizetype index = currentIndex(); index >= 0)
            openDialog(m_partner->commitments.at(index), index);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_editable)
            m_editButton->click();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &CommitmentsPanel::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &CommitmentsPanel::updateButtons);
}

void CommitmentsPanel::setEdition(Id editionId, const QString& title)
{
    m_editionId = editionId;
    setTitle(tr("Commitments in %1").arg(title));
    showCommitments();
}

void CommitmentsPanel::setPartner(const std::optional<Partner>& partner)
{
    m_partner = partner;
    showCommitments();
}

void CommitmentsPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

bool CommitmentsPanel::signatory() const
{
    const Signature* signature = m_partner ? m_partner->signatureFor(m_editionId) : nullptr;
    return signature && signature->status != SignatureStatus::Declined;
}

void CommitmentsPanel::showCommitments()
{
    const int row = m_list->currentRow();
    m_list->clear();
    m_rows.clear();
    if (m_partner && m_document) {
        Labels labels(m_document->database());
        for (qsizetype i = 0; i < m_partner->commitments.size(); ++i) {
            const Commitment& c = m_partner->commitments.at(i);
            if (c.editionId != m_editionId)
                continue;
            QStringList lines{c.text};
            const auto add = [&lines](const QString& caption, const QString& names) {
                if (!names.isEmpty())
                    lines << caption.arg(names);
            };
            add(tr("Axes: %1"), labels.names(Entity::Axis, c.axisIds));
            add(tr("Themes: %1"), labels.names(Entity::Theme, c.themeIds));
            add(tr("Actions: %1"), labels.names(Entity::Action, c.actionIds));
            if (!c.provenance.isDefault())
                lines << c.provenance.summary();
            auto* item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_list);
            item->setToolTip(lines.join(QLatin1Char('\n')));
            m_rows.append(i);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(qBound(0, row, m_list->count() - 1));
    if (!m_partner)
        m_hint->clear();
    else if (!signatory())
        m_hint->setText(tr("A commitment belongs to a signatory: record the partner's signature of this edition "
                           "first."));
    else if (m_list->count() == 0)
        m_hint->setText(tr("No commitment recorded in this edition."));
    else
        m_hint->clear();
    m_hint->setVisible(!m_hint->text().isEmpty());
    updateButtons();
}

void CommitmentsPanel::updateButtons()
{
    const bool editable = m_editable && m_partner.has_value();
    m_addButton->setEnabled(editable && signatory());
    m_editButton->setEnabled(editable && currentIndex() >= 0);
    m_removeButton->setEnabled(editable && currentIndex() >= 0);
}

qsizetype CommitmentsPanel::currentIndex() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : -1;
}

void CommitmentsPanel::openDialog(const Commitment& commitment, qsizetype index)
{
    if (!m_partner || !m_document)
        return;
    auto* dialog = new CommitmentDialog(m_document->database(), commitment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid partner = m_partner->uuid;
    connect(dialog, &QDialog::accepted, this, [this, dialog, index, partner] {
        if (!m_partner || m_partner->uuid != partner)
            return;
        QList<Commitment> commitments = m_partner->commitments;
        const Commitment changed = dialog->commitment();
        if (index < 0) {
            commitments.append(changed);
            emit edited(commitments, tr("Add a commitment of %1").arg(m_partner->displayName()));
        } else if (index < commitments.size() && commitments.at(index) != changed) {
            commitments[index] = changed;
            emit edited(commitments, tr("Change a commitment of %1").arg(m_partner->displayName()));
        }
    });
    dialog->open();
}

void CommitmentsPanel::removeCurrent()
{
    const qsizetype index = currentIndex();
    if (!m_partner || index < 0)
        return;
    QList<Commitment> commitments = m_partner->commitments;
    commitments.removeAt(index);
    emit edited(commitments, tr("Remove a commitment of %1").arg(m_partner->displayName()));
}

} // namespace pacte
