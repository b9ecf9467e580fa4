#include "section.h"

#include "editing/document.h"

namespace pacte {

Section::Section(QWidget* parent)
    : QWidget(parent)
{}

void Section::setDocument(Document* document)
{
    m_document = document;
}

bool Section::mayChangeItems() const
{
    if (!m_document)
        return false;
    const auto entity = itemEntity();
    return entity ? m_document->mayChange(*entity) : !m_document->isReadOnly();
}

void Section::setEdition(Id editionId)
{
    m_editionId = editionId;
}

void Section::focusContent()
{
    for (QWidget* w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(this) && w->isEnabled()) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

} // namespace pacte
