#include "accessiblenames.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::AccessibleNames)
};

// How a widget of this kind is worked, or an empty string for a kind left to its name. A dialog's
// fields are kept when the dialog is confirmed, so their description does not speak of saving.
QString howToUse(const QWidget* widget, Saving saving)
{
    const bool atOnce = saving == Saving::AtOnce;
    if (qobject_cast<const QDateEdit*>(widget))
        return atOnce ? Tr::tr("Date, day/month/year: type it or change a part with the up and down arrows. Saved "
                               "when typed in full or when you leave the field.")
                      : Tr::tr("Date, day/month/year: type it or change a part with the up and down arrows.");
    if (qobject_cast<const QAbstractSpinBox*>(widget))
        return atOnce ? Tr::tr("Number: type it or change it with the up and down arrows. Saved when you leave the "
                               "field.")
                      : Tr::tr("Number: type it or change it with the up and down arrows.");
    if (const auto* line = qobject_cast<const QLineEdit*>(widget)) {
        if (line->isReadOnly())
            return Tr::tr("Read-only text.");
        return atOnce ? Tr::tr("Text field. Saved when you leave it or press Enter; Ctrl+Z undoes.")
                      : Tr::tr("Text field.");
    }
    if (qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget))
        return atOnce ? Tr::tr("Text on several lines. Tab goes to the next field; saved when you leave it.")
                      : Tr::tr("Text on several lines. Tab goes to the next field.");
    if (qobject_cast<const QComboBox*>(widget))
        return Tr::tr("Choice list: the up and down arrows choose, Alt+Down opens the list.");
    if (qobject_cast<const QListWidget*>(widget))
        return atOnce ? Tr::tr("Checklist: the arrows move, the space bar ticks or unticks. Saved at once.")
                      : Tr::tr("Checklist: the arrows move, the space bar ticks or unticks.");
    if (qobject_cast<const QCheckBox*>(widget) || qobject_cast<const QRadioButton*>(widget))
        return Tr::tr("The space bar ticks or unticks.");
    if (const auto* view = qobject_cast<const QAbstractItemView*>(widget)) {
        if (view->editTriggers() != QAbstractItemView::NoEditTriggers)
            return atOnce ? Tr::tr("Table: the arrows move, F2 or typing edits the cell, Enter saves it.")
                          : Tr::tr("Table: the arrows move, F2 or typing edits the cell.");
        return atOnce ? Tr::tr("List: the arrows move; Enter opens the selected item.")
                      : Tr::tr("List: the arrows move.");
    }
    if (qobject_cast<const QTabBar*>(widget))
        return Tr::tr("Tabs: the left and right arrows change tab.");
    return {};
}

// "&Territoires couverts :" → "Territoires couverts"; rich text read as plain text.
QString spokenLabel(const QLabel* label)
{
    QString text = Qt::mightBeRichText(label->text()) ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                                      : label->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text = text.simplified();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0x00a0)) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

} // namespace

void nameFromBuddies(QWidget* root)
{
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        QWidget* buddy = label->buddy();
        if (!buddy || !buddy->accessibleName().isEmpty())
            continue;
        const QString name = spokenLabel(label);
        if (!name.isEmpty())
            buddy->setAccessibleName(name);
    }
}

void describeFields(QWidget* root, Saving saving)
{
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->accessibleDescription().isEmpty() || widget->focusPolicy() == Qt::NoFocus ||
            qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) || qobject_cast<QComboBox*>(widget->parentWidget()))
            continue; // described already, or part of a spin box or a combo box, which is described

        const QString description = widget->toolTip().isEmpty() ? howToUse(widget, saving) : widget->toolTip();
        if (!description.isEmpty())
            widget->setAccessibleDescription(description);
    }
}

} // namespace pacte
