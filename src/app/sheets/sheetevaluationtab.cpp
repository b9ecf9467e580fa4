#include "sheetevaluationtab.h"

#include "app/groups/groupevaluationpanel.h"
#include "editing/document.h"
#include "storage/editionloader.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QVBoxLayout>

namespace pacte {

SheetEvaluationTab::SheetEvaluationTab(Document* document, Id groupId, Id editionId, QWidget* parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_groupId(groupId)
    , m_editionId(editionId)
    , m_panel(new GroupEvaluationPanel)
{
    setObjectName(QStringLiteral("sheetEvaluationTab"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(this);
    auto* layout = new QVBoxLayout(inner);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    setWidget(inner);
    // The figures come from the group's meetings and actions: read again when they change.
    connect(m_document, &Document::changed, this, [this](Entity entity) {
        if (entity == Entity::Meeting || entity == Entity::Action || entity == Entity::WorkingGroup)
            reload();
    });
    reload();
}

SheetEvaluationTab::~SheetEvaluationTab() = default;

void SheetEvaluationTab::reload()
{
    Database& db = m_document->database();
    try {
        const EditionData context = loadEditionData(db, m_editionId);
        m_panel->showGroup(m_document, context, WorkingGroupRepository(db).find(m_groupId));
    } catch (const StorageError& error) {
        m_panel->showGroup(m_document, EditionData{}, std::nullopt);
        emit m_document->errorOccurred(error.message());
    }
}

} // namespace pacte
