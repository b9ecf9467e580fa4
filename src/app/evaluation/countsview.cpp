#include "countsview.h"

#include "domain/evaluationsnapshot.h"
#include "figuretable.h"

#include <QGridLayout>
#include <QLabel>
#include <QTableWidget>

namespace pacte {

namespace {

// A grid, not a QFormLayout: the form's height for a width undercounts wrapped values (Qt 6.4),
// and its rows were squeezed over each other in the scroll area.
void addWide(QGridLayout* grid, QWidget* widget)
{
    grid->addWidget(widget, grid->rowCount(), 0, 1, 2);
}

QString joined(const QStringList& parts)
{
    return parts.join(QStringLiteral(" · "));
}

} // namespace

CountsView::CountsView(QWidget* parent)
    : QWidget(parent)
{
    // One form for every part, so that the values line up from one heading to the next.
    auto* form = new QGridLayout(this);
    form->setContentsMargins(6, 0, 6, 6);
    form->setColumnStretch(1, 1);

    addWide(form, makeHeading(tr("Departmental evaluation"), this));
    m_workingGroups = addValue(form, tr("Working groups"), QStringLiteral("workingGroupsValue"));
    m_actions = addValue(form, tr("Actions"), QStringLiteral("actionsValue"));
    m_carriedOut = addValue(form, tr("Projects carried out"), QStringLiteral("carriedOutValue"));
    m_byStatus = addValue(form, tr("Actions by status"), QStringLiteral("actionsByStatusValue"));
    m_experimentations = addValue(form, tr("Experimentations"), QStringLiteral("experimentationsValue"));
    m_byAxis = addValue(form, tr("Actions by axis"), QStringLiteral("actionsByAxisValue"));

    addWide(form, makeHeading(tr("Actions per theme"), this));
    m_byTheme = makeFigureTable({tr("Theme"), tr("Actions")}, QStringLiteral("actionsByThemeTable"),
                                tr("Actions per theme"), this);
    addWide(form, m_byTheme);
    m_noTheme = new QLabel(tr("No action in this edition yet."), this);
    m_noTheme->setObjectName(QStringLiteral("actionsByThemeEmpty"));
    m_noTheme->setWordWrap(true);
    addWide(form, m_noTheme);

    addWide(form, makeHeading(tr("Governance"), this));
    m_meetings = addValue(form, tr("Meetings held in the year"), QStringLiteral("meetingsHeldValue"));
    m_byKind = addValue(form, tr("Instances established"), QStringLiteral("instancesValue"));
    m_localCommittees = addValue(form, tr("Local committees that met"), QStringLiteral("localCommitteesValue"));
    m_newPartners = addValue(form, tr("New partners"), QStringLiteral("newPartnersValue"));

    addWide(form, makeHeading(tr("Indicators"), this));
    m_indicators = addValue(form, tr("Indicators"), QStringLiteral("indicatorsValue"));
    form->setRowStretch(form->rowCount(), 1); // the figures at the top of a tall tab
}

QLabel* CountsView::addValue(QGridLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(label);
    //: A figure's caption: French puts a space before the colon.
    auto* caption = new QLabel(tr("%1:").arg(label), this);
    caption->setBuddy(value);
    const int row = form->rowCount();
    form->addWidget(caption, row, 0, Qt::AlignLeft | Qt::AlignTop);
    form->addWidget(value, row, 1);
    return value;
}

void CountsView::clear()
{
    for (auto* label : {m_workingGroups, m_actions, m_carriedOut, m_byStatus, m_experimentations, m_byAxis, m_meetings,
                        m_byKind, m_localCommittees, m_newPartners, m_indicators})
        label->clear();
    setFigureRows(m_byTheme, {});
    refitInScrollArea(this);
}

void CountsView::showFigures(const EvaluationSnapshot& s, const EvaluationCounts& c)
{
    m_workingGroups->setText(tr("%1 (active: %2)").arg(c.workingGroups).arg(c.activeGroups));
    m_actions->setText(QString::number(c.actions));
    m_carriedOut->setText(tr("%1 (%2 + %3)")
                              .arg(QString::number(c.carriedOut),
                                   tr("%n completed", nullptr, c.actionsByStatus.value(ActionStatus::Completed)),
                                   tr("%n running", nullptr, c.actionsByStatus.value(ActionStatus::Running))));
    QStringList statuses;
    // In the order of Annexe 1: the most advanced first.
    for (const auto status : {ActionStatus::Completed, ActionStatus::Running, ActionStatus::InProgress,
                              ActionStatus::Project, ActionStatus::Abandoned})
        statuses << tr("%1: %2").arg(enumLabel(status)).arg(c.actionsByStatus.value(status));
    m_byStatus->setText(joined(statuses));
    m_experimentations->setText(QString::number(c.experimentations));
    QStringList axes;
    for (int i = 0; i < c.actionsByAxis.size(); ++i) {
        const auto& [axis, count] = c.actionsByAxis.at(i);
        axes << tr("%1: %2").arg(axis.isEmpty() ? tr("(no axis)") : axis).arg(count);
    }
    m_byAxis->setText(axes.isEmpty() ? tr("no axis") : axes.join(QLatin1Char('\n')));

    QList<QStringList> themes;
    for (const auto& [theme, count] : c.actionsByTheme)
        themes.append({theme.isEmpty() ? tr("(no theme)") : theme, QString::number(count)});
    setFigureRows(m_byTheme, themes, 1);
    m_noTheme->setVisible(themes.isEmpty());

    m_meetings->setText(QString::number(c.meetingsHeld));
    QStringList kinds;
    for (auto it = c.meetingsByKind.cbegin(); it != c.meetingsByKind.cend(); ++it) {
        if (it.value() > 0)
            kinds << tr("%1: %2").arg(enumLabel(it.key())).arg(it.value());
    }
    m_byKind->setText(kinds.isEmpty() ? tr("no meeting held in %1").arg(s.year) : kinds.join(QLatin1Char('\n')));
    m_localCommittees->setText(tr("%1 of %n territory(ies)", nullptr, static_cast<int>(s.territories.size()))
                                   .arg(c.territoriesWithLocalCommittee));
    m_newPartners->setText(s.newPartners.isEmpty()
                               ? tr("none since the previous pact")
                               : tr("%1: %2").arg(c.newPartners).arg(s.newPartners.join(QStringLiteral(", "))));
    m_indicators->setText(tr("%1 · measured by the end of the year: %2 · on target: %3")
                              .arg(c.indicators)
                              .arg(c.indicatorsMeasured)
                              .arg(c.indicatorsOnTarget));
    refitInScrollArea(this);
}

} // namespace pacte
