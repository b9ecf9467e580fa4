#include "conflictdialog.h"

#include "domain/format.h"
#include "historydialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pacte {

namespace {

// Longer values are shortened in their cell; the tooltip shows more.
constexpr qsizetype CellLength = 300;
constexpr qsizetype ToolTipLength = 1000;

} // namespace

ConflictDialog::ConflictDialog(Situation situation, const QString& label, const QList<ConflictField>& fields,
                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    auto* layout = new QVBoxLayout(this);

    const QString name = shortened(label, 120).toHtmlEscaped();
    QString intro;
    QString note;
    QString yours;
    switch (situation) {
    case Situation::Edit:
        intro = tr("<b>\"%1\"</b> was changed by someone else since you opened it. Nothing was saved: choose the "
                   "version to keep.")
                    .arg(name);
        note = tr("\"Save my version\" replaces the values saved meanwhile by those of your screen, in every field "
                  "listed.");
        yours = tr("Your entry");
        break;
    case Situation::UndoRedo:
        intro = tr("<b>\"%1\"</b> was changed by someone else since: your undo or redo was not applied, so as not to "
                   "erase their change.")
                    .arg(name);
        note = tr("This step has left the history of changes.");
        yours = tr("Value of the step");
        break;
    case Situation::Deletion:
        intro = tr("<b>\"%1\"</b> was changed by someone else since you read it: nothing was deleted.").arg(name);
        note = tr("Read it as it is now, then delete it again if you still wish.");
        yours = tr("When you read it");
        break;
    }
    auto* introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("conflictIntro"));
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::RichText);
    layout->addWidget(introLabel);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Fields changed on both sides"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Saved meanwhile"), yours});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    fillTable(fields);
    // Long values wrap: their rows grow with the columns' width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableWidget::resizeRowsToContents);
    layout->addWidget(m_table, 1);

    auto* noteLabel = new QLabel(note, this);
    noteLabel->setObjectName(QStringLiteral("conflictNote"));
    noteLabel->setWordWrap(true);
    layout->addWidget(noteLabel);

    auto* buttons = new QDialogButtonBox(this);
    m_keepStored = buttons->addButton(tr("&Keep the saved version"), QDialogButtonBox::RejectRole);
    m_keepStored->setObjectName(QStringLiteral("keepStoredButton"));
    m_keepStored->setAccessibleName(tr("Keep the version saved meanwhile"));
    m_keepStored->setDefault(true);
    m_keepStored->setAutoDefault(true);
    if (situation == Situation::Edit) {
        m_keepMine = buttons->addButton(tr("&Save my version"), QDialogButtonBox::AcceptRole);
        m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
        m_keepMine->setAccessibleName(tr("Save my version over the one saved meanwhile"));
        m_keepMine->setAutoDefault(false);
        connect(m_keepMine, &QPushButton::clicked, this, [this] {
            m_choice = Choice::KeepMine;
            accept();
        });
    }
    // Escape, the window's close button and "keep" all keep the saved version.
    connect(m_keepStored, &QPushButton::clicked, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, [this] { m_choice = Choice::KeepStored; });
    layout->addWidget(buttons);

    resize(760, 220 + 36 * std::min<int>(static_cast<int>(fields.size()), 8));
    m_keepStored->setFocus(Qt::OtherFocusReason);
}

void ConflictDialog::fillTable(const QList<ConflictField>& fields)
{
    m_table->setRowCount(static_cast<int>(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const ConflictField& field = fields.at(row);
        const QString stored = displayValue(field.name, field.stored);
        const QString mine = displayValue(field.name, field.mine);
        auto* name = new QTableWidgetItem(fieldLabel(field.name));
        auto* storedItem = new QTableWidgetItem(stored.isEmpty() ? tr("(empty)") : shortened(stored, CellLength));
        auto* mineItem = new QTableWidgetItem(mine.isEmpty() ? tr("(empty)") : shortened(mine, CellLength));
        storedItem->setToolTip(shortened(stored, ToolTipLength));
        mineItem->setToolTip(shortened(mine, ToolTipLength));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, storedItem);
        m_table->setItem(row, 2, mineItem);
    }
    m_table->resizeRowsToContents();
}

ConflictDialog::Choice ConflictDialog::ask(QWidget* parent, const QString& label, const QList<ConflictField>& fields)
{
    ConflictDialog dialog(Situation::Edit, label, fields, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace pacte
