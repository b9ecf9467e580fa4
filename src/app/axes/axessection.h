#pragma once

#include "app/common/recordlistsection.h"

namespace pacte {

class AxisEditor;
struct ThemeUsage;

struct AxisRow : RowBase
{
    int number = 0;
    QString title;
    QString objective;
    int themes = 0;
    int groups = 0;  // working groups attached to the axis
    int actions = 0; // actions attached to the axis
};

// Axes et thématiques: the selected edition's strategic axes, each with its objective and themes.
class AxesSection final : public RecordListSection<Axis, AxisRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AxesSection)

public:
    explicit AxesSection(QWidget* parent = nullptr);

    SectionId id() const override { return SectionId::Axes; }
    QString title() const override { return tr("Axes and themes"); }
    bool canAddItems() const override { return m_editionId != NoId; }
    void addItem() override;

protected:
    int countRecords() const override;
    void reloadRows() override;
    void showRecord(const QUuid& uuid) override;
    QString deletionLabel(const Axis& axis) const override;
    // The counts of groups and actions per axis and theme.
    EntitySet shownEntities() const override
    {
        return {Entity::Axis, Entity::WorkingGroup, Entity::Action, Entity::Edition};
    }
    QString footerText() const override;

private:
    static QList<Column> columns();

    AxisEditor* m_editor = nullptr;
    QHash<Id, ThemeUsage> m_themeUsage;
};

} // namespace pacte
