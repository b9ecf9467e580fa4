#include "contraststyle.h"

#include "readablecolour.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace pacte {

namespace {

bool needsOutline(const QStyle* base, const QPalette& palette)
{
    return base->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0 && isDark(palette);
}

} // namespace

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                  const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if ((element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton) ||
        !needsOutline(baseStyle(), option->palette))
        return;
    // The same geometry as Fusion's own outline, drawn over it.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    const bool focused = (option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange);
    painter->setPen(QPen(focused ? option->palette.color(QPalette::Highlight) : controlOutline(option->palette), 1));
    if (element == PE_IndicatorCheckBox) {
        painter->translate(0.5, 0.5);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    } else {
        // A thin antialiased circle never reaches its colour: a pen and a half does.
        painter->setPen(QPen(painter->pen().color(), 1.5));
        painter->drawEllipse(QRectF(option->rect).adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

void installContrastStyle()
{
    const QString name = QApplication::style()->name();
    QStyle* base = QStyleFactory::create(name);
    QApplication::setStyle(new ContrastStyle(base));
}

} // namespace pacte
