#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace pacte {

namespace {

class WheelGuard final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (event->type() != QEvent::Wheel || !widget || widget->hasFocus())
            return QObject::eventFilter(watched, event);
        // Ignored, the event goes on to the parents: the scroll area scrolls.
        event->ignore();
        return true;
    }
};

} // namespace

void guardWheel(QWidget* form)
{
    auto* guard = new WheelGuard(form);
    QList<QWidget*> widgets;
    for (auto* combo : form->findChildren<QComboBox*>())
        widgets.append(combo);
    for (auto* spin : form->findChildren<QAbstractSpinBox*>())
        widgets.append(spin);
    for (auto* widget : std::as_const(widgets)) {
        widget->setFocusPolicy(Qt::StrongFocus);
        widget->installEventFilter(guard);
    }
}

} // namespace pacte
