#include "shortcutsdialog.h"

#include <algorithm>

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pacte::help {

namespace {

struct Row
{
    QString where;
    QString command;
    QString keys;
};

// A menu's or an action's name as read aloud: no mnemonic ampersand, no ellipsis, no tab column.
QString plain(QString text)
{
    text = text.section(QLatin1Char('\t'), 0, 0);
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString keysText(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& key : keys) {
        if (!key.isEmpty())
            texts << key.toString(QKeySequence::NativeText);
    }
    return texts.join(ShortcutsDialog::tr(" or "));
}

void collectMenu(const QMenu* menu, const QString& path, QList<Row>& rows)
{
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), path + QStringLiteral(" ▸ ") + plain(action->menu()->title()), rows);
            continue;
        }
        const QString keys = keysText(action->shortcuts());
        if (action->isSeparator() || keys.isEmpty())
            continue;
        // The icon text stays short where the text says more (Undo: rename the partner "…").
        rows.append({path, plain(action->iconText()), keys});
    }
}

QList<Row> fixedRows()
{
    const QString lists = ShortcutsDialog::tr("Lists");
    const QString forms = ShortcutsDialog::tr("Forms");
    return {
        {lists, ShortcutsDialog::tr("Open the selected item in its editor"), ShortcutsDialog::tr("Enter")},
        {lists, ShortcutsDialog::tr("Delete the selected item (asks first)"), ShortcutsDialog::tr("Delete")},
        {lists, ShortcutsDialog::tr("Move in the list"), ShortcutsDialog::tr("Arrows, Page Up, Page Down")},
        {forms, ShortcutsDialog::tr("Next field, previous field"), ShortcutsDialog::tr("Tab, Shift+Tab")},
        {forms, ShortcutsDialog::tr("Back to the list (the field is saved)"), ShortcutsDialog::tr("Escape")},
        {forms, ShortcutsDialog::tr("Tick or untick the current entry of a checklist"), ShortcutsDialog::tr("Space")},
        {forms, ShortcutsDialog::tr("Undo the typing in the field, then the last recorded change"),
         QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)},
        {forms, ShortcutsDialog::tr("Go to the field of an underlined label"), ShortcutsDialog::tr("Alt+letter")},
    };
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menuBar, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    QList<Row> rows;
    for (QAction* action : menuBar->actions()) {
        if (action->menu())
            collectMenu(action->menu(), plain(action->menu()->title()), rows);
    }
    rows.append(fixedRows());

    auto* table = new QTableWidget(static_cast<int>(rows.size()), 3, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Menu or place"), tr("Command"), tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).where));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).command));
        table->setItem(i, 2, new QTableWidgetItem(rows.at(i).keys));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    if (table->rowCount() > 0)
        table->setCurrentCell(0, 0);

    auto* intro = new QLabel(tr("Every command of the menus, and the keys of the lists and forms."), this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    int width = table->verticalScrollBar()->sizeHint().width() + 4 * table->frameWidth();
    for (int column = 0; column < table->columnCount(); ++column)
        width += table->columnWidth(column);
    resize(std::max(width + 24, 560), 560);
}

} // namespace pacte::help
