#include "axessection.h"

#include "app/common/columnwidths.h"
#include "app/common/syncrows.h"
#include "axiseditor.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <QPushButton>
#include <QTableView>

namespace pacte {

namespace {

template <int AxisRow::*Field>
QVariant countOf(const AxisRow& row)
{
    return row.*Field;
}

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0).simplified();
}

} // namespace

QList<AxesSection::Column> AxesSection::columns()
{
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    // The objective is long prose: last, where the column stretches, so that the counts stay in view.
    return {{.header = tr("No."), .display = &countOf<&AxisRow::number>, .alignment = right},
            {.header = tr("Axis"),
             .display = [](const AxisRow& r) { return QVariant(r.title); },
             .toolTip = [](const AxisRow& r) { return QVariant(r.title); }},
            {.header = tr("Themes"), .display = &countOf<&AxisRow::themes>, .alignment = right},
            {.header = tr("Working groups"), .display = &countOf<&AxisRow::groups>, .alignment = right},
            {.header = tr("Actions"), .display = &countOf<&AxisRow::actions>, .alignment = right},
            {.header = tr("Objective"),
             .display = [](const AxisRow& r) { return QVariant(firstLine(r.objective)); },
             .toolTip = [](const AxisRow& r) { return QVariant(r.objective); }}};
}

AxesSection::AxesSection(QWidget* parent)
    : RecordListSection(QStringLiteral("axes"), columns(), parent)
{
    setObjectName(QStringLiteral("axesSection"));
    m_editor = new AxisEditor(this);
    addNewButton(tr("&New axis"), tr("New axis"), QStringLiteral("addAxisButton"));
    setUp(m_model, m_editor, tr("No axis for this edition"));
}

void AxesSection::reloadRows()
{
    m_editor->setDocument(m_document);
    const EditionData data = loadEditionData(m_document->database(), m_editionId, ActionLoading::WithoutChildren);
    QList<AxisRow> rows;
    m_themeUsage.clear();
    for (const auto& axis : data.axes) {
        AxisRow row;
        row.id = axis.id;
        row.uuid = axis.uuid;
        row.number = axis.number;
        row.title = axis.title;
        row.objective = axis.objective;
        row.themes = static_cast<int>(axis.themes.size());
        QStringList themeNames;
        for (const auto& theme : axis.themes) {
            themeNames << theme.name;
            ThemeUsage usage;
            for (const auto& group : data.groups)
                usage.groups += group.themeId == theme.id ? 1 : 0;
            for (const auto& action : data.actions)
                usage.actions += action.themeId == theme.id ? 1 : 0;
            m_themeUsage.insert(theme.id, usage);
        }
        for (const auto& group : data.groups)
            row.groups += group.axisId == axis.id ? 1 : 0;
        for (const auto& action : data.actions)
            row.actions += action.axisId == axis.id ? 1 : 0;
        row.searchText = foldForSearch(
            QStringList{QString::number(axis.number), axis.title, axis.objective, themeNames.join(QLatin1Char(' '))}
                .join(QLatin1Char(' ')));
        row.filters.axes = {axis.id};
        rows.append(row);
    }
    showEditionRows(rows, QStringLiteral("axes"), {50, 260, 70, 110, 70, 150});
}

void AxesSection::showRecord(const QUuid& uuid)
{
    if (uuid.isNull() || !m_document) {
        m_editor->setAxis(std::nullopt, {});
        return;
    }
    m_editor->setAxis(AxisRepository(m_document->database()).findByUuid(uuid), m_themeUsage);
}

void AxesSection::addItem()
{
    if (!m_document || !m_document->mayChange(Entity::Axis) || m_editionId == NoId)
        return;
    Axis axis;
    axis.editionId = m_editionId;
    axis.title = tr("New axis");
    for (const auto& row : m_model->rows())
        axis.number = std::max(axis.number, row.number);
    ++axis.number;
    insertAndSelect(axis);
}

QString AxesSection::deletionLabel(const Axis& axis) const
{
    return QStringLiteral("%1 · %2").arg(axis.number).arg(axis.title);
}

QString AxesSection::footerText() const
{
    int themes = 0;
    forEachShownRow([&](const AxisRow& axis) { themes += axis.themes; });
    const int shown = proxy()->rowCount();
    const int total = m_model->rowCount();
    const QString axes = shown == total ? tr("%n axis/axes", nullptr, total)
                                        : tr("%1 shown out of %n axis/axes", nullptr, total).arg(shown);
    return axes + QStringLiteral(" · ") + tr("%n theme(s)", nullptr, themes);
}

int AxesSection::countRecords() const
{
    return AxisRepository(m_document->database()).countOfEdition(m_editionId);
}

} // namespace pacte
