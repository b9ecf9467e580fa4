#include "dashboardtile.h"

#include <algorithm>

#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace pacte {

namespace {

QLabel* tileLabel(QWidget* parent, const QString& objectName, qreal pointScale, bool bold)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    // The button takes the clicks and the keyboard; the labels only show.
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * pointScale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

DashboardTile::DashboardTile(const QString& objectName, const QColor& accent, QWidget* parent)
    : QPushButton(parent)
    , m_accent(accent)
    , m_valueLabel(tileLabel(this, QStringLiteral("tileValue"), 1.8, true))
    , m_textLabel(tileLabel(this, QStringLiteral("tileLabel"), 1.0, false))
    , m_comparisonLabel(tileLabel(this, QStringLiteral("tileComparison"), 0.9, false))
{
    setObjectName(objectName);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_textLabel->setWordWrap(true);
    QPalette muted = m_comparisonLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_comparisonLabel->setPalette(muted);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 8, 6);
    layout->setSpacing(0);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_comparisonLabel);
    layout->addStretch(1);
}

void DashboardTile::setFigure(int value, const QString& label, const QString& comparison, const QString& toolTip)
{
    m_value = value;
    m_valueLabel->setText(QLocale().toString(value));
    m_textLabel->setText(label);
    m_comparisonLabel->setText(comparison);
    m_comparisonLabel->setVisible(!comparison.isEmpty());
    setAccessibleName(QStringLiteral("%1 %2").arg(QLocale().toString(value), label));
    setAccessibleDescription(comparison.isEmpty() ? toolTip : comparison + QStringLiteral(". ") + toolTip);
    setToolTip(toolTip);
    updateGeometry(); // the longest word of the label may ask for more width
}

QString DashboardTile::label() const
{
    return m_textLabel->text();
}

QString DashboardTile::comparison() const
{
    return m_comparisonLabel->text();
}

QSize DashboardTile::sizeHint() const
{
    const QSize minimum = minimumSizeHint();
    return {std::max(120, minimum.width()), minimum.height()};
}

QSize DashboardTile::minimumSizeHint() const
{
    // Wide enough for the label's longest word ("expérimentations"): words are not broken.
    const QFontMetrics text(m_textLabel->font());
    int longest = 0;
    for (const QString& word : m_textLabel->text().split(QLatin1Char(' ')))
        longest = std::max(longest, text.horizontalAdvance(word));
    const QMargins margins = layout()->contentsMargins();
    // Room for two lines of label and the comparison line, whether or not they are shown, so that
    // every tile of the row has the same height.
    const int height = 8 + QFontMetrics(m_valueLabel->font()).height() + 2 * text.lineSpacing() +
                       QFontMetrics(m_comparisonLabel->font()).lineSpacing() + 8;
    return {std::max(96, longest + margins.left() + margins.right() + 4), height};
}

void DashboardTile::paintEvent(QPaintEvent* event)
{
    QPushButton::paintEvent(event);
    // The colour of what the tile counts, as a band on its left edge (the same colour as in the charts).
    QPainter painter(this);
    painter.fillRect(QRect(3, 4, 4, height() - 8), m_accent);
}

} // namespace pacte
