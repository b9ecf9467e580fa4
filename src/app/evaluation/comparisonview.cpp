#include "comparisonview.h"

#include "domain/evaluationsnapshot.h"
#include "domain/format.h"
#include "figuretable.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pacte {

namespace {

QString valueText(const std::optional<double>& value)
{
    return value ? formatNumber(*value) : QStringLiteral("—");
}

} // namespace

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("comparisonDetails"));
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(makeHeading(tr("Status changes"), m_details));
    m_statusChanges = makeFigureTable({tr("Action"), tr("From"), tr("To")}, QStringLiteral("statusChangesTable"),
                                      tr("Actions whose status changed"), m_details);
    details->addWidget(m_statusChanges);
    m_noStatusChange = addNote(QStringLiteral("statusChangesEmpty"));
    details->addWidget(m_noStatusChange);

    details->addWidget(makeHeading(tr("Indicators that moved"), m_details));
    m_indicatorMoves = makeFigureTable({tr("Indicator"), tr("Action"), tr("From"), tr("To")},
                                       QStringLiteral("indicatorMovesTable"), tr("Indicators that moved"), m_details);
    details->addWidget(m_indicatorMoves);
    m_noIndicatorMove = addNote(QStringLiteral("indicatorMovesEmpty"));
    details->addWidget(m_noIndicatorMove);

    details->addWidget(makeHeading(tr("Actions"), m_details));
    m_actions = addNote(QStringLiteral("actionChangesLabel"));
    details->addWidget(m_actions);

    details->addWidget(makeHeading(tr("Working groups"), m_details));
    m_newGroups = addNote(QStringLiteral("newGroupsLabel"));
    details->addWidget(m_newGroups);
    m_closedGroups = addNote(QStringLiteral("closedGroupsLabel"));
    details->addWidget(m_closedGroups);

    m_localPactsHeading = makeHeading(tr("Local pacts"), m_details);
    details->addWidget(m_localPactsHeading);
    m_localPacts = addNote(QStringLiteral("localPactChangesLabel"));
    details->addWidget(m_localPacts);
    layout->addWidget(m_details);
    layout->addStretch(1);
}

QLabel* ComparisonView::addNote(const QString& objectName)
{
    auto* label = new QLabel(m_details);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void ComparisonView::showComparison(const std::optional<EvaluationComparison>& comparison, int previousYear,
                                    bool previousFrozen)
{
    m_details->setVisible(comparison.has_value());
    if (!comparison) {
        m_summary->setText(tr("No previous year in this edition: the comparison starts with the second year."));
        refitInScrollArea(this);
        return;
    }
    const EvaluationComparison& c = *comparison;
    m_summary->setText(previousFrozen ? tr("Compared with %1, as frozen.").arg(previousYear)
                                      : tr("Compared with %1 (live figures: %1 is not frozen).").arg(previousYear));

    QList<QStringList> changes;
    for (const auto& change : c.statusChanges)
        changes.append({change.title, enumLabel(change.from), enumLabel(change.to)});
    setFigureRows(m_statusChanges, changes);
    m_noStatusChange->setVisible(changes.isEmpty());
    m_noStatusChange->setText(tr("No action changed status since %1.").arg(previousYear));

    QList<QStringList> moves;
    for (const auto& move : c.indicatorMoves)
        moves.append({move.name, move.actionTitle, valueText(move.from), valueText(move.to)});
    setFigureRows(m_indicatorMoves, moves, 2);
    m_noIndicatorMove->setVisible(moves.isEmpty());
    m_noIndicatorMove->setText(tr("No indicator's latest value moved since %1.").arg(previousYear));

    QStringList actions;
    if (!c.newActions.isEmpty())
        actions << tr("New: %1").arg(c.newActions.join(QStringLiteral(", ")));
    if (!c.removedActions.isEmpty())
        actions << tr("No longer there: %1").arg(c.removedActions.join(QStringLiteral(", ")));
    m_actions->setText(actions.isEmpty() ? tr("No action appeared or went since %1.").arg(previousYear)
                                         : actions.join(QLatin1Char('\n')));
    m_newGroups->setText(c.newGroups.isEmpty() ? tr("No new working group.")
                                               : tr("New: %1").arg(c.newGroups.join(QStringLiteral(", "))));
    m_closedGroups->setText(c.closedGroups.isEmpty() ? tr("No working group closed.")
                                                     : tr("Closed: %1").arg(c.closedGroups.join(QStringLiteral(", "))));
    QStringList pacts;
    for (const auto& move : c.localPactMoves) {
        QStringList parts;
        if (!move.newPriorities.isEmpty())
            parts << tr("new priorities: %1").arg(move.newPriorities.join(QStringLiteral(", ")));
        if (!move.droppedPriorities.isEmpty())
            parts << tr("priorities dropped: %1").arg(move.droppedPriorities.join(QStringLiteral(", ")));
        if (parts.isEmpty())
            parts << tr("the same priorities");
        parts << (move.reviewed ? tr("review of the year written") : tr("no review of the year"));
        parts << (move.reviewedBefore ? tr("one written for %1").arg(previousYear)
                                      : tr("none for %1").arg(previousYear));
        pacts << tr("%1: %2").arg(move.territory, parts.join(QStringLiteral("; ")));
    }
    m_localPactsHeading->setVisible(!pacts.isEmpty());
    m_localPacts->setVisible(!pacts.isEmpty());
    m_localPacts->setText(pacts.join(QLatin1Char('\n')));
    refitInScrollArea(this);
}

} // namespace pacte
