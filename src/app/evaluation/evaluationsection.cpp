#include "evaluationsection.h"

#include "app/common/columnwidths.h"
#include "app/common/syncrows.h"
#include "evaluationeditor.h"
#include "storage/repository.h"

#include <QMessageBox>
#include <QTableView>

namespace pacte {

namespace {

constexpr int StateColumn = 2;

QString stateText(const EvaluationRow& r)
{
    return r.damaged ? EvaluationSection::tr("frozen, figures unreadable")
                     : frozenStateText(r.frozen, r.frozenAt, r.frozenBy);
}

// Shorter than the kind's label ("intermediate (yearly)"): the list stays narrow.
QString kindText(EvaluationKind kind)
{
    return kind == EvaluationKind::Final ? EvaluationSection::tr("final") : EvaluationSection::tr("yearly");
}

} // namespace

EvaluationSection::EvaluationSection(QWidget* parent)
    : ListSection(QStringLiteral("evaluation"), parent)
    , m_cacheGuard(new QObject(this))
{
    setObjectName(QStringLiteral("evaluationSection"));
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new ListTableModel<EvaluationRow>(
        {{.header = tr("Year"),
          .display = [](const EvaluationRow& r) { return QVariant(QString::number(r.year)); },
          .sortKey = [](const EvaluationRow& r) { return QVariant(r.year * 10 + static_cast<int>(r.kind)); }},
         {.header = tr("Evaluation"),
          .display = [](const EvaluationRow& r) { return QVariant(kindText(r.kind)); },
          .sortKey = [](const EvaluationRow& r) { return QVariant(static_cast<int>(r.kind)); }},
         {.header = tr("State"),
          .display = [](const EvaluationRow& r) { return QVariant(stateText(r)); },
          .sortKey =
              [](const EvaluationRow& r) { return QVariant(r.frozen ? r.frozenAt.toMSecsSinceEpoch() : qint64(-1)); },
          .foreground =
              [](const EvaluationRow& r) { return r.frozen ? QVariant(QColor(0x0c, 0x2d, 0x57)) : QVariant(); },
          .toolTip = [](const EvaluationRow& r) { return QVariant(stateText(r)); }},
         {.header = tr("Actions"),
          .display = [](const EvaluationRow& r) { return QVariant(r.actions); },
          .alignment = right},
         {.header = tr("Carried out"),
          .display = [](const EvaluationRow& r) { return QVariant(r.carriedOut); },
          .alignment = right,
          .toolTip =
              [](const EvaluationRow&) { return QVariant(tr("Projects carried out: actions completed or running")); }},
         {.header = tr("Meetings held"),
          .display = [](const EvaluationRow& r) { return QVariant(r.meetingsHeld); },
          .alignment = right,
          .toolTip = [](const EvaluationRow&) { return QVariant(tr("Meetings held during the year")); }}},
        this);
    m_editor = new EvaluationEditor(this);
    setUp(m_model, m_editor, tr("No year of this edition has begun yet: the first evaluation comes at its start."));
    tableView()->setAccessibleName(tr("Evaluation years"));
}

void EvaluationSection::setDocument(Document* document)
{
    m_figures.invalidate();
    if (m_document)
        disconnect(m_document, nullptr, m_cacheGuard, nullptr);
    // Connected before ListSection's own handler, which reloads the rows: any change but an
    // assessment (or a freeze) can change the live figures.
    if (document) {
        connect(document, &Document::changed, m_cacheGuard, [this](Entity entity) {
            if (entity != Entity::Evaluation)
                m_figures.invalidate();
        });
    }
    m_editor->setDocument(document);
    ListSection::setDocument(document); // drops this section's connections to the previous document
    if (document)
        connect(document, &Document::changed, this, &EvaluationSection::onDocumentChanged);
}

void EvaluationSection::reloadRows()
{
    Database& db = m_document->database();
    const auto edition = EditionRepository(db).find(m_editionId);
    // Synchronised rather than reset: the selection stays, and the editor keeps the focus.
    // Hidden, the years are listed without their live counts (an edition load per year): they are
    // read when the section is shown.
    const bool visible = isVisible();
    syncRows(*m_model, edition ? m_figures.rows(db, *edition, visible) : QList<EvaluationRow>{});
    if (!visible)
        markStale();
    // A freeze lengthens the state ("frozen on … by …"): widen its column, after ListSection's own
    // first sizing, rather than clip it, then share the list's width again so that no column is
    // pushed out of view (the state reads whole in its tooltip).
    QMetaObject::invokeMethod(
        this,
        [this] {
            QTableView* table = tableView();
            const int before = table->columnWidth(StateColumn);
            table->resizeColumnToContents(StateColumn);
            table->setColumnWidth(StateColumn, std::max(before, std::min(table->columnWidth(StateColumn), 320)));
            shareColumnsInWidth(table);
        },
        Qt::QueuedConnection);
}

void EvaluationSection::showRecord(const QUuid& uuid)
{
    const EvaluationRow* row = m_model->rowAt(m_model->rowOf(uuid));
    if (!row || !m_document) {
        m_editor->setYear(std::nullopt);
        return;
    }
    Database& db = m_document->database();
    const auto edition = EditionRepository(db).find(m_editionId);
    if (!edition) {
        m_editor->setYear(std::nullopt);
        return;
    }
    m_editor->setYear(m_figures.year(db, *edition, row->year, row->kind));
}

void EvaluationSection::onDocumentChanged(Entity entity)
{
    // The rows were synchronised in place, so the table did not report a new current row.
    if (shownEntities().contains(entity))
        refreshEditor();
}

void EvaluationSection::refreshEditor()
{
    const QUuid selected = selectedUuid();
    if (!selected.isNull())
        showRecord(selected);
}

bool EvaluationSection::openItem(const QUuid& uuid)
{
    for (const auto& row : m_model->rows()) {
        if (!row.recordUuid.isNull() && row.recordUuid == uuid)
            return ListSection::openItem(row.uuid);
    }
    return ListSection::openItem(uuid);
}

void EvaluationSection::deleteSelectedItem()
{
    if (selectedUuid().isNull())
        return;
    QMessageBox::information(this, tr("Evaluations are kept"), deleteRecord(selectedUuid()).message);
}

EditResult EvaluationSection::deleteRecord(const QUuid& uuid)
{
    Q_UNUSED(uuid)
    return EditResult::refused(
        tr("An evaluation is not deleted: once its figures are frozen it is the record of the year. Its written "
           "assessments can be emptied in the Assessment tab."));
}

QString EvaluationSection::footerText() const
{
    int frozen = 0;
    for (const auto& row : m_model->rows())
        frozen += row.frozen ? 1 : 0;
    const int total = static_cast<int>(m_model->rows().size());
    return tr("%n evaluation(s)", nullptr, total) + QStringLiteral(" · ") + tr("%n frozen", nullptr, frozen);
}

} // namespace pacte
