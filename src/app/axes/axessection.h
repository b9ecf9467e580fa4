#pragma once

#include "app/common/listsection.h"
#include "app/common/listtablemodel.h"

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
class AxesSection final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AxesSection)

public:
    explicit AxesSection(QWidget* parent = nullptr);

    QString title() const override { return tr("Axes and themes"); }
    bool canAddItems() const override { return true; }
    void addItem() override;

protected:
    void reloadRows() override;
    void showRecord(const QUuid& uuid) override;
    QString deleteRecord(const QUuid& uuid) override;
    QString deleteQuestion(const QUuid& uuid) override;
    bool concerns(const QString& entity) const override;
    QString footerText() const override;

private:
    ListTableModel<AxisRow>* m_model = nullptr;
    AxisEditor* m_editor = nullptr;
    QHash<Id, ThemeUsage> m_themeUsage;
    Id m_loadedEdition = NoId;
};

} // namespace pacte
