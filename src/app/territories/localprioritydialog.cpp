#include "localprioritydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pacte {

namespace {

QListWidget* checkList(QWidget* parent, const char* name, const QString& accessibleName)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setAccessibleName(accessibleName);
    list->setMinimumHeight(90);
    return list;
}

void addItem(QListWidget* list, const QString& text, Id id, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QList<Id> checkedIds(const QListWidget* list)
{
    QList<Id> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

} // namespace

LocalPriorityDialog::LocalPriorityDialog(const EditionData& context, const LocalPriority& priority, QWidget* parent)
    : QDialog(parent)
    , m_priority(priority)
    , m_titleEdit(new QLineEdit(priority.title, this))
    , m_descriptionEdit(new QPlainTextEdit(priority.description, this))
    , m_axesList(checkList(this, "priorityAxesList", tr("Axes the priority serves")))
    , m_themesList(checkList(this, "priorityThemesList", tr("Themes the priority serves")))
    , m_groupsList(checkList(this, "priorityGroupsList", tr("Working groups that carry the priority")))
    , m_actionsList(checkList(this, "priorityActionsList", tr("Actions that carry the priority")))
{
    setObjectName(QStringLiteral("localPriorityDialog"));
    setWindowTitle(priority.title.isEmpty() ? tr("New priority") : tr("Priority"));
    m_titleEdit->setObjectName(QStringLiteral("priorityTitleEdit"));
    m_titleEdit->setAccessibleName(tr("Title of the priority"));
    m_descriptionEdit->setObjectName(QStringLiteral("priorityDescriptionEdit"));
    m_descriptionEdit->setAccessibleName(tr("Description of the priority"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setMaximumHeight(90);

    for (const auto& axis : context.axes) {
        addItem(m_axesList, tr("Axis %1: %2").arg(axis.number).arg(axis.title), axis.id,
                priority.axisIds.contains(axis.id));
        for (const auto& theme : axis.themes)
            addItem(m_themesList, theme.name, theme.id, priority.themeIds.contains(theme.id));
    }
    for (const auto& group : context.groups)
        addItem(m_groupsList, context.groupLabel(group), group.id, priority.groupIds.contains(group.id));
    for (const auto& action : context.sheets())
        addItem(m_actionsList, action.title, action.id, priority.actionIds.contains(action.id));

    auto* form = new QFormLayout;
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* caption = new QLabel(text, this);
        caption->setBuddy(buddy);
        return caption;
    };
    form->addRow(label(tr("&Title:"), m_titleEdit), m_titleEdit);
    form->addRow(label(tr("&Description:"), m_descriptionEdit), m_descriptionEdit);
    auto* links = new QGridLayout;
    links->addWidget(label(tr("What it serves: &axes"), m_axesList), 0, 0);
    links->addWidget(label(tr("and t&hemes"), m_themesList), 0, 1);
    links->addWidget(m_axesList, 1, 0);
    links->addWidget(m_themesList, 1, 1);
    links->addWidget(label(tr("What carries it: &working groups"), m_groupsList), 2, 0);
    links->addWidget(label(tr("and a&ctions"), m_actionsList), 2, 1);
    links->addWidget(m_groupsList, 3, 0);
    links->addWidget(m_actionsList, 3, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("priorityButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(links);
    layout->addWidget(buttons);
    resize(720, 520);
}

LocalPriority LocalPriorityDialog::priority() const
{
    LocalPriority result = m_priority;
    result.title = m_titleEdit->text().trimmed();
    result.description = m_descriptionEdit->toPlainText();
    result.axisIds = checkedIds(m_axesList);
    result.themeIds = checkedIds(m_themesList);
    result.groupIds = checkedIds(m_groupsList);
    result.actionIds = checkedIds(m_actionsList);
    return result;
}

void LocalPriorityDialog::accept()
{
    if (m_titleEdit->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Give the priority a title."));
        m_titleEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace pacte
