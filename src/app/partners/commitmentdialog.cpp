#include "commitmentdialog.h"

#include "storage/actionlist.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pacte {

namespace {

QListWidget* checkList(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setMinimumHeight(120);
    return list;
}

void addChoice(QListWidget* list, const QString& text, Id id, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setToolTip(text);
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QList<Id> checkedIds(const QListWidget* list)
{
    QList<Id> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).value<Id>());
    }
    return ids;
}

} // namespace

CommitmentDialog::CommitmentDialog(Database& db, const Commitment& commitment, QWidget* parent)
    : QDialog(parent)
    , m_commitment(commitment)
{
    setObjectName(QStringLiteral("commitmentDialog"));
    setWindowTitle(commitment.id == NoId && commitment.text.isEmpty() ? tr("New commitment") : tr("Commitment"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("commitmentTextEdit"));
    m_text->setAccessibleName(tr("What the signatory commits to"));
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(commitment.text);
    m_text->setMinimumHeight(80);
    auto* textLabel = new QLabel(tr("&Commitment"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);
    m_provenance = new QComboBox(this);
    m_provenance->setObjectName(QStringLiteral("commitmentProvenanceCombo"));
    for (const auto kind : enumValues<ProvenanceKind>())
        m_provenance->addItem(enumLabel(kind), static_cast<int>(kind));
    m_provenance->setCurrentIndex(m_provenance->findData(static_cast<int>(commitment.provenance.kind)));
    auto* provenanceLabel = new QLabel(tr("&Provenance"), this);
    provenanceLabel->setBuddy(m_provenance);
    form->addRow(provenanceLabel, m_provenance);
    m_source = new QLineEdit(commitment.provenance.source, this);
    m_source->setObjectName(QStringLiteral("commitmentSourceEdit"));
    m_source->setPlaceholderText(tr("Page or section of the pact"));
    auto* sourceLabel = new QLabel(tr("&Where in the pact"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, m_source);
    layout->addLayout(form);

    auto* grid = new QGridLayout;
    m_axes = checkList(QStringLiteral("commitmentAxesList"), tr("Axes served"), this);
    m_themes = checkList(QStringLiteral("commitmentThemesList"), tr("Themes served"), this);
    m_actions = checkList(QStringLiteral("commitmentActionsList"), tr("Actions served"), this);
    const QList<QPair<QString, QListWidget*>> lists{
        {tr("A&xes"), m_axes}, {tr("T&hemes"), m_themes}, {tr("Ac&tions"), m_actions}};
    for (int column = 0; column < lists.size(); ++column) {
        auto* label = new QLabel(lists.at(column).first, this);
        label->setBuddy(lists.at(column).second);
        grid->addWidget(label, 0, column);
        grid->addWidget(lists.at(column).second, 1, column);
    }
    layout->addLayout(grid, 1);
    fill(db);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("commitmentButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("commitmentOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommitmentDialog::updateOk);
    updateOk();
    resize(760, 520);
}

void CommitmentDialog::fill(Database& db)
{
    for (const auto& axis : AxisRepository(db).ofEdition(m_commitment.editionId)) {
        addChoice(m_axes, tr("Axis %1 — %2").arg(axis.number).arg(axis.title), axis.id,
                  m_commitment.axisIds.contains(axis.id));
        for (const auto& theme : axis.themes)
            addChoice(m_themes, QStringLiteral("%1 — %2").arg(axis.number).arg(theme.name), theme.id,
                      m_commitment.themeIds.contains(theme.id));
    }
    for (const auto& action : actionTitles(db, m_commitment.editionId))
        addChoice(m_actions, action.title, action.id, m_commitment.actionIds.contains(action.id));
}

void CommitmentDialog::updateOk()
{
    if (auto* buttons = findChild<QDialogButtonBox*>(QStringLiteral("commitmentButtons")))
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
}

Commitment CommitmentDialog::commitment() const
{
    Commitment c = m_commitment;
    c.text = m_text->toPlainText().trimmed();
    c.provenance.kind = static_cast<ProvenanceKind>(m_provenance->currentData().toInt());
    c.provenance.source = m_source->text().trimmed();
    c.axisIds = checkedIds(m_axes);
    c.themeIds = checkedIds(m_themes);
    c.actionIds = checkedIds(m_actions);
    return c;
}

} // namespace pacte
