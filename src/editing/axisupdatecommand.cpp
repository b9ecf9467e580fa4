#include "axisupdatecommand.h"

#include "document.h"
#include "storage/repository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Commands)
};

bool containsTheme(const Axis& axis, Id themeId)
{
    return std::any_of(axis.themes.cbegin(), axis.themes.cend(), [&](const Theme& t) { return t.id == themeId; });
}

bool containsTemplate(const Axis& axis, Id templateId)
{
    for (const auto& theme : axis.themes) {
        for (const auto& indicatorTemplate : theme.templates) {
            if (indicatorTemplate.id == templateId)
                return true;
        }
    }
    return false;
}

} // namespace

AxisUpdateCommand::AxisUpdateCommand(Document& document, Axis before, Axis after, const QString& text)
    : DocumentCommand(document, text.isEmpty() ? Tr::tr("Edit \"%1\"").arg(after.title) : text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void AxisUpdateCommand::applyRedo()
{
    Database& db = m_document.database();
    db.ensureWritable();
    Transaction transaction(db);
    m_cleared.clear();
    m_provenance.clear();
    for (const auto& theme : std::as_const(m_before.themes)) {
        if (theme.id != NoId && !containsTheme(m_after, theme.id)) {
            const DeletionImpact impact = captureDeletion(db, Entity::Theme, theme.id);
            m_cleared.append(impact.nullified);
            m_provenance.append(impact.provenanceRows);
            continue;
        }
        // A template removed from a theme kept: the indicators made from it lose their link.
        for (const auto& indicatorTemplate : theme.templates) {
            if (indicatorTemplate.id != NoId && !containsTemplate(m_after, indicatorTemplate.id)) {
                const DeletionImpact impact =
                    captureDeletion(db, QStringLiteral("indicator_template"), indicatorTemplate.id);
                m_cleared.append(impact.nullified);
                m_provenance.append(impact.provenanceRows);
            }
        }
    }
    Axis copy = m_after;
    AxisRepository(db).update(copy, &m_before); // refused on a server when someone else changed it meanwhile
    transaction.commit();
    m_after = copy; // new themes got ids: redo gives them the same ones
    publish(Entity::Axis, {m_after.uuid}, ChangeKind::Updated);
    // Groups and actions that lost a theme must refresh too.
    publish(DeletionImpact{{}, m_cleared, {}}.clearedRecords(), ChangeKind::Updated);
}

void AxisUpdateCommand::applyUndo()
{
    Database& db = m_document.database();
    db.ensureWritable();
    Transaction transaction(db);
    Axis copy = m_before;
    AxisRepository(db).update(copy, &m_after); // removed themes come back with their ids; never over a later change
    if (!m_cleared.isEmpty() || !m_provenance.isEmpty())
        restoreDeletion(db, DeletionImpact{{}, m_cleared, m_provenance});
    transaction.commit();
    publish(Entity::Axis, {m_before.uuid}, ChangeKind::Updated);
    publish(DeletionImpact{{}, m_cleared, {}}.clearedRecords(), ChangeKind::Updated);
}

} // namespace pacte
