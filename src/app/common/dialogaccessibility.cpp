#include "dialogaccessibility.h"

#include "accessiblenames.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace pacte {

namespace {

class DialogAccessibility : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Show)
            return false;
        auto* dialog = qobject_cast<QDialog*>(watched);
        if (!dialog || !dialog->isWindow())
            return false;
        for (auto* edit : dialog->findChildren<QPlainTextEdit*>())
            edit->setTabChangesFocus(true);
        for (auto* edit : dialog->findChildren<QTextEdit*>())
            edit->setTabChangesFocus(true);
        nameFromBuddies(dialog);
        describeFields(dialog, Saving::OnConfirm);
        return false;
    }
};

} // namespace

void installDialogAccessibility()
{
    qApp->installEventFilter(new DialogAccessibility(qApp));
}

} // namespace pacte
