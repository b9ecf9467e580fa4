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

} // namespace pacte
