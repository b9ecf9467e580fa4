#include "renewaldialog.h"

#include "app/common/readablecolour.h"
#include "domain/format.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pacte {

namespace {

constexpr int UuidRole = Qt::UserRole;
constexpr int GroupRole = Qt::UserRole + 1;

QTreeWidgetItem* addCategory(QTreeWidget* tree, const QString& objectName)
{
    auto* item = new QTreeWidgetItem(tree);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    item->setData(0, Qt::UserRole + 2, objectName);
    item->setExpanded(true);
    item->setFirstColumnSpanned(true); // the category's title, with its counts, across the detail column
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    return item;
}

QTreeWidgetItem* addChoice(QTreeWidgetItem* parent, const QString& text, const QString& detail, const QUuid& uuid)
{
    auto* item = new QTreeWidgetItem(parent, {text, detail});
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Checked);
    item->setToolTip(0, text); // an axis's title is long
    item->setData(0, UuidRole, uuid);
    return item;
}

QSet<QUuid> checkedUuids(const QTreeWidgetItem* category)
{
    QSet<QUuid> uuids;
    for (int i = 0; i < category->childCount(); ++i) {
        const auto* item = category->child(i);
        if (item->checkState(0) == Qt::Checked && !item->isDisabled())
            uuids.insert(item->data(0, UuidRole).toUuid());
    }
    return uuids;
}

} // namespace

