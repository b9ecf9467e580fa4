#include "document.h"

namespace pacte {

Document::Document(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{}

Document::~Document() = default;

void Document::notifyChanged(const QString& entity)
{
    emit changed(entity);
}

} // namespace pacte
