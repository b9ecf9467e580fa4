#include "section.h"

namespace pacte {

Section::Section(QWidget* parent)
    : QWidget(parent)
{}

void Section::setDocument(Document* document)
{
    m_document = document;
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