RenewalDialog::RenewalDialog(Database& db, Id sourceEditionId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("renewalDialog"));
    setWindowTitle(tr("New edition from an earlier one"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->setObjectName(QStringLiteral("renewalSourceCombo"));
    for (const auto& edition : EditionRepository(db).all())
        m_sourceCombo->addItem(edition.title, QVariant::fromValue<qint64>(edition.id));
    m_sourceCombo->setCurrentIndex(std::max(0, m_sourceCombo->findData(QVariant::fromValue<qint64>(sourceEditionId))));
    form->addRow(tr("&Renew"), m_sourceCombo);
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("renewalTitleEdit"));
    form->addRow(tr("&Title of the new edition"), m_titleEdit);
    m_startEdit = new QDateEdit(this);
    m_startEdit->setObjectName(QStringLiteral("renewalStartEdit"));
    m_endEdit = new QDateEdit(this);
    m_endEdit->setObjectName(QStringLiteral("renewalEndEdit"));
    for (auto* edit : {m_startEdit, m_endEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    form->addRow(tr("&Start"), m_startEdit);
    form->addRow(tr("&End"), m_endEdit);
    layout->addLayout(form);

    auto* intro = new QLabel(tr("Carried over into the new edition (untick what does not go on):"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("renewalTree"));
    m_tree->setAccessibleName(tr("Records carried over into the new edition"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Record"), tr("Detail")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setMinimumSize(560, 300);
    layout->addWidget(m_tree, 1);
    m_freezeCheck = new QCheckBox(this);
    m_freezeCheck->setObjectName(QStringLiteral("renewalFreezeCheck"));
    layout->addWidget(m_freezeCheck);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("renewalSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    m_validationLabel = new QLabel(this);
    m_validationLabel->setObjectName(QStringLiteral("renewalValidationLabel"));
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(readableText(QColor(0xa0, 0x00, 0x00), QPalette::Window).name()));
    m_validationLabel->hide();
    layout->addWidget(m_validationLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the edition"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("renewalOkButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RenewalDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        loadSource();
        suggestEdition();
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        if (m_updating)
            return;
        if (item->parent() == m_groupsItem || item == m_groupsItem)
            updateActions();
        updateSummary();
    });
    connect(m_freezeCheck, &QCheckBox::toggled, this, &RenewalDialog::updateSummary);
    loadSource();
    suggestEdition();
    resize(760, 600);
}

void RenewalDialog::loadSource()
{
    m_updating = true;
    m_tree->clear();
    try {
        m_candidates = renewalCandidates(m_db, m_sourceCombo->currentData().toLongLong());
    } catch (const StorageError& error) {
        m_candidates = {};
        m_validationLabel->setText(error.message());
        m_validationLabel->show();
    }
    const auto& c = m_candidates;
    m_axesItem = addCategory(m_tree, QStringLiteral("axes"));
    for (const auto& axis : c.axes)
        addChoice(m_axesItem, tr("%1. %2").arg(axis.number).arg(axis.title),
                  tr("%n theme(s)", nullptr, static_cast<int>(axis.themes.size())), axis.uuid);
    m_partnersItem = addCategory(m_tree, QStringLiteral("partners"));
    for (const auto& partner : c.partners) {
        const Signature* signature = partner.signatureFor(c.source.id);
        addChoice(m_partnersItem, partner.name,
                  signature ? tr("%1 in %2").arg(enumLabel(signature->status), c.source.title) : QString(),
                  partner.uuid);
    }
    QHash<Id, QString> groupNames;
    m_groupsItem = addCategory(m_tree, QStringLiteral("groups"));
    for (const auto& group : c.groups) {
        groupNames.insert(group.id, group.name);
        auto* item = addChoice(m_groupsItem, group.name, QString(), group.uuid);
        item->setData(0, GroupRole, group.uuid);
    }
    m_actionsItem = addCategory(m_tree, QStringLiteral("actions"));
    QHash<Id, QUuid> groupUuids;
    for (const auto& group : c.groups)
        groupUuids.insert(group.id, group.uuid);
    for (const auto& action : c.actions) {
        auto* item =
            addChoice(m_actionsItem, action.title,
                      tr("%1, group %2").arg(enumLabel(action.status), groupNames.value(action.groupId)), action.uuid);
        item->setData(0, GroupRole, groupUuids.value(action.groupId));
    }
    for (auto* category : {m_axesItem, m_partnersItem, m_groupsItem, m_actionsItem}) {
        category->setExpanded(category != m_partnersItem); // the partners' list is long
        if (category->childCount() == 0)
            category->setCheckState(0, Qt::Unchecked);
    }
    m_freezeCheck->setChecked(c.canFreezeFinal);
    m_freezeCheck->setEnabled(c.canFreezeFinal);
    m_freezeCheck->setText(
        c.finalFrozen ? tr("The final evaluation of %1 (%2) is already frozen.").arg(c.source.title).arg(c.finalYear)
        : c.canFreezeFinal
            ? tr("&Freeze the figures of %1 as the final evaluation of %2").arg(c.finalYear).arg(c.source.title)
            : tr("The final evaluation of %1 (%2) cannot be frozen yet: the year has not begun.")
                  .arg(c.source.title)
                  .arg(c.finalYear));
    m_updating = false;
    updateActions();
    updateSummary();
}

void RenewalDialog::suggestEdition()
{
    const Edition& source = m_candidates.source;
    if (!source.endDate.isValid())
        return;
    const int first = source.endDate.year() + 1;
    const int last = first + std::max(0, source.lastYear() - source.firstYear());
    m_titleEdit->setText(QStringLiteral("PTI %1-%2").arg(first).arg(last));
    m_startEdit->setDate(source.endDate.addDays(1));
    m_endEdit->setDate(QDate(last, 12, 31));
}

// An action goes only with its group: it is greyed out when its group is unticked.
void RenewalDialog::updateActions()
{
    const QSet<QUuid> groups = checkedUuids(m_groupsItem);
    m_updating = true;
    for (int i = 0; i < m_actionsItem->childCount(); ++i) {
        auto* item = m_actionsItem->child(i);
        item->setDisabled(!groups.contains(item->data(0, GroupRole).toUuid()));
    }
    m_updating = false;
}

void RenewalDialog::updateSummary()
{
    const RenewalChoice chosen = choice();
    m_axesItem->setText(
        0, tr("Axes and themes, to edit (%1 of %2)").arg(chosen.axes.size()).arg(m_candidates.axes.size()));
    m_partnersItem->setText(0, tr("Partners, as signatories to be: signature pending (%1 of %2)")
                                   .arg(chosen.partners.size())
                                   .arg(m_candidates.partners.size()));
    m_groupsItem->setText(0, tr("Working groups still active, with their pilot and co-pilot (%1 of %2)")
                                 .arg(chosen.groups.size())
                                 .arg(m_candidates.groups.size()));
    m_actionsItem->setText(0, tr("Actions not finished (projet, en cours), carried on (%1 of %2)")
                                  .arg(chosen.actions.size())
                                  .arg(m_candidates.actions.size()));
    m_summaryLabel->setText(tr("To be created: the edition, %1, %2, %3 and %4.")
                                .arg(tr("%n axis(es)", nullptr, static_cast<int>(chosen.axes.size())),
                                     tr("%n partner(s) to sign", nullptr, static_cast<int>(chosen.partners.size())),
                                     tr("%n working group(s)", nullptr, static_cast<int>(chosen.groups.size())),
                                     tr("%n action(s) carried on", nullptr, static_cast<int>(chosen.actions.size()))));
}

RenewalChoice RenewalDialog::choice() const
{
    RenewalChoice c;
    c.axes = checkedUuids(m_axesItem);
    c.partners = checkedUuids(m_partnersItem);
    c.groups = checkedUuids(m_groupsItem);
    c.actions = checkedUuids(m_actionsItem);
    c.freezeFinal = m_freezeCheck->isChecked();
    return c;
}

void RenewalDialog::tryAccept()
{
    Edition edition;
    edition.title = m_titleEdit->text().simplified();
    edition.startDate = m_startEdit->date();
    edition.endDate = m_endEdit->date();
    try {
        m_records = planRenewal(m_db, m_candidates, edition, choice());
    } catch (const StorageError& error) {
        m_validationLabel->setText(error.message());
        m_validationLabel->show();
        return;
    }
    accept();
}

} // namespace pacte
