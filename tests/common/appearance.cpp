#include "appearance.h"

#include <QApplication>

namespace pacte::test {

QPalette darkPalette()
{
    // The colours of Breeze Dark, a common dark desktop theme.
    QPalette palette;
    const QColor window(0x20, 0x23, 0x26);
    const QColor base(0x14, 0x16, 0x18);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor button(0x29, 0x2c, 0x30);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x40, 0x44, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3c));
    palette.setColor(QPalette::Mid, QColor(0x1c, 0x1e, 0x21));
    palette.setColor(QPalette::Dark, QColor(0x10, 0x11, 0x13));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    palette.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x71, 0x75));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x71, 0x75));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x71, 0x75));
    return palette;
}

DarkPalette::DarkPalette()
    : m_previous(QApplication::palette())
{
    QApplication::setPalette(darkPalette());
}

DarkPalette::~DarkPalette()
{
    QApplication::setPalette(m_previous);
}

LargeText::LargeText(double factor)
    : m_previous(QApplication::font())
{
    QFont font = m_previous;
    font.setPointSizeF(font.pointSizeF() * factor);
    QApplication::setFont(font);
}

LargeText::~LargeText()
{
    QApplication::setFont(m_previous);
}

} // namespace pacte::test
